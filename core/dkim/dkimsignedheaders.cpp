#include "core/dkim/dkimsignedheaders.h"
#include "core/dkim/dkimcanonicalization.h"

#include <QHash>

namespace RelayDesk {

const QList<QByteArray>& DkimSignedHeaders::recommended()
{
    static const QList<QByteArray> names = {
        "from",
        "reply-to",
        "subject",
        "date",
        "to",
        "cc",
        "resent-date",
        "resent-from",
        "resent-sender",
        "resent-to",
        "resent-cc",
        "resent-message-id",
        "in-reply-to",
        "references",
        "list-id",
        "list-help",
        "list-unsubscribe",
        "list-unsubscribe-post",
        "list-subscribe",
        "list-post",
        "list-owner",
        "list-archive",
        "message-id",
        "sender",
        "mime-version",
        "content-type",
        "content-transfer-encoding",
        "content-id",
        "content-description",
        "disposition-notification-to",
    };
    return names;
}

const QList<QByteArray>& DkimSignedHeaders::oversigned()
{
    // What a reader sees as the message's own (who wrote it, to whom, when, about what, in reply to what)
    // and what decides how its body is shown: a forwarder, a list or a mailbox that adds one of these must
    // break the signature (an outside tester added a Subject: and a Reply-To: to a delivered copy, and both
    // signatures still verified). Disposition-Notification-To too: a read receipt's address added on the way
    // would send the reader's receipt elsewhere.
    static const QList<QByteArray> names = {"from",
                                            "reply-to",
                                            "subject",
                                            "date",
                                            "to",
                                            "cc",
                                            "in-reply-to",
                                            "references",
                                            "message-id",
                                            "sender",
                                            "mime-version",
                                            "content-type",
                                            "content-transfer-encoding",
                                            "disposition-notification-to"};
    return names;
}

const QList<QByteArray>& DkimSignedHeaders::oversignedWhenPresent()
{
    // A message's own list fields may not be joined by others (a second List-Unsubscribe above the signed one
    // would send the reader's unsubscribe elsewhere, RFC 8058 3), but a mailing list that passes on a message
    // without them adds its own: oversigned only where present, as mail of a list is sent.
    static const QList<QByteArray> names = {
        "list-id",        "list-help", "list-unsubscribe", "list-unsubscribe-post",
        "list-subscribe", "list-post", "list-owner",       "list-archive"};
    return names;
}

QList<QByteArray> DkimSignedHeaders::select(const RawHeaderSection& section)
{
    QHash<QByteArray, int> present;
    for (const RawHeaderSection::Field& field : section.fields())
        ++present[field.name.toByteArray().toLower()];
    QList<QByteArray> names;
    for (const QByteArray& name : recommended()) {
        int times = present.value(name);
        // Every instance, however many: with only the bottom 100 of 300 Cc: lines signed, one could be added
        // above them, or the top ones replaced, and both signatures still verified (an outside tester). A
        // name costs a few bytes in h=; the signing itself no longer grows with their square (canonicalized).
        if (oversigned().contains(name) || (times > 0 && oversignedWhenPresent().contains(name)))
            ++times; // oversigned (RFC 6376 8.15): one more than present
        for (int i = 0; i < times; ++i)
            names << name;
    }
    return names;
}

QByteArray DkimSignedHeaders::canonicalized(const RawHeaderSection& section, const QList<QByteArray>& names)
{
    // RFC 6376 5.4.2: the n-th mention of a name signs the n-th instance counted from the bottom. The
    // instances are found once, by name (a message with 55,000 Cc: lines took seconds to sign when each
    // mention searched the section again: an outside tester).
    QHash<QByteArray, QList<qsizetype>> fromBottom;
    const QList<RawHeaderSection::Field>& fields = section.fields();
    for (qsizetype i = fields.size() - 1; i >= 0; --i)
        fromBottom[fields[i].name.toByteArray().toLower()].append(i);
    QHash<QByteArray, qsizetype> used;
    QByteArray out;
    for (const QByteArray& name : names) {
        const QByteArray key = name.toLower();
        const qsizetype next = used[key]++;
        const auto found = fromBottom.constFind(key);
        if (found == fromBottom.cend() || next >= found->size())
            continue;
        out += DkimCanonicalization::relaxedHeader(fields[found->at(next)].raw);
    }
    return out;
}

} // namespace RelayDesk

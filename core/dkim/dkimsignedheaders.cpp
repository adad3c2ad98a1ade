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
    };
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
        if (name == "from")
            ++times; // oversigned (RFC 6376 8.15)
        for (int i = 0; i < times; ++i)
            names << name;
    }
    return names;
}

QByteArray DkimSignedHeaders::canonicalized(const RawHeaderSection& section, const QList<QByteArray>& names)
{
    // RFC 6376 5.4.2: the n-th mention of a name signs the n-th instance counted from the bottom.
    QHash<QByteArray, int> used;
    QByteArray out;
    const QList<RawHeaderSection::Field>& fields = section.fields();
    for (const QByteArray& name : names) {
        int skip = used[name.toLower()]++;
        for (qsizetype i = fields.size() - 1; i >= 0; --i) {
            if (fields[i].name.compare(name, Qt::CaseInsensitive) != 0)
                continue;
            if (skip-- > 0)
                continue;
            out += DkimCanonicalization::relaxedHeader(fields[i].raw);
            break;
        }
    }
    return out;
}

} // namespace RelayDesk

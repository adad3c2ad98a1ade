#include "core/smtp/headersection.h"

#include <iterator>

namespace RelayDesk {

namespace {

enum class Field
{
    Other,
    From,
    MessageId,
    Date,
    Dropped,
    Sender,
    ResentFrom,
    ResentSender,
    ReplyTo
};

bool isFieldNameChar(char c)
{
    return c >= 33 && c <= 126 && c != ':'; // RFC 5322 2.2: ftext
}

// The length of the field name of line (before optional white space and the colon), or -1 if the line
// starts no field.
qsizetype fieldNameLength(QByteArrayView line)
{
    qsizetype i = 0;
    while (i < line.size() && isFieldNameChar(line[i]))
        ++i;
    const qsizetype name = i;
    while (i < line.size() && (line[i] == ' ' || line[i] == '\t'))
        ++i;
    return name > 0 && i < line.size() && line[i] == ':' ? name : -1;
}

Field fieldOf(QByteArrayView name)
{
    const auto is = [name](const char* wanted) {
        const QByteArrayView w(wanted);
        return name.size() == w.size() && qstrnicmp(name.data(), w.data(), size_t(w.size())) == 0;
    };
    if (is("from"))
        return Field::From;
    if (is("message-id"))
        return Field::MessageId;
    if (is("date"))
        return Field::Date;
    // RFC 5322 3.6.3: blind copies' addresses; RFC 5321 4.4: Return-Path: is the final delivery's to add,
    // and a message that already has one SHOULD NOT be sent; Content-Length: is no Internet header and may
    // disagree with the body. Postfix's cleanup drops the same four.
    if (is("bcc") || is("resent-bcc") || is("return-path") || is("content-length"))
        return Field::Dropped;
    if (is("sender"))
        return Field::Sender;
    if (is("resent-from"))
        return Field::ResentFrom;
    if (is("resent-sender"))
        return Field::ResentSender;
    if (is("reply-to"))
        return Field::ReplyTo;
    return Field::Other;
}

// The list that keeps the values of an originator field (RFC 5322 3.6.2, 3.6.6), or null.
QList<QByteArray>* originatorValues(HeaderSection& section, Field field)
{
    switch (field) {
    case Field::From:
        return &section.from;
    case Field::Sender:
        return &section.sender;
    case Field::ResentFrom:
        return &section.resentFrom;
    case Field::ResentSender:
        return &section.resentSender;
    case Field::ReplyTo:
        return &section.replyTo;
    case Field::Other:
    case Field::MessageId:
    case Field::Date:
    case Field::Dropped:
        break;
    }
    return nullptr;
}

// RFC 5322 3.6's table: the fields other than the originator fields (checked on their own) that a message
// has at most once, as they are named in a reply. Bcc: is dropped before the message leaves.
constexpr const char* onceOnlyFields[] = {"Date",        "To",         "Cc",     "Message-ID",
                                          "In-Reply-To", "References", "Subject"};

// The index in onceOnlyFields of the field name, or -1.
int onceOnlyIndex(QByteArrayView name)
{
    for (int i = 0; i < int(std::size(onceOnlyFields)); ++i) {
        const QByteArrayView wanted(onceOnlyFields[i]);
        if (name.size() == wanted.size() && qstrnicmp(name.data(), wanted.data(), size_t(wanted.size())) == 0)
            return i;
    }
    return -1;
}

} // namespace

HeaderSection HeaderSection::scan(QByteArrayView message)
{
    HeaderSection section;
    Field current = Field::Other;
    bool inField = false;
    bool seen[std::size(onceOnlyFields)] = {};
    qsizetype start = 0;
    while (start < message.size()) {
        qsizetype end = message.indexOf('\n', start);
        const qsizetype next = end < 0 ? message.size() : end + 1;
        if (end < 0)
            end = message.size();
        QByteArrayView line = message.sliced(start, end - start);
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.isEmpty()) {
            section.end = start; // RFC 5322 2.1: the empty line ends the header section
            return section;
        }
        if (line[0] == ' ' || line[0] == '\t') {
            if (!inField)
                break; // white space before any field: no header section
            // RFC 5322 2.2.3: unfolding removes the CRLF, keeps the white space.
            if (QList<QByteArray>* values = originatorValues(section, current))
                values->last() += line;
            else if (current == Field::Dropped)
                section.dropped.last().second = next;
        } else {
            const qsizetype name = fieldNameLength(line);
            if (name < 0)
                break;
            inField = true;
            if (const int once = onceOnlyIndex(line.first(name)); once >= 0) {
                if (seen[once] && section.repeated.isEmpty())
                    section.repeated = QByteArray(onceOnlyFields[once]) + ':';
                seen[once] = true;
            }
            current = fieldOf(line.first(name));
            if (QList<QByteArray>* values = originatorValues(section, current))
                *values << line.sliced(line.indexOf(':') + 1).toByteArray();
            else if (current == Field::MessageId)
                section.hasMessageId = true;
            else if (current == Field::Date)
                section.hasDate = true;
            else if (current == Field::Dropped)
                section.dropped.append({start, next});
        }
        start = next;
    }
    section.end = start;
    section.needsSeparator = start < message.size();
    return section;
}

} // namespace RelayDesk

#include "core/query/messageheaders.h"
#include "core/smtp/encodedwords.h"

#include <QRegularExpression>
#include <QStringDecoder>

namespace RelayDesk {

namespace {

} // namespace

std::pair<QByteArray, QByteArray> MessageHeaders::split(const QByteArray& entity)
{
    // RFC 5322 2.1: the header section ends at the first empty line; without one, all of it is header.
    if (entity.startsWith("\r\n"))
        return {QByteArray(), entity.mid(2)};
    if (entity.startsWith('\n'))
        return {QByteArray(), entity.mid(1)};
    qsizetype pos = 0;
    while (pos < entity.size()) {
        const qsizetype end = entity.indexOf('\n', pos);
        if (end < 0)
            break;
        const qsizetype next = end + 1;
        if (entity.mid(next, 2) == "\r\n")
            return {entity.left(next), entity.mid(next + 2)};
        if (next < entity.size() && entity[next] == '\n')
            return {entity.left(next), entity.mid(next + 1)};
        pos = next;
    }
    return {entity, QByteArray()};
}

QList<RawHeaderField> MessageHeaders::rawFields(const QByteArray& header)
{
    QList<RawHeaderField> fields;
    const QList<QByteArray> lines = header.split('\n');
    for (QByteArray line : lines) {
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.isEmpty())
            continue;
        if ((line[0] == ' ' || line[0] == '\t') && !fields.isEmpty()) {
            // RFC 5322 2.2.3: unfolding removes the CRLF, not the white space that follows it.
            fields.last().value += line;
            continue;
        }
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        fields.append({line.left(colon).trimmed(), line.mid(colon + 1)});
    }
    return fields;
}

QList<HeaderField> MessageHeaders::fields(const QByteArray& header)
{
    QList<HeaderField> shown;
    for (const RawHeaderField& field : rawFields(header))
        shown.append({QString::fromLatin1(field.name), decodeWords(field.value.trimmed())});
    return shown;
}

QByteArray MessageHeaders::value(const QList<RawHeaderField>& fields, const QByteArray& name)
{
    for (const RawHeaderField& field : fields) {
        if (field.name.compare(name, Qt::CaseInsensitive) == 0)
            return field.value.trimmed();
    }
    return {};
}

QByteArray MessageHeaders::mainValue(const QByteArray& fieldValue)
{
    const qsizetype semicolon = fieldValue.indexOf(';');
    return (semicolon < 0 ? fieldValue : fieldValue.left(semicolon)).trimmed().toLower();
}

QByteArray MessageHeaders::parameter(const QByteArray& fieldValue, const QByteArray& name)
{
    // RFC 2045 5.1: parameter := attribute "=" value; value := token / quoted-string.
    qsizetype pos = fieldValue.indexOf(';');
    while (pos >= 0 && pos < fieldValue.size()) {
        ++pos;
        while (pos < fieldValue.size() && (fieldValue[pos] == ' ' || fieldValue[pos] == '\t'))
            ++pos;
        const qsizetype equals = fieldValue.indexOf('=', pos);
        if (equals < 0)
            return {};
        const QByteArray attribute = fieldValue.mid(pos, equals - pos).trimmed();
        qsizetype at = equals + 1;
        while (at < fieldValue.size() && (fieldValue[at] == ' ' || fieldValue[at] == '\t'))
            ++at;
        QByteArray value;
        if (at < fieldValue.size() && fieldValue[at] == '"') {
            ++at;
            while (at < fieldValue.size() && fieldValue[at] != '"') {
                if (fieldValue[at] == '\\' && at + 1 < fieldValue.size())
                    ++at; // RFC 5322 3.2.1: quoted-pair
                value += fieldValue[at++];
            }
            pos = fieldValue.indexOf(';', at);
        } else {
            const qsizetype end = fieldValue.indexOf(';', at);
            value = fieldValue.mid(at, end < 0 ? -1 : end - at).trimmed();
            pos = end;
        }
        if (attribute.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QString MessageHeaders::decodeCharset(const QByteArray& bytes, const QByteArray& charset, bool* known)
{
    return EncodedWords::decodeCharset(bytes, charset, known);
}

QString MessageHeaders::decodeWords(const QByteArray& value)
{
    return EncodedWords::decode(value);
}

} // namespace RelayDesk

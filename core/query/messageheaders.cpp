#include "core/query/messageheaders.h"

#include <QRegularExpression>
#include <QStringDecoder>

namespace RelayDesk {

namespace {

/// Bytes of a header without an encoded word: UTF-8 where valid (RFC 6532), else Latin-1.
QString plainText(const QByteArray& bytes)
{
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8.decode(bytes);
    if (!utf8.hasError())
        return text;
    return QString::fromLatin1(bytes);
}

int hexDigit(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

/// RFC 2047 4.2: the "Q" encoding, quoted-printable with "_" for a space.
QByteArray decodeQ(const QByteArray& text)
{
    QByteArray out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '_') {
            out += ' ';
        } else if (c == '=' && i + 2 < text.size() && hexDigit(text[i + 1]) >= 0 &&
                   hexDigit(text[i + 2]) >= 0) {
            out += static_cast<char>(hexDigit(text[i + 1]) * 16 + hexDigit(text[i + 2]));
            i += 2;
        } else {
            out += c;
        }
    }
    return out;
}

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
    QByteArray name = charset.trimmed();
    const qsizetype star = name.indexOf('*'); // RFC 2231 5: charset*language
    if (star >= 0)
        name.truncate(star);
    if (name.isEmpty())
        name = "us-ascii"; // RFC 2045 5.2
    QStringDecoder decoder(name.constData());
    if (known)
        *known = decoder.isValid();
    if (!decoder.isValid())
        return QString::fromUtf8(bytes);
    return decoder.decode(bytes);
}

QString MessageHeaders::decodeWords(const QByteArray& value)
{
    // RFC 2047 2: encoded-word = "=?" charset "?" encoding "?" encoded-text "?="
    static const QRegularExpression word(QStringLiteral("=\\?([^?\\s]+)\\?([bBqQ])\\?([^?\\s]*)\\?="));
    const QString source = QString::fromLatin1(value);
    QString out;
    qsizetype last = 0;
    bool previousWasWord = false;
    auto it = word.globalMatch(source);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        const QString between = source.mid(last, match.capturedStart() - last);
        // RFC 2047 6.2: white space between adjacent encoded words is not shown.
        if (!(previousWasWord && between.trimmed().isEmpty()))
            out += plainText(between.toLatin1());
        const QByteArray text = match.captured(3).toLatin1();
        const bool base64 = match.captured(2).compare(QLatin1String("b"), Qt::CaseInsensitive) == 0;
        const QByteArray bytes = base64 ? QByteArray::fromBase64(text) : decodeQ(text);
        out += decodeCharset(bytes, match.captured(1).toLatin1());
        last = match.capturedEnd();
        previousWasWord = true;
    }
    out += plainText(source.mid(last).toLatin1());
    return out;
}

} // namespace RelayDesk

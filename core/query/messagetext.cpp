#include "core/query/messagetext.h"
#include "core/query/messageheaders.h"

#include <QList>

namespace RelayDesk {

namespace {

constexpr int maxDepth = 16; ///< nesting of multiparts followed; deeper parts are not searched

/// The first text/plain entity at or below this one that is no attachment, depth first.
bool findText(const QByteArray& entity, const QByteArray& defaultType, int depth, TextBody* result)
{
    const auto [header, body] = MessageHeaders::split(entity);
    const QList<RawHeaderField> fields = MessageHeaders::rawFields(header);
    const QByteArray contentType = MessageHeaders::value(fields, "Content-Type");
    QByteArray type = MessageHeaders::mainValue(contentType);
    if (type.isEmpty() || !type.contains('/'))
        type = defaultType; // RFC 2045 5.2 (and RFC 2046 5.1.5 inside multipart/digest)
    if (depth == 0)
        result->messageType = type;
    if (type.startsWith("multipart/")) {
        const QByteArray boundary = MessageHeaders::parameter(contentType, "boundary");
        if (boundary.isEmpty() || depth >= maxDepth)
            return false;
        const QByteArray childDefault = type == "multipart/digest" ? "message/rfc822" : "text/plain";
        for (const QByteArray& part : MessageText::bodyParts(body, boundary)) {
            if (findText(part, childDefault, depth + 1, result))
                return true;
        }
        return false;
    }
    if (type != "text/plain")
        return false;
    const QByteArray disposition = MessageHeaders::value(fields, "Content-Disposition");
    if (depth > 0 && MessageHeaders::mainValue(disposition) == "attachment")
        return false; // a text file attached to the message is not its text
    QByteArray charset = MessageHeaders::parameter(contentType, "charset").toLower();
    if (charset.isEmpty())
        charset = "us-ascii";
    const QByteArray encoding = MessageHeaders::value(fields, "Content-Transfer-Encoding");
    const QByteArray bytes = MessageText::decodeTransfer(body, encoding);
    result->found = true;
    result->charset = charset;
    result->text = MessageHeaders::decodeCharset(bytes, charset, &result->charsetKnown);
    result->text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    return true;
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10; // RFC 2045 6.7 (1): a robust decoder accepts lower case
    return -1;
}

} // namespace

QList<QByteArray> MessageText::bodyParts(const QByteArray& body, const QByteArray& boundary)
{
    QList<QByteArray> parts;
    const QByteArray dash = "--" + boundary;
    qsizetype partStart = -1;
    qsizetype lineStart = 0;
    while (lineStart <= body.size()) {
        qsizetype lineEnd = body.indexOf('\n', lineStart);
        if (lineEnd < 0)
            lineEnd = body.size();
        QByteArray line = body.mid(lineStart, lineEnd - lineStart);
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.startsWith(dash)) {
            const QByteArray rest = line.mid(dash.size());
            const bool close = rest.startsWith("--");
            if (close || rest.trimmed().isEmpty()) {
                if (partStart >= 0) {
                    qsizetype partEnd = lineStart;
                    if (partEnd > partStart && body[partEnd - 1] == '\n')
                        --partEnd;
                    if (partEnd > partStart && body[partEnd - 1] == '\r')
                        --partEnd;
                    parts << body.mid(partStart, std::max<qsizetype>(0, partEnd - partStart));
                }
                if (close)
                    return parts;
                partStart = lineEnd + 1;
            }
        }
        lineStart = lineEnd + 1;
    }
    // No close delimiter (a truncated message): the last part runs to the end.
    if (partStart >= 0 && partStart <= body.size())
        parts << body.mid(partStart);
    return parts;
}

TextBody MessageText::extract(const QByteArray& message)
{
    TextBody result;
    findText(message, "text/plain", 0, &result);
    return result;
}

QByteArray MessageText::decodeTransfer(const QByteArray& body, const QByteArray& encoding)
{
    const QByteArray name = encoding.trimmed().toLower();
    if (name == "quoted-printable")
        return decodeQuotedPrintable(body);
    if (name == "base64")
        return QByteArray::fromBase64(body); // skips line breaks and other characters outside the alphabet
    return body;
}

QByteArray MessageText::decodeQuotedPrintable(const QByteArray& encoded)
{
    QByteArray out;
    out.reserve(encoded.size());
    const QList<QByteArray> lines = encoded.split('\n');
    for (qsizetype n = 0; n < lines.size(); ++n) {
        QByteArray line = lines[n];
        const bool lastLine = n == lines.size() - 1;
        if (line.endsWith('\r'))
            line.chop(1);
        // RFC 2045 6.7 (3): white space at the end of an encoded line is not part of the text.
        while (!line.isEmpty() && (line.endsWith(' ') || line.endsWith('\t')))
            line.chop(1);
        bool softBreak = false;
        for (qsizetype i = 0; i < line.size(); ++i) {
            const char c = line[i];
            if (c != '=') {
                out += c;
                continue;
            }
            if (i == line.size() - 1) {
                softBreak = true; // RFC 2045 6.7 (5): "=" at the end of a line joins it with the next
                break;
            }
            const int high = hexValue(line[i + 1]);
            const int low = i + 2 < line.size() ? hexValue(line[i + 2]) : -1;
            if (high >= 0 && low >= 0) {
                out += static_cast<char>(high * 16 + low);
                i += 2;
            } else {
                out += c; // RFC 2045 6.7 (1): not an encoding; kept as it is
            }
        }
        if (!softBreak && !lastLine)
            out += "\r\n";
    }
    return out;
}

} // namespace RelayDesk

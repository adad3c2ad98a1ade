#include "core/query/messageattachments.h"
#include "core/query/messageheaders.h"
#include "core/query/messagetext.h"

namespace RelayDesk {

namespace {

constexpr int maxAttachmentDepth = 16; ///< nesting of multiparts followed
constexpr int maxListed = 500; ///< attachments listed at most: a message of a million parts stays cheap
constexpr int maxContinuations = 100; ///< RFC 2231 3 segments read at most

/// RFC 2231 4: charset'language'%XX-encoded octets as text.
QString decodeExtended(const QByteArray& value, QByteArray* charset)
{
    QByteArray encoded = value;
    if (charset) {
        const qsizetype first = value.indexOf('\'');
        const qsizetype second = first < 0 ? -1 : value.indexOf('\'', first + 1);
        if (second > first) {
            *charset = value.left(first).toLower();
            encoded = value.mid(second + 1);
        }
    }
    return QString::fromLatin1(QByteArray::fromPercentEncoding(encoded)); // the octets, charset applied below
}

/// The octets of an RFC 2231 value in its charset.
QString inCharset(const QString& octets, const QByteArray& charset)
{
    return MessageHeaders::decodeCharset(octets.toLatin1(),
                                         charset.isEmpty() ? QByteArray("us-ascii") : charset);
}

/// The decoded size of a body in its transfer encoding, without decoding base64 (a large attachment).
qint64 decodedSize(const QByteArray& body, const QByteArray& encoding)
{
    const QByteArray name = MessageHeaders::mainValue(encoding);
    if (name == "base64") {
        qint64 characters = 0;
        qint64 padding = 0;
        for (const char c : body) {
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' ||
                c == '/')
                ++characters;
            else if (c == '=')
                ++padding;
        }
        return (characters + padding) / 4 * 3 - std::min<qint64>(padding, 2);
    }
    return MessageText::decodeTransfer(body, encoding).size();
}

/// A name as it may be shown on one line: control and format characters (line breaks, escapes, the marks that
/// turn text right to left) as blanks, as the subject is shown.
QString oneLine(const QString& name)
{
    QString shown = name;
    for (QChar& c : shown) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format ||
            c == QChar::LineSeparator || c == QChar::ParagraphSeparator)
            c = QLatin1Char(' ');
    }
    return shown.trimmed();
}

/// What collect found, and whether it read everything.
struct Found
{
    QList<Attachment> list;
    bool complete = true;
};

void collect(const QByteArray& entity, const QByteArray& defaultType, int depth, Found* found)
{
    if (found->list.size() >= maxListed) {
        found->complete = false;
        return;
    }
    const auto [header, body] = MessageHeaders::split(entity);
    const QList<RawHeaderField> fields = MessageHeaders::rawFields(header);
    const QByteArray contentType = MessageHeaders::value(fields, "Content-Type");
    QByteArray type = MessageHeaders::mainValue(contentType);
    if (type.isEmpty() || !type.contains('/'))
        type = defaultType; // RFC 2045 5.2, RFC 2046 5.1.5
    const QByteArray disposition = MessageHeaders::value(fields, "Content-Disposition");
    QString name = MessageAttachments::parameterText(disposition, "filename");
    if (name.isEmpty())
        name = MessageAttachments::parameterText(contentType, "name");
    if (type.startsWith("multipart/")) {
        const QByteArray boundary = MessageHeaders::parameter(contentType, "boundary");
        if (boundary.isEmpty())
            return;
        if (depth >= maxAttachmentDepth) {
            found->complete = false;
            return;
        }
        const QByteArray childDefault = type == "multipart/digest" ? "message/rfc822" : "text/plain";
        for (const QByteArray& part : MessageText::bodyParts(body, boundary))
            collect(part, childDefault, depth + 1, found);
        return;
    }
    const bool attachment = MessageHeaders::mainValue(disposition) == "attachment";
    // The message itself, when it is no multipart, is its text unless marked as an attachment; inside a
    // multipart a text part without a name that is not marked is the text or its alternative.
    if (!attachment && name.isEmpty() && (depth == 0 || type.startsWith("text/")))
        return;
    const QByteArray encoding = MessageHeaders::value(fields, "Content-Transfer-Encoding");
    if (name.isEmpty() && type == "message/rfc822") // a forwarded message: named by its subject
        name = MessageHeaders::decodeWords(
            MessageHeaders::value(MessageHeaders::rawFields(MessageHeaders::split(body).first), "Subject"));
    found->list.append(Attachment{oneLine(name), type, decodedSize(body, encoding)});
}

} // namespace

QString MessageAttachments::parameterText(const QByteArray& fieldValue, const QByteArray& name)
{
    if (fieldValue.isEmpty())
        return {};
    QByteArray charset;
    const QByteArray extended = MessageHeaders::parameter(fieldValue, name + '*');
    if (!extended.isEmpty())
        return inCharset(decodeExtended(extended, &charset), charset);
    // RFC 2231 3: name*0, name*1 ... (each perhaps name*N* with %XX octets; the charset only in the first)
    QString octets;
    bool continued = false;
    for (int segment = 0; segment < maxContinuations; ++segment) {
        const QByteArray key = name + '*' + QByteArray::number(segment);
        const QByteArray encoded = MessageHeaders::parameter(fieldValue, key + '*');
        if (!encoded.isEmpty()) {
            octets += decodeExtended(encoded, segment == 0 ? &charset : nullptr);
        } else {
            const QByteArray plain = MessageHeaders::parameter(fieldValue, key);
            if (plain.isEmpty())
                break;
            octets += QString::fromLatin1(plain);
        }
        continued = true;
    }
    if (continued)
        return inCharset(octets, charset);
    // Plain, with encoded words as many mail programs write them though RFC 2047 5 does not allow it there.
    return MessageHeaders::decodeWords(MessageHeaders::parameter(fieldValue, name)).trimmed();
}

QList<Attachment> MessageAttachments::list(const QByteArray& message, bool* complete)
{
    Found found;
    collect(message, "text/plain", 0, &found);
    if (complete)
        *complete = found.complete;
    return found.list;
}

} // namespace RelayDesk

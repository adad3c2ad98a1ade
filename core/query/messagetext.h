#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace RelayDesk {

/// The readable text of a message, or why there is none.
struct TextBody
{
    bool found = false;       ///< a text/plain part exists (text holds it, possibly empty)
    QString text;             ///< decoded, line ends as "\n"
    QByteArray charset;       ///< as the part declared it (lower-cased), "us-ascii" when it declared none
    bool charsetKnown = true; ///< false: the charset is unknown and the bytes were read as UTF-8
    QByteArray messageType;   ///< the message's own content type ("text/html", "multipart/mixed")
};

/// Finds and decodes the plain text of a message: the message itself when it is text/plain (the default,
/// RFC 2045 5.2), else the first text/plain part of a multipart message that is no attachment (RFC 2046 5.1,
/// depth first), decoded from quoted-printable or base64 (RFC 2045 6) and from its charset (RFC 2046 4.1.2).
class MessageText final
{
public:
    static TextBody extract(const QByteArray& message);
    /// RFC 2046 5.1.1: the body parts between "--boundary" lines, up to the "--boundary--" line. The line
    /// break before a delimiter belongs to the delimiter; the preamble and the epilogue are no part.
    static QList<QByteArray> bodyParts(const QByteArray& body, const QByteArray& boundary);
    /// RFC 2045 6.7: "=XY" octets, soft line breaks ("=" at the end of a line) removed, trailing white space
    /// of each line dropped; a malformed "=" is kept as it is.
    static QByteArray decodeQuotedPrintable(const QByteArray& encoded);
    /// The body of a part in its Content-Transfer-Encoding (7bit, 8bit, binary, quoted-printable, base64).
    static QByteArray decodeTransfer(const QByteArray& body, const QByteArray& encoding);
};

} // namespace RelayDesk

#pragma once

#include <QByteArray>
#include <QList>

namespace RelayDesk {

/// One SMTP reply (RFC 5321 4.2): a three-digit code, an RFC 3463 enhanced status code and text lines.
struct SmtpReply
{
    int code = 0;
    QByteArray enhanced;     ///< "5.7.0"; empty for replies that carry none (220 greeting, 334 challenges)
    QList<QByteArray> lines; ///< text lines without CRLF; never empty on the wire
    bool closeAfter = false; ///< the server closes the connection after sending this reply

    static SmtpReply make(int code, const QByteArray& enhanced, const QByteArray& text,
                          bool closeAfter = false);
    /// Wire form: "250-line\r\n...250 last\r\n", the enhanced code repeated on every line (RFC 2034).
    QByteArray toWire() const;
    /// First line with code and enhanced code, for logs and tests ("550 5.1.1 No such user").
    QByteArray summary() const;
    bool isPositive() const { return code >= 200 && code < 400; }
    bool isTransient() const { return code >= 400 && code < 500; }
    bool isPermanent() const { return code >= 500; }
};

} // namespace RelayDesk

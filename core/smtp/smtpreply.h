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
    /// Made by this relay (make()): a connection that failed, a check of its own, an administrator's
    /// bounce. False for a reply read from a server, the only kind a DSN may credit to one (RFC 3464 2.3.5).
    bool local = false;
    /// The server's answer to this recipient's RCPT (RFC 5321 4.1.1.3), not to MAIL, DATA or the end of the
    /// data: only such a reply speaks of the mailbox, and only it may put the address on the suppression list
    /// (an outside tester's 550 5.1.1 to MAIL FROM, about a mistyped sender, suppressed every recipient).
    bool toRecipient = false;

    static SmtpReply make(int code, const QByteArray& enhanced, const QByteArray& text,
                          bool closeAfter = false);
    /// Wire form: "250-line\r\n...250 last\r\n", the enhanced code repeated on every line (RFC 2034).
    QByteArray toWire() const;
    /// First line with code and enhanced code, for logs and tests ("550 5.1.1 No such user").
    QByteArray summary() const;
    /// Every line, with code and enhanced code once ("550 5.1.1 No such user. Please check..."), for a DSN's
    /// Diagnostic-Code (RFC 3464 2.3.6) and the suppression list.
    QByteArray fullText() const;
    /// A positive completion (RFC 5321 4.2.1, 2yz). A 3yz is intermediate: only DATA (354) and AUTH (334)
    /// are answered so, and the dialog checks for those codes themselves.
    bool isPositive() const { return code >= 200 && code < 300; }
    bool isTransient() const { return code >= 400 && code < 500; }
    bool isPermanent() const { return code >= 500; }
};

} // namespace RelayDesk

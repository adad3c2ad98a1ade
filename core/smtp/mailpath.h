#pragma once

#include "core/smtp/smtpreply.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QPair>

namespace RelayDesk {

/// The reverse-path or forward-path of MAIL FROM / RCPT TO with its ESMTP parameters (RFC 5321 4.1.2).
struct MailPath
{
    QByteArray address; ///< "local@domain" without brackets; empty for the null reverse-path <>
    QList<QPair<QByteArray, QByteArray>>
        parameters; ///< keyword (upper-cased) and value; value empty if absent

    QByteArray domain() const; ///< part after the last '@', lower-cased
    bool hasParameter(QByteArrayView keyword) const;
    QByteArray parameter(QByteArrayView keyword) const;
};

/// A parsed path, or the reply that explains why the argument is refused.
struct MailPathResult
{
    bool ok = false;
    MailPath path;
    SmtpReply
        error; ///< 501 5.5.4 for malformed arguments, 501 5.1.3 for bad address syntax, 501 5.1.7 sender
};

/// Parses the argument of MAIL: "FROM:<a@b> SIZE=123 BODY=8BITMIME". Accepts the null path <>.
MailPathResult parseMailFrom(QByteArrayView argument);
/// Parses the argument of RCPT: "TO:<a@b>". The null path is refused.
MailPathResult parseRcptTo(QByteArrayView argument);
/// Checks a bare mailbox "local@domain" against RFC 5321 4.1.2 and the limits of 4.5.3.1.
bool isValidMailbox(QByteArrayView address);
/// RFC 5321 4.1.3: "[192.0.2.1]" or "[IPv6:2001:db8::1]", a real address inside the brackets.
bool isValidAddressLiteral(QByteArrayView text);
/// A valid mailbox with its local part unquoted where the quotes are not needed (RFC 5321 4.1.2: a quoted
/// string whose content is a dot-string names the same mailbox): "\"joe\"@example.com" is "joe@example.com".
/// Any other address is returned as it is. The suppression list and the duplicate filter compare this form
/// (an outside tester's "\"reject1\"@dest.test" passed the entry for reject1@dest.test).
QByteArray withoutNeedlessQuotes(const QByteArray& address);

} // namespace RelayDesk

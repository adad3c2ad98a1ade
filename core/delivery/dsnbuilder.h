#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace RelayDesk {

/// What one recipient's part of a delivery status notification says (RFC 3464 2.3).
struct DsnRecipient
{
    QByteArray address;    ///< Final-Recipient
    bool delayed = false;  ///< Action: delayed (still retrying) instead of failed
    QByteArray status;     ///< RFC 3463 code, e.g. "5.1.1"
    QString remoteMta;     ///< host that gave the reply; empty when the reply is the relay's own
    QByteArray diagnostic; ///< the SMTP reply, e.g. "550 5.1.1 No such user"
    qint64 lastAttemptMs = 0;
    qint64 willRetryUntilMs = 0; ///< for delayed recipients
    /// The diagnostic is the relay's own (a connection refused, a size check, a suppression), not a server's
    /// reply: "Diagnostic-Code: X-RelayDesk;" instead of "smtp;" (RFC 3464 2.3.6), and no "host said".
    bool localDiagnostic = false;
    /// ORCPT as the sender gave it (RFC 3461 4.2, "rfc822;a+40b.example"), for Original-Recipient.
    QByteArray originalRecipient = {};
    /// Action: relayed (RFC 3464 2.3.3): handed to a server that does not offer DSN, for a sender that asked
    /// to hear of success (NOTIFY=SUCCESS); the last the relay can tell.
    bool relayed = false;
    /// The sender will hear of a final failure (RFC 3461 4.1: NOTIFY not given or with FAILURE); a delay
    /// notice promises no failure notice that will not come.
    bool failureTold = true;
};

/// Everything a DSN needs to know about the original message.
struct DsnInput
{
    QString reportingMta; ///< this relay's host name
    QString queueId;      ///< of the original message
    QByteArray sender;    ///< envelope sender of the original: the DSN goes there
    qint64 arrivalMs = 0;
    qint64 nowMs = 0;
    QByteArray originalMessage; ///< the original's headers are taken from it
    QList<DsnRecipient> recipients;
    QByteArray envid = {};   ///< ENVID of the original (RFC 3461 4.4, xtext), for Original-Envelope-Id
    bool returnFull = false; ///< RET=FULL (RFC 3461 4.3): the whole original goes back, not its headers
};

/// Builds delivery status notifications: RFC 3464 message/delivery-status inside an RFC 6522
/// multipart/report.
class DsnBuilder final
{
public:
    /// The whole DSN message with CRLF line ends, ready to queue with the null reverse-path.
    static QByteArray build(const DsnInput& input, const QByteArray& boundarySeed = {});
    /// The Subject: of the notice build() makes: a failure, delay or success ("relayed") report.
    static QByteArray subject(const DsnInput& input);
    /// The Subject: of a failure notice (a bounce), as the store keeps it: what tells it from a delay notice
    /// or a success report where only the stored message is left (the Dashboard's count of bounces).
    static QByteArray failureSubject();
    /// The header section of a message (up to, not including, the empty line), CRLF line ends.
    static QByteArray headerSection(const QByteArray& message);
    /// RFC 5322 3.3 date-time.
    static QByteArray dateTime(qint64 ms);
};

} // namespace RelayDesk

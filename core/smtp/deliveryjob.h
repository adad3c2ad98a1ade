#pragma once

#include "core/smtp/smtpreply.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace RelayDesk {

/// One message to hand to one destination domain: the recipients of that domain share one transaction.
struct DeliveryJob
{
    qint64 messageId = 0;
    QString queueId;
    qint64 agentId = 0;
    QByteArray sender; ///< envelope sender; empty for the null reverse-path (bounces)
    QString domain;    ///< recipient domain, lower-case
    QList<qint64> recipientIds;
    QList<QByteArray> recipients; ///< same order as recipientIds
    /// What the sender asked of notices (RFC 3461), passed on to a next hop that offers DSN: NOTIFY and ORCPT
    /// of each recipient (same order; 0 and empty when not given), RET and ENVID of the message.
    QList<int> notify;
    QList<QByteArray> orcpt;
    QByteArray dsnRet;
    QByteArray dsnEnvid;
    QByteArray body; ///< CRLF line ends, not dot-stuffed; with its DKIM-Signature fields
    /// No DKIM decision is stored for the message yet: it is signed (if its From: domain has keys) before it
    /// is handed out (docs/operations.md, "DKIM").
    bool signatureDue = false;
    /// DKIM-Signature fields made for this attempt and not stored yet (a store of one node): stored with its
    /// outcome, unless every recipient is final by then and the body is removed with them.
    QByteArray unstoredSignature;
    /// When the queue runner claimed it (0: never claimed); a job that waited for a connection or a slot is
    /// checked again before its transaction starts (docs/reliability.md, "Delivery: what an outside tester
    /// found").
    qint64 claimedMs = 0;
    /// A connection test's question, not mail: MAIL and each RCPT are sent one at a time and their replies
    /// are the outcomes, as the server gave them; no DATA follows (the next use of the connection starts with
    /// RSET).
    bool envelopeOnly = false;
};

/// The reply one recipient got in an attempt.
struct RecipientOutcome
{
    qint64 recipientId = 0;
    QByteArray recipient;
    SmtpReply reply; ///< 2xx delivered, 4xx temporary, 5xx permanent
};

/// What happened in one delivery attempt to one destination: the record behind a delivery log row.
struct DeliveryAttemptResult
{
    DeliveryJob job;
    QString route;   ///< "mx", "smarthost" or "route"
    QString host;    ///< host name connected to (last one tried), empty if none
    QString address; ///< IP address connected to
    quint16 port = 0;
    qint64 startedMs = 0;
    qint64 durationMs = 0;
    QString tlsVersion; ///< empty when the session stayed in plaintext
    QString tlsCipher;
    QList<RecipientOutcome> outcomes; ///< one per job recipient, same order
    QByteArray transcript;            ///< "C: ..." / "S: ..." lines; AUTH data and message body redacted
    /// The server offered DSN (RFC 3461), so the sender's NOTIFY, ORCPT, RET and ENVID went on with the
    /// message: a success notice asked for is the next hop's to send, not this relay's.
    bool dsnPassedOn = false;
    /// Not attempted: the transport's start check refused the job before MAIL FROM (its message was held,
    /// or the node no longer holds the leases). Nothing is recorded; the recipients stay pending.
    bool withheld = false;
};

} // namespace RelayDesk

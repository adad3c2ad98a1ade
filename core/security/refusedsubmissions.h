#pragma once

#include "core/util/expected.h"

#include <QList>
#include <QString>

class QSqlDatabase;

namespace RelayDesk {

/// Refusals at submission of one client address, agent, command, envelope and reply, counted: a sender,
/// recipient or message the relay said no to while the application was still connected (RFC 5321 4.2:
/// a 4xx or 5xx reply to MAIL, RCPT or DATA). Nothing of such a message is queued, so this row is all that
/// tells support why it never arrived.
struct RefusedSubmission
{
    QString address;    ///< the client's IP address
    QString listener;   ///< "submission", "smtps" or "lan"
    qint64 agentId = 0; ///< the agent logged in or trusted, 0 before AUTH
    QString agentName;  ///< its name then, empty before AUTH
    /// "MAIL", "RCPT" or "DATA" (the end of the message counts as DATA); "CONNECT": turned away at a
    /// connection limit; "TLS", "PROTOCOL": failed before it could send mail (failedBeforeMail())
    QString command;
    QString sender;     ///< the transaction's reverse-path, or the one MAIL named; may be empty
    QString recipients; ///< the recipient RCPT named, or those the refused message had ("a@x, b@y")
    QString reply;      ///< "550 5.6.0 Message refused: ...", or for TLS the reason in words
    int count = 0;
    qint64 firstAt = 0; ///< ms since the epoch
    qint64 lastAt = 0;

    int code() const { return reply.left(3).toInt(); }
    /// A failed TLS handshake, a client in the wrong TLS mode, a session closed for protocol errors
    /// (core/engine/connectionfailure.h): whatever the reply's code, a person must change the device.
    bool failedBeforeMail() const
    {
        return command == QLatin1String("TLS") || command == QLatin1String("PROTOCOL");
    }
};

/// The refused submissions kept in refused_submissions, aged out with the delivery log (retention.log).
/// Written by the engine in batches (RefusedSubmissionRecorder), read by RefusedSubmissionQuery.
namespace RefusedSubmissions {

/// The most an envelope field keeps (the rest is cut with "..."): a message to 1,000 recipients is one row
/// of bounded size.
constexpr int maxFieldLength = 1000;

/// One row per entry, in the caller's transaction or its own statement.
Status record(QSqlDatabase& db, const QList<RefusedSubmission>& refusals);

} // namespace RefusedSubmissions

} // namespace RelayDesk

#pragma once

#include "core/delivery/deliveriesinflight.h"
#include "core/delivery/retryschedule.h"
#include "core/smtp/deliveryjob.h"
#include "core/util/expected.h"

#include <QHash>
#include <QSqlDatabase>
#include <QStringList>

namespace RelayDesk {

/// What a recorded attempt changed, for the service's signals and tests.
struct RecordSummary
{
    int delivered = 0;
    int deferred = 0;
    int bounced = 0;
    int suppressed = 0;
    QStringList dsnQueueIds; ///< DSNs queued by this record (failed or delayed)
    /// Recipients bounced because their retry time ran out (a temporary reply, recorded as 4.4.7).
    QList<qint64> expired;
    /// Other recipients of the message given up with them, waiting for their own next attempt (address,
    /// their last reply): the sender hears of them in the same notice.
    QList<std::pair<QString, QString>> expiredWith;
    QList<qint64> suppressedIds; ///< the recipients recordSuppressed() made final (not those already final)
    int failuresHeld = 0; ///< failed recipients whose notice waits for another attempt (FailureReports)
};

/// A recipient the scheduler skipped because its address is on the agent's suppression list.
struct SuppressedRecipient
{
    qint64 recipientId = 0;
    qint64 messageId = 0;
    QString address;
    QString reason;
    QString queueId = {}; ///< for the operator log
};

/// Turns delivery outcomes into store rows, inside one StoreWriter job each: delivery_attempts rows,
/// recipient states, agent_daily_stats, suppressions and DSNs; once the last recipient of a message is
/// final, the same transaction removes its body (RetentionPurge::settle, docs/architecture.md, "nothing kept
/// longer than needed"). State changes only once the outcome is known, so a crash before this commits means a
/// second attempt, never a lost recipient (docs/architecture.md, "durable accept").
class OutcomeRecorder final
{
public:
    struct Context
    {
        RetrySchedule schedule;
        QString hostname; ///< Reporting-MTA of DSNs
        qint64 nowMs = 0;
        bool keepBodies = false; ///< retention.bodies > 0: the purge removes bodies later, not record()
        QString node = {};       ///< the node that made the attempt (delivery_attempts.node)
        /// This node's delivery jobs under way by message, besides the attempt being recorded: a message
        /// with one is not reported on yet (FailureReports).
        QHash<qint64, int> jobsUnderWay = {};
    };

    /// The outcome of an attempt, with the DKIM-Signature fields it made (DeliveryJob::unstoredSignature)
    /// if its message's body is still stored afterwards.
    static Expected<RecordSummary> record(QSqlDatabase& db, const DeliveryAttemptResult& result,
                                          const Context& context);
    static Expected<RecordSummary>
    recordSuppressed(QSqlDatabase& db, const QList<SuppressedRecipient>& skipped, const Context& context);
    /// The notices of failures held for attempts that are no longer under way
    /// (FailureReports::messagesHolding).
    static Expected<RecordSummary> reportHeldFailures(QSqlDatabase& db, const Context& context);
    /// A clean stop cut these deliveries short (docs/operations.md, "A clean stop"): a delivery log row for
    /// each recipient still waiting says so; the recipients stay as they were and are tried again.
    static Status recordInterrupted(QSqlDatabase& db, const QList<DeliveryInFlight>& open,
                                    const Context& context);
    /// The reply such a row carries.
    static QString interruptedReply()
    {
        return QStringLiteral(
            "interrupted: the relay stopped during this delivery; tried again after the next "
            "start (if the server had already received the whole message, it arrives twice)");
    }
    /// An administrator's "bounce now": every pending recipient of the message fails with a DSN.
    static Expected<RecordSummary> bounceNow(QSqlDatabase& db, qint64 messageId, const Context& context);

    /// RFC 3463 4.4.7: the reply recorded when the retry time runs out.
    static QByteArray expiredEnhanced() { return "4.4.7"; }
    /// The reply text a recipient whose retry time ran out is recorded with, after its last reply.
    static QString expiredReply(const QString& lastReply)
    {
        return QStringLiteral("delivery time expired; last reply: ") + lastReply;
    }

private:
    static Expected<RecordSummary> recordOutcome(QSqlDatabase& db, const DeliveryAttemptResult& result,
                                                 const Context& context);
};

} // namespace RelayDesk

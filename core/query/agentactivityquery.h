#pragma once

#include "core/util/expected.h"

#include <QList>
#include <QString>

namespace RelayDesk {

/// What one Mail Agent's mail did over some UTC days ending today, from the daily statistics
/// (agent_daily_stats): messages accepted from it on those days, and the outcomes of delivery attempts made
/// on those days (a message accepted yesterday and delivered today counts as delivered today); the recipients
/// suppressed on those days from the delivery log (kept for retention.log days).
struct AgentActivitySpan
{
    int days = 0;         ///< 1: today (UTC); 7 or 30: the days ending today
    qint64 accepted = 0;  ///< messages accepted from the agent (DSNs and test messages are not the agent's)
    qint64 delivered = 0; ///< recipients delivered
    qint64 deferred = 0;  ///< temporary failures: each attempt that will be tried again counts
    qint64 bounced = 0;   ///< recipients that failed for good (a permanent reply, or given up)
    /// recipients not sent: on the agent's suppression list (a hard bounce before), from the delivery log
    qint64 suppressed = 0;
    /// messages refused with 451 4.7.1 because the agent had reached a sending limit (each try counts)
    qint64 limited = 0;
    /// recipients not sent: deleted from the queue by an administrator, from the delivery log (an outside
    /// tester could not make the figures add up without them)
    qint64 deleted = 0;
};

/// One agent's activity (docs/read-side.md, "One agent's activity"): spans of 1, 7 and 30 UTC days, and
/// what of its mail waits now.
struct AgentActivity
{
    QList<AgentActivitySpan> spans; ///< today, the last 7 days, the last 30 days
    qint64 waitingRecipients = 0;   ///< its recipients queued or waiting for a retry now
    /// Its senders, recipients and messages refused at submission in the last refusedDays days
    /// (refused_submissions: never queued, so in none of the spans' other figures but `limited`).
    qint64 refusedAtSubmission = 0;
    qint64 lastRefusedAt = 0; ///< ms since the epoch, 0 when none
    QString lastRefusedReply; ///< "550 5.6.0 Message refused: ..."
    static constexpr int refusedDays = 30;
};

/// Reads one agent's activity. Read-only; uses the calling thread's connection.
class AgentActivityQuery final
{
public:
    explicit AgentActivityQuery(QString dataDir);

    static constexpr int kSpanDays[] = {1, 7, 30};

    Expected<AgentActivity> of(qint64 agentId, qint64 nowMs) const;

private:
    QString m_dataDir;
};

} // namespace RelayDesk

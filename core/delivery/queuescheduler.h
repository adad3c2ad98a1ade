#pragma once

#include "core/delivery/outcomerecorder.h"
#include "core/smtp/deliveryjob.h"
#include "core/util/expected.h"

#include <QSet>

namespace RelayDesk {

/// What is due now: jobs to hand to the transport, and recipients to skip because they are suppressed.
struct DueWork
{
    QList<DeliveryJob> jobs;
    QList<SuppressedRecipient> suppressed;
};

/// Reads the queue (on the delivery thread's own connection) and groups due recipients into jobs: one per
/// message and recipient domain, so that they share one SMTP transaction.
class QueueScheduler final
{
public:
    explicit QueueScheduler(QString dataDir) : m_dataDir(std::move(dataDir)) {}

    /// From now on collect() leases what it hands out to node, for leaseMs (docs/scaling.md, "Queue
    /// leases"); without a node it only reads, and recipients leased by others still wait for their lease.
    void setLease(QString node, qint64 leaseMs);
    const QString& leaseNode() const { return m_leaseNode; }
    qint64 leaseMs() const { return m_leaseMs; }

    /// Recipients queued or deferred with next_attempt_at <= nowMs, of messages not held, not leased by
    /// another node, minus those in busy (already in flight). At most maxJobs jobs; with a lease node, the
    /// recipients of the jobs are leased to it, and those another node leased first are left out. Another
    /// node's lease counts as ended only if it ran out by othersEndedBy (0: nowMs): after the store was out
    /// of reach, a lease that ran out meanwhile may belong to a node that could not renew it either.
    Expected<DueWork> collect(qint64 nowMs, const QSet<qint64>& busy, int maxJobs,
                              qint64 othersEndedBy = 0) const;
    /// The earliest time any pending recipient not in busy is due (next_attempt_at, or the end of another
    /// node's lease), or 0 when nothing is pending.
    Expected<qint64> nextDueAt(const QSet<qint64>& busy) const;

private:
    /// Leases the recipients of work's jobs and drops those this node did not get.
    Status lease(QSqlDatabase& db, DueWork& work, qint64 nowMs) const;

    QString m_dataDir;
    QString m_leaseNode;
    qint64 m_leaseMs = 60'000;
};

} // namespace RelayDesk

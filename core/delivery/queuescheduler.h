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

    /// Recipients queued or deferred with next_attempt_at <= nowMs, of messages not held, minus those in
    /// busy (already in flight). At most maxJobs jobs.
    Expected<DueWork> collect(qint64 nowMs, const QSet<qint64>& busy, int maxJobs) const;
    /// The earliest next_attempt_at of any pending recipient not in busy, or 0 when nothing is pending.
    Expected<qint64> nextDueAt(const QSet<qint64>& busy) const;

private:
    QString m_dataDir;
};

} // namespace RelayDesk

#include "core/delivery/deliveriesinflight.h"

#include <algorithm>

namespace RelayDesk {

void DeliveriesInFlight::started(const DeliveryJob& job, qint64 nowMs)
{
    if (job.recipientIds.isEmpty())
        return;
    DeliveryInFlight delivery{job.queueId, job.domain, {}, nowMs};
    for (const QByteArray& recipient : job.recipients)
        delivery.recipients << QString::fromUtf8(recipient);
    const QMutexLocker locker(&m_mutex);
    m_byJob.insert(job.recipientIds.first(), std::move(delivery));
    m_changed = true;
}

void DeliveriesInFlight::ended(const DeliveryJob& job)
{
    if (job.recipientIds.isEmpty())
        return;
    const QMutexLocker locker(&m_mutex);
    if (m_byJob.remove(job.recipientIds.first()) > 0)
        m_changed = true;
}

void DeliveriesInFlight::setWaiting(const DeliveryJob& job, bool waiting)
{
    if (job.recipientIds.isEmpty())
        return;
    const QMutexLocker locker(&m_mutex);
    if (auto it = m_byJob.find(job.recipientIds.first());
        it != m_byJob.end() && it->waitingForConnection != waiting) {
        it->waitingForConnection = waiting;
        m_changed = true;
    }
}

QList<DeliveryInFlight> DeliveriesInFlight::snapshot() const
{
    QList<DeliveryInFlight> all;
    {
        const QMutexLocker locker(&m_mutex);
        all = m_byJob.values();
    }
    std::sort(all.begin(), all.end(), [](const DeliveryInFlight& a, const DeliveryInFlight& b) {
        return a.sinceMs != b.sinceMs ? a.sinceMs < b.sinceMs : a.queueId < b.queueId;
    });
    return all;
}

bool DeliveriesInFlight::takeChanged()
{
    const QMutexLocker locker(&m_mutex);
    return std::exchange(m_changed, false);
}

} // namespace RelayDesk

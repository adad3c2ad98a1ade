#include "core/security/refusedloginrecorder.h"
#include "core/store/storewriter.h"

#include <algorithm>
#include <utility>

namespace RelayDesk {

RefusedLoginRecorder::RefusedLoginRecorder(StoreWriter* writer, qint64 intervalMs)
    : m_writer(writer), m_intervalMs(intervalMs)
{
}

void RefusedLoginRecorder::note(const QString& address, qint64 agentId, RefusedLoginReason reason,
                                qint64 nowMs)
{
    const QString key =
        QStringLiteral("%1|%2|%3").arg(address).arg(agentId).arg(RefusedLogins::codeOf(reason));
    QMutexLocker locker(&m_mutex);
    auto found = m_pending.find(key);
    if (found == m_pending.end()) {
        if (m_pending.size() >= maxPending) {
            ++m_dropped;
            return;
        }
        found = m_pending.insert(key, RefusedLogin{address, agentId, reason, 0, nowMs, nowMs});
    }
    ++found->count;
    found->lastAt = std::max(found->lastAt, nowMs);
}

void RefusedLoginRecorder::flushIfDue(qint64 nowMs)
{
    {
        QMutexLocker locker(&m_mutex);
        if (m_pending.isEmpty() || nowMs - m_flushedAt < m_intervalMs)
            return;
        m_flushedAt = nowMs;
    }
    flush();
}

void RefusedLoginRecorder::flush()
{
    QList<RefusedLogin> batch = take();
    if (batch.isEmpty() || !m_writer)
        return;
    // For the admin (why was this login refused?): a lost batch costs a line in the window, never mail.
    m_writer->submit(
        [batch = std::move(batch)](QSqlDatabase& db) { return RefusedLogins::record(db, batch); });
}

QList<RefusedLogin> RefusedLoginRecorder::take()
{
    QMutexLocker locker(&m_mutex);
    QList<RefusedLogin> batch = m_pending.values();
    m_pending.clear();
    return batch;
}

int RefusedLoginRecorder::pending() const
{
    QMutexLocker locker(&m_mutex);
    return int(m_pending.size());
}

quint64 RefusedLoginRecorder::dropped() const
{
    QMutexLocker locker(&m_mutex);
    return m_dropped;
}

} // namespace RelayDesk

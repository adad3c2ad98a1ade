#include "core/agents/credentialuserecorder.h"
#include "core/agents/agentdirectory.h"
#include "core/store/storewriter.h"

#include <algorithm>

namespace RelayDesk {

CredentialUseRecorder::CredentialUseRecorder(StoreWriter* writer, qint64 intervalMs)
    : m_writer(writer), m_intervalMs(intervalMs)
{
}

void CredentialUseRecorder::noteUse(qint64 credentialId, qint64 nowMs)
{
    QMutexLocker locker(&m_mutex);
    qint64& latest = m_pending[credentialId];
    latest = std::max(latest, nowMs);
}

void CredentialUseRecorder::flushIfDue(qint64 nowMs)
{
    QHash<qint64, qint64> batch;
    {
        QMutexLocker locker(&m_mutex);
        for (auto it = m_pending.begin(); it != m_pending.end();) {
            const auto written = m_writtenAt.constFind(it.key());
            if (written != m_writtenAt.cend() && nowMs - written.value() < m_intervalMs) {
                ++it;
                continue;
            }
            batch.insert(it.key(), it.value());
            m_writtenAt.insert(it.key(), nowMs);
            it = m_pending.erase(it);
        }
        // Bounded: a credential whose interval has passed needs no memory of its last write.
        for (auto it = m_writtenAt.begin(); it != m_writtenAt.end();)
            it = nowMs - it.value() >= m_intervalMs && !m_pending.contains(it.key()) ? m_writtenAt.erase(it)
                                                                                     : std::next(it);
    }
    write(std::move(batch));
}

void CredentialUseRecorder::flush()
{
    QHash<qint64, qint64> batch;
    {
        QMutexLocker locker(&m_mutex);
        batch.swap(m_pending);
    }
    write(std::move(batch));
}

void CredentialUseRecorder::write(QHash<qint64, qint64> batch)
{
    if (batch.isEmpty() || !m_writer)
        return;
    {
        QMutexLocker locker(&m_mutex);
        ++m_batches;
    }
    // last_used_at is for people (when was this key last seen?): a lost batch costs a date, never mail.
    m_writer->submit(
        [batch = std::move(batch)](QSqlDatabase& db) { return AgentDirectory::recordUse(db, batch); });
}

int CredentialUseRecorder::pending() const
{
    QMutexLocker locker(&m_mutex);
    return int(m_pending.size());
}

quint64 CredentialUseRecorder::batchesWritten() const
{
    QMutexLocker locker(&m_mutex);
    return m_batches;
}

} // namespace RelayDesk

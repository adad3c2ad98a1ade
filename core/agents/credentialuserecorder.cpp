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
    QMutexLocker locker(&m_mutex);
    if (m_pending.isEmpty() || nowMs - m_lastFlushMs < m_intervalMs)
        return;
    m_lastFlushMs = nowMs;
    flushLocked(locker);
}

void CredentialUseRecorder::flush()
{
    QMutexLocker locker(&m_mutex);
    flushLocked(locker);
}

void CredentialUseRecorder::flushLocked(QMutexLocker<QMutex>& locker)
{
    if (m_pending.isEmpty() || !m_writer)
        return;
    QHash<qint64, qint64> batch;
    batch.swap(m_pending);
    ++m_batches;
    locker.unlock();
    // last_used_at is for people (when was this key last seen?): a lost batch costs a date, never mail.
    m_writer->submit([batch](QSqlDatabase& db) { return AgentDirectory::recordUse(db, batch); });
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

#include "core/engine/limitrefusalrecorder.h"
#include "core/store/messagespool.h"
#include "core/store/storewriter.h"

#include <QSqlError>
#include <QSqlQuery>

#include <utility>

namespace RelayDesk {

LimitRefusalRecorder::LimitRefusalRecorder(StoreWriter* writer, qint64 intervalMs)
    : m_writer(writer), m_intervalMs(intervalMs)
{
}

void LimitRefusalRecorder::note(qint64 agentId, qint64 nowMs)
{
    if (agentId <= 0)
        return;
    const AgentDay key{agentId, MessageSpool::utcDay(nowMs)};
    QMutexLocker locker(&m_mutex);
    auto found = m_pending.find(key);
    if (found == m_pending.end()) {
        if (m_pending.size() >= maxPending)
            return;
        found = m_pending.insert(key, 0);
    }
    ++found.value();
}

void LimitRefusalRecorder::flushIfDue(qint64 nowMs)
{
    {
        QMutexLocker locker(&m_mutex);
        if (m_pending.isEmpty() || nowMs - m_flushedAt < m_intervalMs)
            return;
        m_flushedAt = nowMs;
    }
    flush();
}

void LimitRefusalRecorder::flush()
{
    QHash<AgentDay, qint64> batch = take();
    if (batch.isEmpty() || !m_writer)
        return;
    // For the admin (why did the application's mail not arrive?): a lost batch costs a figure, never mail.
    m_writer->submit([batch = std::move(batch)](QSqlDatabase& db) {
        QSqlQuery add(db);
        if (!add.prepare(
                QStringLiteral("INSERT INTO agent_daily_stats(agent_id, day, limited) VALUES(?, ?, ?)"
                               " ON CONFLICT(agent_id, day) DO UPDATE SET limited = "
                               "agent_daily_stats.limited + excluded.limited")))
            return Status::failure(add.lastError().text());
        for (auto it = batch.cbegin(); it != batch.cend(); ++it) {
            add.addBindValue(it.key().first);
            add.addBindValue(it.key().second);
            add.addBindValue(it.value());
            if (!add.exec())
                return Status::failure(add.lastError().text());
        }
        return Status();
    });
}

QHash<LimitRefusalRecorder::AgentDay, qint64> LimitRefusalRecorder::take()
{
    QMutexLocker locker(&m_mutex);
    return std::exchange(m_pending, {});
}

int LimitRefusalRecorder::pending() const
{
    QMutexLocker locker(&m_mutex);
    return int(m_pending.size());
}

} // namespace RelayDesk

#pragma once

#include <QHash>
#include <QMutex>
#include <QPair>
#include <QString>

namespace RelayDesk {

class StoreWriter;

/// Counts the messages a Mail Agent's sending limit refused (451 4.7.1 at MAIL or at the end of DATA) and
/// adds them to the agent's daily statistics (agent_daily_stats.limited) once a second in one store writer
/// job: an application that tries again at once costs the store one write a second, not one per attempt.
class LimitRefusalRecorder final
{
public:
    static constexpr qint64 defaultIntervalMs = 1000;
    /// Agent and day pairs kept between flushes at most (a flood past it is dropped, never held).
    static constexpr int maxPending = 1000;

    explicit LimitRefusalRecorder(StoreWriter* writer, qint64 intervalMs = defaultIntervalMs);
    Q_DISABLE_COPY_MOVE(LimitRefusalRecorder)

    /// Any thread.
    void note(qint64 agentId, qint64 nowMs);
    /// Hands what was counted to the writer when the interval has passed since the last time; any thread.
    void flushIfDue(qint64 nowMs);
    /// Hands what was counted to the writer now (the engine stops).
    void flush();
    int pending() const;

private:
    using AgentDay = QPair<qint64, QString>; ///< the agent's id and the UTC day (MessageSpool::utcDay)

    QHash<AgentDay, qint64> take();

    StoreWriter* m_writer;
    qint64 m_intervalMs;
    mutable QMutex m_mutex;
    QHash<AgentDay, qint64> m_pending; ///< refusals since the last flush
    qint64 m_flushedAt = 0;
};

} // namespace RelayDesk

#pragma once

#include <QHash>
#include <QList>
#include <QMutex>
#include <QString>

#include <algorithm>
#include <functional>

namespace RelayDesk {

/// Refusals counted in memory between two writes to the store, one entry per key (RefusedLoginRecorder,
/// RefusedSubmissionRecorder): a client refused a thousand times a second costs the store one row per key
/// and interval, and at most maxPending keys are held; a flood past that is only counted in dropped().
/// Entry is a struct with count, firstAt and lastAt. Any thread.
template <typename Entry> class CountedBatch final
{
public:
    static constexpr int maxPending = 1000;

    explicit CountedBatch(qint64 intervalMs) : m_intervalMs(intervalMs) {}
    Q_DISABLE_COPY_MOVE(CountedBatch)

    /// Counts one refusal under key; makeEntry gives the entry when the key is new since the last take().
    void note(const QString& key, qint64 nowMs, const std::function<Entry()>& makeEntry)
    {
        QMutexLocker locker(&m_mutex);
        auto found = m_pending.find(key);
        if (found == m_pending.end()) {
            if (m_pending.size() >= maxPending) {
                ++m_dropped;
                return;
            }
            Entry entry = makeEntry();
            entry.count = 0;
            entry.firstAt = entry.lastAt = nowMs;
            found = m_pending.insert(key, std::move(entry));
        }
        ++found->count;
        found->lastAt = std::max(found->lastAt, nowMs);
    }
    /// Whether something is counted and the interval has passed since the last time this said so.
    bool due(qint64 nowMs)
    {
        QMutexLocker locker(&m_mutex);
        if (m_pending.isEmpty() || nowMs - m_flushedAt < m_intervalMs)
            return false;
        m_flushedAt = nowMs;
        return true;
    }
    /// What was counted since the last take(), and nothing left behind.
    QList<Entry> take()
    {
        QMutexLocker locker(&m_mutex);
        QList<Entry> batch = m_pending.values();
        m_pending.clear();
        return batch;
    }
    int pending() const
    {
        QMutexLocker locker(&m_mutex);
        return int(m_pending.size());
    }
    quint64 dropped() const
    {
        QMutexLocker locker(&m_mutex);
        return m_dropped;
    }

private:
    const qint64 m_intervalMs;
    mutable QMutex m_mutex;
    QHash<QString, Entry> m_pending;
    qint64 m_flushedAt = 0;
    quint64 m_dropped = 0;
};

} // namespace RelayDesk

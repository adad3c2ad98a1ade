#pragma once

#include <QHash>
#include <QMutex>

namespace RelayDesk {

class StoreWriter;

/// Batches the credentials' last_used_at: an AUTH only notes the use in memory, and the notes reach the store
/// at most once per interval, all credentials in one store writer job (not one write per AUTH).
class CredentialUseRecorder final
{
public:
    static constexpr qint64 defaultIntervalMs = 60 * 1000;

    explicit CredentialUseRecorder(StoreWriter* writer, qint64 intervalMs = defaultIntervalMs);
    Q_DISABLE_COPY_MOVE(CredentialUseRecorder)

    /// Any thread: the credential was used at nowMs.
    void noteUse(qint64 credentialId, qint64 nowMs);
    /// Writes what is noted if the interval has passed since the last write; any thread (the engine calls
    /// it from its publish timer).
    void flushIfDue(qint64 nowMs);
    /// Writes what is noted now (the engine stops).
    void flush();
    /// Uses noted and not yet handed to the writer.
    int pending() const;
    quint64 batchesWritten() const;

private:
    void flushLocked(QMutexLocker<QMutex>& locker);

    StoreWriter* m_writer;
    qint64 m_intervalMs;
    mutable QMutex m_mutex;
    QHash<qint64, qint64> m_pending; ///< credential id -> latest use
    qint64 m_lastFlushMs = 0;
    quint64 m_batches = 0;
};

} // namespace RelayDesk

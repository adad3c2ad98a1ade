#pragma once

#include <QHash>
#include <QMutex>

namespace RelayDesk {

class StoreWriter;

/// Batches the credentials' last_used_at: an AUTH only notes the use in memory; each credential's date
/// reaches the store at most once per interval (a credential not written yet in this run at the next flush),
/// all the credentials due in one store writer job, never one write per AUTH.
class CredentialUseRecorder final
{
public:
    static constexpr qint64 defaultIntervalMs = 60 * 1000;

    explicit CredentialUseRecorder(StoreWriter* writer, qint64 intervalMs = defaultIntervalMs);
    Q_DISABLE_COPY_MOVE(CredentialUseRecorder)

    /// Any thread: the credential was used at nowMs.
    void noteUse(qint64 credentialId, qint64 nowMs);
    /// Writes the notes of the credentials whose date was last written an interval ago or never; any thread
    /// (the engine calls it from its publish timer, four times a second).
    void flushIfDue(qint64 nowMs);
    /// Writes what is noted now (the engine stops).
    void flush();
    /// Uses noted and not yet handed to the writer.
    int pending() const;
    quint64 batchesWritten() const;

private:
    void write(QHash<qint64, qint64> batch);

    StoreWriter* m_writer;
    qint64 m_intervalMs;
    mutable QMutex m_mutex;
    QHash<qint64, qint64> m_pending;   ///< credential id -> latest use
    QHash<qint64, qint64> m_writtenAt; ///< credential id -> when its date was last handed to the writer
    quint64 m_batches = 0;
};

} // namespace RelayDesk

#pragma once

#include "core/security/countedbatch.h"
#include "core/security/refusedsubmissions.h"

#include <QHash>
#include <QMutex>

namespace RelayDesk {

class StoreWriter;

/// Batches refused submissions for the store as RefusedLoginRecorder does refused logins: counted in memory
/// per client address, agent, command, envelope and reply (without the envelope for a client not logged in,
/// or past its envelope budget), written once a second in one store writer job.
class RefusedSubmissionRecorder final
{
public:
    static constexpr qint64 defaultIntervalMs = 1000;
    /// Refusals of one logged-in client (address and agent) a minute told apart by their envelope; past that
    /// they are counted by command and reply code only, as a client not logged in always is. A logged-in
    /// client choosing a new sender each try made 1,000 rows a second (an outside tester).
    static constexpr int envelopesPerMinute = 60;

    explicit RefusedSubmissionRecorder(StoreWriter* writer, qint64 intervalMs = defaultIntervalMs);
    Q_DISABLE_COPY_MOVE(RefusedSubmissionRecorder)

    /// Any thread. The envelope fields are cut to RefusedSubmissions::maxFieldLength here.
    void note(RefusedSubmission refusal, qint64 nowMs);
    /// Hands what was counted to the writer when the interval has passed since the last time; any thread.
    void flushIfDue(qint64 nowMs);
    /// Hands what was counted to the writer now (the engine stops).
    void flush();
    int pending() const;
    quint64 dropped() const;

private:
    /// Whether client's refusals are still told apart by envelope in this minute; counts this one.
    bool withinEnvelopeBudget(const QString& client, qint64 nowMs);

    /// One client's refusals in the minute that began at startMs.
    struct EnvelopeWindow
    {
        qint64 startMs = 0;
        int refusals = 0;
    };

    StoreWriter* m_writer;
    CountedBatch<RefusedSubmission> m_batch;
    QMutex m_windowsMutex;
    QHash<QString, EnvelopeWindow> m_windows; ///< by address and agent id; a minute's clients only
    quint64 m_droppedReported = 0;            ///< dropped() when the operator log last said so
};

} // namespace RelayDesk

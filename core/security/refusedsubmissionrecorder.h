#pragma once

#include "core/security/countedbatch.h"
#include "core/security/refusedsubmissions.h"

namespace RelayDesk {

class StoreWriter;

/// Batches refused submissions for the store as RefusedLoginRecorder does refused logins: counted in memory
/// per client address, agent, command, envelope and reply (without the envelope for a client not logged in),
/// written once a second in one store writer job.
class RefusedSubmissionRecorder final
{
public:
    static constexpr qint64 defaultIntervalMs = 1000;

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
    StoreWriter* m_writer;
    CountedBatch<RefusedSubmission> m_batch;
};

} // namespace RelayDesk

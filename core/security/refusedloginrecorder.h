#pragma once

#include "core/security/countedbatch.h"
#include "core/security/refusedlogins.h"

namespace RelayDesk {

class StoreWriter;

/// Batches refused logins for the store: a refusal is only counted in memory (per address, agent and
/// reason); what was counted reaches the store once a second in one store writer job, so that a guessing
/// client costs the store one row a second at most, not one per attempt.
class RefusedLoginRecorder final
{
public:
    static constexpr qint64 defaultIntervalMs = 1000;
    /// Address, agent and reason triples kept between flushes at most; a flood past it is only counted in
    /// dropped(), never held in memory.
    static constexpr int maxPending = CountedBatch<RefusedLogin>::maxPending;

    explicit RefusedLoginRecorder(StoreWriter* writer, qint64 intervalMs = defaultIntervalMs);
    Q_DISABLE_COPY_MOVE(RefusedLoginRecorder)

    /// Any thread.
    void note(const QString& address, qint64 agentId, RefusedLoginReason reason, qint64 nowMs);
    /// Hands what was counted to the writer when the interval has passed since the last time; any thread.
    void flushIfDue(qint64 nowMs);
    /// Hands what was counted to the writer now (the engine stops).
    void flush();
    int pending() const;
    quint64 dropped() const;

private:
    StoreWriter* m_writer;
    CountedBatch<RefusedLogin> m_batch; ///< "address|agent|reason" -> its refusals since the last flush
};

} // namespace RelayDesk

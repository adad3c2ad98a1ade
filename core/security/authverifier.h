#pragma once

#include "core/security/fairauthqueue.h"

#include <QMutex>
#include <QThreadPool>

namespace RelayDesk {

/// Runs the Argon2id verifications of AUTH on their own pool: as many at once as there are cores (or as
/// auth.verify_threads says), never more than the memory bound allows (each takes 19 MiB), and taken from a
/// FairAuthQueue so that one client address cannot starve the others. Thread-safe; the limits apply live.
class AuthVerifier final
{
public:
    /// What one verification takes: the Argon2id cost of core/agents/passwordhash.cpp (m = 19456 KiB).
    static constexpr int memoryPerVerificationMb = 19;

    AuthVerifier();
    ~AuthVerifier(); ///< waits for the checks under way
    Q_DISABLE_COPY_MOVE(AuthVerifier)

    /// How many verifications may run at once: threads (0: the number of cores) bounded by memoryMb.
    static int concurrencyFor(int threads, int memoryMb);
    void configure(int threads, int memoryMb);
    int concurrency() const;

    /// Queues a check for the client address key (AuthThrottle::keyOf()).
    void submit(const QString& key, FairAuthQueue::Job job);
    /// Checks waiting for a thread.
    qsizetype waiting() const;
    void waitForDone();

private:
    void runNext();

    mutable QMutex m_mutex;
    FairAuthQueue m_queue;
    QThreadPool m_pool;
};

} // namespace RelayDesk

#include "core/security/authverifier.h"

#include <QThread>

#include <algorithm>

namespace RelayDesk {

AuthVerifier::AuthVerifier()
{
    m_pool.setObjectName(QStringLiteral("relaydesk-auth"));
    m_pool.setExpiryTimeout(-1);
    m_pool.setMaxThreadCount(concurrencyFor(0, 256));
}

AuthVerifier::~AuthVerifier()
{
    waitForDone();
}

int AuthVerifier::concurrencyFor(int threads, int memoryMb)
{
    const int wanted = threads > 0 ? threads : std::max(1, QThread::idealThreadCount());
    const int memoryBound = std::max(1, memoryMb / memoryPerVerificationMb);
    return std::clamp(std::min(wanted, memoryBound), 1, 256);
}

void AuthVerifier::configure(int threads, int memoryMb)
{
    // QThreadPool takes a new maximum live: extra threads start for waiting work, surplus ones retire when
    // their current check ends.
    m_pool.setMaxThreadCount(concurrencyFor(threads, memoryMb));
}

int AuthVerifier::concurrency() const
{
    return m_pool.maxThreadCount();
}

// Every submit starts one pool task, and every task takes one job: the pool decides when a thread is free,
// the fair queue decides which check it runs.
void AuthVerifier::submit(const QString& key, FairAuthQueue::Job job)
{
    {
        QMutexLocker locker(&m_mutex);
        m_queue.push(key, std::move(job));
    }
    m_pool.start([this] { runNext(); });
}

void AuthVerifier::runNext()
{
    FairAuthQueue::Job job;
    {
        QMutexLocker locker(&m_mutex);
        job = m_queue.pop();
    }
    if (job)
        job();
}

qsizetype AuthVerifier::waiting() const
{
    QMutexLocker locker(&m_mutex);
    return m_queue.size();
}

void AuthVerifier::waitForDone()
{
    m_pool.waitForDone();
}

} // namespace RelayDesk

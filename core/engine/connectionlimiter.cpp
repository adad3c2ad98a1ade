#include "core/engine/connectionlimiter.h"

namespace RelayDesk {

void ConnectionLimiter::configure(int maxTotal, int maxPerAddress)
{
    QMutexLocker locker(&m_mutex);
    m_maxTotal = maxTotal;
    m_maxPerAddress = maxPerAddress;
}

ConnectionLimiter::Verdict ConnectionLimiter::tryAcquire(const QHostAddress& address)
{
    QMutexLocker locker(&m_mutex);
    if (m_total >= m_maxTotal)
        return Verdict::TooManyTotal;
    int& count = m_perAddress[address];
    if (count >= m_maxPerAddress)
        return Verdict::TooManyFromAddress;
    ++count;
    ++m_total;
    return Verdict::Accepted;
}

void ConnectionLimiter::release(const QHostAddress& address)
{
    QMutexLocker locker(&m_mutex);
    auto it = m_perAddress.find(address);
    if (it == m_perAddress.end())
        return;
    if (--it.value() <= 0)
        m_perAddress.erase(it);
    --m_total;
}

int ConnectionLimiter::total() const
{
    QMutexLocker locker(&m_mutex);
    return m_total;
}

bool ConnectionLimiter::isBusy() const
{
    QMutexLocker locker(&m_mutex);
    return qint64(m_total) * 4 >= qint64(m_maxTotal) * 3;
}

} // namespace RelayDesk

#include "core/engine/connectionlimiter.h"
#include "core/security/refusedsubmissionrecorder.h"

#include <algorithm>

namespace RelayDesk {

void ConnectionLimiter::configure(int maxTotal, int maxPerAddress)
{
    QMutexLocker locker(&m_mutex);
    m_maxTotal = maxTotal;
    m_maxPerAddress = maxPerAddress;
    updateBusy();
}

ConnectionLimiter::Verdict ConnectionLimiter::tryAcquire(const QHostAddress& address)
{
    QMutexLocker locker(&m_mutex);
    if (m_total >= m_maxTotal)
        return Verdict::TooManyTotal;
    int& count = m_perAddress[address];
    if (count >= m_maxPerAddress)
        return Verdict::TooManyFromAddress;
    // The last quarter of the slots is for addresses that hold few: a flood that reconnects as soon as the
    // busy relay closes its silent sessions took every freed slot, and an office's client got through 0
    // times in 36 (an outside tester).
    if (nearLimit() && count >= busyShare())
        return Verdict::BusyShareTaken;
    ++count;
    ++m_total;
    updateBusy();
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
    updateBusy();
}

int ConnectionLimiter::total() const
{
    QMutexLocker locker(&m_mutex);
    return m_total;
}

void ConnectionLimiter::setRefusalRecorder(RefusedSubmissionRecorder* recorder)
{
    QMutexLocker locker(&m_mutex);
    m_refusals = recorder;
}

void ConnectionLimiter::recordRefusal(const QHostAddress& address, const QString& listener,
                                      const QString& reply, qint64 nowMs)
{
    QMutexLocker locker(&m_mutex); // the recorder goes away only through setRefusalRecorder(nullptr)
    if (!m_refusals)
        return;
    RefusedSubmission refusal;
    refusal.address = address.toString();
    refusal.listener = listener;
    refusal.command = QStringLiteral("CONNECT");
    refusal.reply = reply;
    m_refusals->note(std::move(refusal), nowMs);
}

int ConnectionLimiter::busyShare() const
{
    return std::max(2, m_maxTotal / 64);
}

bool ConnectionLimiter::isBusy() const
{
    QMutexLocker locker(&m_mutex);
    return m_busy;
}

bool ConnectionLimiter::nearLimit() const
{
    return qint64(m_total) * 4 >= qint64(m_maxTotal) * 3;
}

void ConnectionLimiter::updateBusy()
{
    // Without the gap, the first silent session closed at three quarters ended the busy time, and the others
    // silent as long stayed (whichever looked first went; CI saw 1 of 5 closed where a run before saw 5).
    if (nearLimit())
        m_busy = true;
    else if (qint64(m_total) * 2 < qint64(m_maxTotal))
        m_busy = false;
}

} // namespace RelayDesk

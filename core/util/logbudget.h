#pragma once

#include <QtGlobal>

#include <utility>

namespace RelayDesk {

/// How many lines of one kind a thread writes to the operator log in an interval: the first perInterval of
/// each interval are written, the rest only counted, and the count is said once the next interval begins.
/// A client refused thousands of times a second wrote as many lines, which would crowd the lockout lines out
/// of a rate-limited journal (an outside tester). One per thread (thread_local): no lock.
class LogBudget final
{
public:
    LogBudget(int perInterval, qint64 intervalMs) : m_perInterval(perInterval), m_intervalMs(intervalMs) {}

    /// Whether one more line may be written at nowMs; a line held back is counted.
    bool allow(qint64 nowMs)
    {
        if (nowMs - m_startMs >= m_intervalMs) {
            m_heldBackBefore += m_heldBack;
            m_heldBack = 0;
            m_used = 0;
            m_startMs = nowMs;
        }
        if (m_used < m_perInterval) {
            ++m_used;
            return true;
        }
        ++m_heldBack;
        return false;
    }
    /// Lines held back in the intervals that have ended, not yet said; zero after this call.
    quint64 takeHeldBack() { return std::exchange(m_heldBackBefore, 0); }
    /// Whether this line is the first held back in the current interval (the moment to say that it began).
    bool firstHeldBack() const { return m_heldBack == 1; }
    qint64 intervalMs() const { return m_intervalMs; }

private:
    const int m_perInterval;
    const qint64 m_intervalMs;
    qint64 m_startMs = 0;
    int m_used = 0;
    quint64 m_heldBack = 0;
    quint64 m_heldBackBefore = 0;
};

} // namespace RelayDesk

#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QTimeZone>

namespace RelayDesk::Test {

/// A clock that stands still until a test moves it, so that times and dates in replies, trace fields and
/// stored rows can be compared exactly. Starts at 2026-01-01 00:00:00 UTC.
class FakeClock final
{
public:
    static constexpr qint64 defaultStartMs = 1767225600000;

    explicit FakeClock(qint64 startMs = defaultStartMs) : m_nowMs(startMs) {}

    qint64 nowMs() const { return m_nowMs; }
    void setNowMs(qint64 ms) { m_nowMs = ms; }
    void advanceMs(qint64 ms) { m_nowMs += ms; }
    void advanceSeconds(qint64 seconds) { m_nowMs += seconds * 1000; }

    /// The time as an RFC 5322 3.3 date-time in UTC, formatted as TraceDate formats the real time
    /// ("01 Jan 2026 00:00:00 +0000").
    QByteArray traceDate() const
    {
        return QDateTime::fromMSecsSinceEpoch(m_nowMs, QTimeZone::utc()).toString(Qt::RFC2822Date).toLatin1();
    }

private:
    qint64 m_nowMs;
};

} // namespace RelayDesk::Test

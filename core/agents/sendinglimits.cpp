#include "core/agents/sendinglimits.h"

#include <iterator>

namespace RelayDesk {

namespace {

qint64 lengthOf(SendingWindow window)
{
    switch (window) {
    case SendingWindow::Minute:
        return 60 * 1000;
    case SendingWindow::Hour:
        return 60 * 60 * 1000;
    case SendingWindow::Day:
        break;
    }
    return 24 * 60 * 60 * 1000;
}

} // namespace

QList<SendingLimits::Unreachable> SendingLimits::unreachable() const
{
    static constexpr SendingWindow windows[] = {SendingWindow::Minute, SendingWindow::Hour,
                                                SendingWindow::Day};
    QList<Unreachable> found;
    for (size_t shorter = 0; shorter + 1 < std::size(windows); ++shorter) {
        const int limit = of(windows[shorter]);
        if (limit == 0)
            continue;
        for (size_t longer = shorter + 1; longer < std::size(windows); ++longer) {
            const int bound = of(windows[longer]);
            if (bound == 0)
                continue;
            if (limit > bound)
                found.append({windows[shorter], windows[longer]});
            break;
        }
    }
    return found;
}

int SendingLimits::of(SendingWindow window) const
{
    switch (window) {
    case SendingWindow::Minute:
        return perMinute;
    case SendingWindow::Hour:
        return perHour;
    case SendingWindow::Day:
        break;
    }
    return perDay;
}

int SendingUse::of(SendingWindow window) const
{
    switch (window) {
    case SendingWindow::Minute:
        return minute;
    case SendingWindow::Hour:
        return hour;
    case SendingWindow::Day:
        break;
    }
    return day;
}

qint64 sendingWindowStart(SendingWindow window, qint64 nowMs)
{
    const qint64 length = lengthOf(window);
    // Floor division, so that a time before 1970 (a broken clock) still falls into a window that holds it.
    const qint64 rest = nowMs % length;
    return nowMs - (rest < 0 ? rest + length : rest);
}

qint64 sendingWindowEnd(SendingWindow window, qint64 nowMs)
{
    return sendingWindowStart(window, nowMs) + lengthOf(window);
}

} // namespace RelayDesk

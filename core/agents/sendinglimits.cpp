#include "core/agents/sendinglimits.h"

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

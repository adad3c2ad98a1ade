#include "core/engine/sendingcounter.h"

#include <algorithm>

namespace RelayDesk {

namespace {

constexpr SendingWindow windows[] = {SendingWindow::Minute, SendingWindow::Hour, SendingWindow::Day};

} // namespace

void SendingCounter::seed(const SendingUse& use, qint64 nowMs)
{
    for (SendingWindow window : windows)
        at(window) = Window{sendingWindowStart(window, nowMs), use.of(window)};
}

void SendingCounter::merge(const SendingUse& stored, qint64 nowMs)
{
    for (SendingWindow window : windows) {
        Window& counted = at(window);
        const qint64 start = sendingWindowStart(window, nowMs);
        if (start > counted.start)
            counted = Window{start, 0};
        if (start == counted.start)
            counted.count = std::max(counted.count, stored.of(window));
    }
}

void SendingCounter::add(qint64 nowMs)
{
    for (SendingWindow window : windows) {
        Window& counted = at(window);
        const qint64 start = sendingWindowStart(window, nowMs);
        // A clock set back keeps counting in the window it had reached, rather than forgetting the count.
        if (start > counted.start)
            counted = Window{start, 0};
        ++counted.count;
    }
}

int SendingCounter::count(SendingWindow window, qint64 nowMs) const
{
    const Window& counted = at(window);
    return sendingWindowStart(window, nowMs) > counted.start ? 0 : counted.count;
}

SendingUse SendingCounter::use(qint64 nowMs) const
{
    return SendingUse{count(SendingWindow::Minute, nowMs), count(SendingWindow::Hour, nowMs),
                      count(SendingWindow::Day, nowMs)};
}

} // namespace RelayDesk

#pragma once

#include "core/agents/sendinglimits.h"

namespace RelayDesk {

/// The messages one Mail Agent had accepted in the current UTC minute, hour and day: fixed windows, each
/// starting again from 0 on the clock's next whole minute, hour and day (docs/protocols.md, "Sending
/// limits"). Not thread-safe: SendingLimitBook guards it.
class SendingCounter final
{
public:
    /// Starts from counts read from the store at nowMs.
    void seed(const SendingUse& use, qint64 nowMs);
    /// The store's counts read at nowMs, which on a shared store include other nodes' messages: each window
    /// of nowMs counts at least as many.
    void merge(const SendingUse& stored, qint64 nowMs);
    /// One message accepted at nowMs.
    void add(qint64 nowMs);
    /// The messages of the window holding nowMs (0 once the counted window has passed).
    int count(SendingWindow window, qint64 nowMs) const;
    SendingUse use(qint64 nowMs) const;

private:
    struct Window
    {
        qint64 start = 0;
        int count = 0;
    };
    Window& at(SendingWindow window) { return m_windows[int(window)]; }
    const Window& at(SendingWindow window) const { return m_windows[int(window)]; }

    Window m_windows[3];
};

} // namespace RelayDesk

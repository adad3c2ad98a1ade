#pragma once

#include "core/smtp/sendingadmission.h"

#include <QList>
#include <QtGlobal>

namespace RelayDesk {

/// How much one Mail Agent may send (docs/protocols.md, "Sending limits"); 0 means no limit.
struct SendingLimits
{
    /// The most a limit may be: far above any office's mail, and far below int overflow.
    static constexpr int maximum = 10000000;

    int perMinute = 0;
    int perHour = 0;
    int perDay = 0;
    int maxRecipients = 0; ///< recipients per message

    bool isEmpty() const { return perMinute == 0 && perHour == 0 && perDay == 0 && maxRecipients == 0; }
    /// The message limit of one window (0: none).
    int of(SendingWindow window) const;
    /// A window whose limit is above that of the next longer window that has one (50 a minute with 10 an
    /// hour): it can never be reached.
    struct Unreachable
    {
        SendingWindow window;
        SendingWindow longer;
    };
    QList<Unreachable> unreachable() const;
    bool operator==(const SendingLimits&) const = default;
};

/// The messages a Mail Agent had accepted in the current UTC minute, hour and day.
struct SendingUse
{
    int minute = 0;
    int hour = 0;
    int day = 0;

    int of(SendingWindow window) const;
    bool operator==(const SendingUse&) const = default;
};

/// Where the window that holds nowMs starts and ends: fixed UTC windows on the whole minute, hour and day
/// (Unix time has no leap seconds, so a day is always 86,400,000 ms). The engine's counters and the store's
/// accepted counts use the same windows, so they agree.
qint64 sendingWindowStart(SendingWindow window, qint64 nowMs);
qint64 sendingWindowEnd(SendingWindow window, qint64 nowMs);

} // namespace RelayDesk

#pragma once

#include <QByteArrayView>

namespace RelayDesk {

/// Reads the trace fields of a message's header section (RFC 5321 4.4), for loop detection (6.3): a message
/// that passed through too many relays is looping and is refused instead of relayed once more.
class TraceHeaders final
{
public:
    /// The number of Received: header fields in the header section of message (up to its first empty line;
    /// field names are case-insensitive, folded continuation lines are part of their field). Stops counting
    /// at stopAt, so a hostile header section costs no more than it must.
    static int countReceived(QByteArrayView message, int stopAt = 1 << 30);
};

} // namespace RelayDesk

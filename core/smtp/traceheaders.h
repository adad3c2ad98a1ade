#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace RelayDesk {

/// The trace fields of a message's header section (RFC 5321 4.4): counted for loop detection (6.3), where a
/// message that passed through too many relays is refused instead of relayed once more, and the parts of the
/// relay's own Received: field that come from the client, made safe to write.
class TraceHeaders final
{
public:
    /// A client's EHLO/HELO name that may stand as the From-domain of a Received: field: dot-separated
    /// labels of letters, digits, hyphens and underscores (devices use them), or an address literal.
    static bool isHeloName(QByteArrayView name);
    /// text as the inside of a comment (RFC 5322 3.2.2): \, ( and ) as quoted-pairs, control characters
    /// and DEL as '?'.
    static QByteArray commentText(QByteArrayView text);

    /// The number of Received: header fields in the header section of message (up to its first empty line;
    /// field names are case-insensitive, folded continuation lines are part of their field). Stops counting
    /// at stopAt, so a hostile header section costs no more than it must.
    static int countReceived(QByteArrayView message, int stopAt = 1 << 30);
};

} // namespace RelayDesk

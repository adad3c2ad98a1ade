#pragma once

#include <QString>

namespace RelayDesk {

/// The data directory used without --data-dir (docs/operations.md, "Managing the service from your desktop"):
/// the user's own, or for the window the packaged relay service's, when nothing is set up in the user's own
/// and the service runs where this user may manage it (as a member of the relaydesk group).
class DefaultDataDir final
{
public:
    /// /var/lib/relaydesk, where packaging/relaydesk.service keeps its data.
    static QString servicePath();
    /// ~/.local/share/RelayDesk/RelayDesk (the platform's application data location).
    static QString own();
    /// The running service's directory if this process may use it, otherwise empty.
    static QString reachableService();
    /// own(), or reachableService() when own() holds no relay yet; *note says which and why when it is the
    /// service's.
    static QString forWindow(QString* note);
};

} // namespace RelayDesk

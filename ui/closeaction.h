#pragma once

#include <QString>

namespace RelayDesk {

/// What closing the main window does, as the person chose it (stored in the desktop preferences, not in the
/// relay's settings: it belongs to this desktop, not to the data directory).
class CloseAction final
{
public:
    enum Choice
    {
        Ask,         ///< ask each time (the default without a tray)
        KeepRunning, ///< the relay keeps running: in the tray, or with the window minimized when there is
                     ///< none
        Quit         ///< quit RelayDesk, which stops the relay
    };

    /// The stored choice; without one, keep running with a tray (the earlier "ui/closeToTray" is honoured
    /// there) and ask without one.
    static Choice load(bool trayAvailable);
    static void save(Choice choice);
    /// The choice in words, true to what it does on this desktop (with or without a tray).
    static QString describe(Choice choice, bool trayAvailable);
};

} // namespace RelayDesk

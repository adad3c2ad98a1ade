#pragma once

#include "ui/closeaction.h"

#include <QObject>

#include <functional>

class QMessageBox;

namespace RelayDesk {

class MainWindow;
class StatusTray;

/// How the desktop manager ends: Quit (tray menu, File menu, Ctrl+Q) always stops the relay and the process;
/// closing the window does what the person chose (CloseAction), and without a tray it asks first.
class WindowLifetime final : public QObject
{
    Q_OBJECT
public:
    /// quitApplication ends the event loop (QCoreApplication::quit; the engine stops on aboutToQuit).
    WindowLifetime(MainWindow* window, std::function<void()> quitApplication, QObject* parent = nullptr);

    void connectTray(StatusTray* tray);
    /// Quit: the window closes whatever the close choice, then the application ends.
    void quit();
    bool isQuitting() const { return m_quitting; }
    /// Shows the window again (from the tray, or un-minimized).
    void showWindow();

Q_SIGNALS:
    /// The window went to the background and the relay keeps running.
    void keptRunning();

private:
    bool mayClose();
    CloseAction::Choice ask(bool trayAvailable);
    void keepRunning(bool trayAvailable);

    MainWindow* m_window;
    std::function<void()> m_quitApplication;
    bool m_quitting = false;
};

} // namespace RelayDesk

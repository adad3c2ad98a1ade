#pragma once

#include "ui/closeaction.h"

#include <QObject>

#include <functional>

class QMessageBox;

class QAction;

namespace RelayDesk {

class MainWindow;
class EngineHost;
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
    /// How many messages wait in the queue of the relay that quitting stops (0 when the window is attached to
    /// a relay service, which keeps running). Quit asks first while any wait.
    void setWaitingMail(std::function<qint64()> waitingMessages);
    /// The window shows a relay that runs in another process (the relay service): Quit ends only the window,
    /// and says so (it read "stops the relay" while the service went on).
    void setRelayElsewhere(bool elsewhere);
    /// setRelayElsewhere() for this window's and tray's Quit, now and whenever host changes its engine.
    void followEngineHost(EngineHost* host, StatusTray* tray);
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
    /// True when no mail waits, or the person chose to stop the relay anyway (Cancel is the default).
    bool confirmStopWithWaitingMail();
    void keepRunning(bool trayAvailable);

    MainWindow* m_window;
    QAction* m_quitAction = nullptr;
    std::function<void()> m_quitApplication;
    std::function<qint64()> m_waitingMail;
    bool m_quitting = false;
};

} // namespace RelayDesk

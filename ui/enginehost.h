#pragma once

#include "core/store/enginelockholder.h"
#include "core/util/expected.h"
#include "ui/guiapp.h"

#include <QObject>
#include <QTimer>

#include <memory>
#include <optional>

class QLabel;
class QPushButton;
class QWidget;

namespace RelayDesk {

class EngineControl;
class EngineLink;
class MainWindow;
class RemoteEngine;
class StatusTray;

/// Which engine the window shows (docs/control-channel.md): the one another process (the relay service, or
/// another window) runs on the data directory, attached over its control channel, or else one of its own.
/// The menu bar's corner says which ("Relay service (pid N, since …)" or "Relay in this window"); when an
/// attached engine goes away the window says so, attaches again as soon as one runs there, and offers to
/// start the relay in this window meanwhile.
class EngineHost final : public QObject
{
    Q_OBJECT
public:
    EngineHost(QString dataDir, EngineFactory makeOwnEngine, MainWindow* window, StatusTray* tray,
               QObject* parent = nullptr);
    ~EngineHost() override;
    Q_DISABLE_COPY_MOVE(EngineHost)

    /// Attaches to the engine running on the data directory if there is one; otherwise starts one here.
    /// Fails when one runs but its control channel cannot be reached (refusedBy() then names it), or when
    /// the engine of this window cannot start (it stays, stopped, and the window shows why).
    Status begin();
    /// Stops the engine of this window, or detaches from the other process's (which goes on running).
    void shutdown();
    /// Whether this window's relay waits for a store that does not answer yet (it starts by itself).
    bool waitsForStore() const { return !m_storeAway.isEmpty(); }
    /// The engine the window shows now (never null after begin()).
    EngineControl* engine() const { return m_engine.get(); }
    /// Whether the window shows the engine of another process.
    bool isAttached() const;
    /// After begin() failed because another engine runs but could not be reached: who runs it.
    const std::optional<EngineLockHolder>& refusedBy() const { return m_refusedBy; }
    /// The words in the menu bar's corner about the engine ("Relay in this window", ...).
    QString originText() const;

    /// Starts the relay in this window (the attached engine went away), or attaches if one runs again.
    Status startHere();
    /// What to ask before "Start relay here" runs the relay in this window on a data directory of another
    /// account (the packaged service's, relaydesk's): empty when it is this account's own. An outside
    /// tester's click ran the service's relay as the desktop user, and the service could not start again.
    static QString startHereQuestion(const QString& dataDir);

Q_SIGNALS:
    /// The engine the window shows was replaced, attached or detached.
    void engineChanged();

private:
    /// Attaches to the engine of holder; false (with the reason) when its channel cannot be reached.
    Status attach(const EngineLockHolder& holder);
    /// attach(), retried for a few seconds while the engine holds the lock (it may still be starting);
    /// remembers the holder in refusedBy() when it fails.
    Status attachOrRefuse(const EngineLockHolder& holder);
    /// Waits, with a word on the screen, while the engine that holds the directory is stopping (it waits up
    /// to 20 s for deliveries under way); the holder afterwards, if any.
    std::optional<EngineLockHolder> waitWhileStopping(const EngineLockHolder& holder);
    Status startOwn();
    void use(std::unique_ptr<EngineControl> engine);
    void onDetached(const QString& reason);
    void retryAttach();
    void retryStart(); ///< while the store does not answer: starts this window's relay once it does
    void updateStatusBar();
    /// Sets the menu bar's corner words, cut to the room the menus leave at the window's width (File, View
    /// and Help were pushed out of a 1024 px window by a long reason: an outside tester); the whole text,
    /// and tip, in its tooltip.
    void setOrigin(const QString& text, const QString& tip);
    /// "The relay did not start" in the corner, and why in a message box (and the corner's tooltip).
    void showNotStarted(const QString& reason);
    /// The relay service's directory, the service stopped: the window shows the store and attaches when it
    /// runs.
    void waitForService();
    void stopForRestore();
    void afterRestore(bool restored);

    QString m_dataDir;
    EngineFactory m_makeOwnEngine;
    MainWindow* m_window;
    StatusTray* m_tray;
    std::unique_ptr<EngineLink> m_link; ///< before m_engine in destruction order: it points at the engine
    std::unique_ptr<EngineControl> m_engine;
    std::optional<EngineLockHolder> m_refusedBy;
    QString m_detachReason; ///< why the attached engine went away; empty while attached or own
    QWidget* m_corner;      ///< the menu bar's corner: m_origin and m_startHere
    QLabel* m_origin;
    QPushButton* m_startHere;
    QTimer m_reattach;   ///< while the attached engine is gone: looks for one running again
    QTimer m_storeWait;  ///< while this window's relay waits for its store to answer
    QString m_storeAway; ///< why it waits (the store's error); empty otherwise
    bool m_attaching = false;
    /// This window's relay was stopped while a restore replaced its data directory: it stays stopped after
    /// a restore that went through (Start relay here), so that the restored queue can be looked at first.
    bool m_stoppedForRestore = false;
    bool m_serviceStopped = false; ///< opened on the service's directory while the service was stopped
};

} // namespace RelayDesk

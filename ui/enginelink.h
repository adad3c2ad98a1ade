#pragma once

#include "core/engine/enginecontrol.h"
#include "ui/queueaction.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

namespace RelayDesk {

class MainWindow;
class QueryRunner;
class StatusTray;
class StoreFollower;

/// Wires the running engine to the window and the tray: sessions and listener changes to the pages,
/// alerts and engine state to the tray colour, and queue actions from the Queue page back to the engine.
/// The only ui class that calls the engine (through EngineControl, values and signals only), so that pages
/// and dialogs build and test without it.
class EngineLink final : public QObject
{
    Q_OBJECT
public:
    EngineLink(EngineControl* engine, MainWindow* window, StatusTray* tray, QObject* parent = nullptr);

private:
    /// What the store holds differently, to every page that shows it: from the running engine, or from the
    /// window's own look at the store while none runs (StoreFollower).
    void noteStoreChanges(const RelayDesk::StoreChanges& changes);
    void updateListeners();
    /// The Settings page's restart banner from what the running engine reports.
    void updatePendingRestart();
    void updateTray();
    /// The Settings page's Restart relay: stop, start, and tell the page how it went.
    void restartEngine();
    /// Runs the action on the engine (off the GUI thread), then refreshes the queue and reports errors.
    /// While no relay runs (a stopped service, a stopped relay of the window's own), the window writes the
    /// change to the store itself, as the command line does, and the next relay to run acts on it.
    void performQueueAction(QueueAction action, const QStringList& queueIds);
    /// changed: the messages sent to the engine; unchanged: selected ones the action leaves as they are;
    /// result: what the engine could not change (failed, or gone from the queue meanwhile); relayRuns:
    /// whether a relay took the action (a retry happens now) or the store alone (when one runs).
    void showQueueActionResult(QueueAction action, int changed, int unchanged,
                               const EngineControl::QueueActionResult& result, bool relayRuns = true);

    EngineControl* m_engine;
    MainWindow* m_window;
    StatusTray* m_tray;
    StoreFollower* m_follower = nullptr;
    QueryRunner* m_storeActions = nullptr; ///< queue actions while no relay runs

    QStringList m_alerts;
    bool m_wasRunning = false;
};

} // namespace RelayDesk

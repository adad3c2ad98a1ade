#include "ui/enginelink.h"
#include "core/util/adminchangenotice.h"

#include "core/admin/queueadmin.h"
#include "core/engine/enginecontrol.h"
#include "ui/dashboardpage.h"
#include "ui/deliverylogpage.h"
#include "ui/listenererrortext.h"
#include "ui/livefeed.h"
#include "ui/lockoutspanel.h"
#include "ui/mainwindow.h"
#include "ui/queryrunner.h"
#include "ui/queuepage.h"
#include "ui/refusedloginspanel.h"
#include "ui/sessionspage.h"
#include "ui/settingcatalog.h"
#include "ui/settingspage.h"
#include "ui/setupwizardlauncher.h"
#include "ui/statustray.h"
#include "ui/storefollower.h"

#include <QMessageBox>
#include <QPointer>

namespace RelayDesk {

EngineLink::EngineLink(EngineControl* engine, MainWindow* window, StatusTray* tray, QObject* parent)
    : QObject(parent), m_engine(engine), m_window(window), m_tray(tray)
{
    // The window's own admin changes (a credential revoked in its dialog) are in force at once in a relay
    // service it is attached to, as the command line's are: the service polls the store only every 250 ms.
    // An engine in this process reads them by itself (AdminChangeWatch).
    connect(AdminChangeNotice::instance(), &AdminChangeNotice::posted, this, [this]() {
        if (m_engine->isRemote() && m_engine->isRunning())
            m_engine->reload();
    });
    connect(engine, &EngineControl::sessionsChanged, window->sessionsPage(), &SessionsPage::setSessions);
    connect(engine, &EngineControl::deliveriesChanged, window->queuePage(), &QueuePage::setDeliveries);
    connect(engine, &EngineControl::deliveriesChanged, window->deliveryLogPage(),
            &DeliveryLogPage::setDeliveries);
    connect(window->sessionsPage(), &SessionsPage::refreshRequested, this,
            [this]() { m_window->sessionsPage()->setSessions(m_engine->sessions()); });
    // Pushed, not polled: each page reloads what the engine says changed (within its live interval). While
    // no engine runs, the window looks at the store itself (updateListeners starts and stops it).
    connect(engine, &EngineControl::storeChanged, this, &EngineLink::noteStoreChanges);
    m_follower = new StoreFollower(window->dataDir(), this);
    connect(m_follower, &StoreFollower::storeChanged, this, &EngineLink::noteStoreChanges);
    connect(engine, &EngineControl::listenersChanged, this, &EngineLink::updateListeners);
    connect(engine, &EngineControl::answeringChanged, this, [this]() {
        m_window->dashboardPage()->setRelaySilentSince(m_engine->silentSinceMs(), m_engine->runner().pid);
        updateTray();
    });
    connect(engine, &EngineControl::pendingRestartChanged, this, &EngineLink::updatePendingRestart);
    connect(window->liveFeed(), &LiveFeed::restartRequested, this, &EngineLink::restartEngine);
    connect(window->sessionsPage(), &SessionsPage::disconnectRequested, engine,
            &EngineControl::disconnectSession);
    connect(window->dashboardPage(), &DashboardPage::alertsChanged, this, [this](const QStringList& alerts) {
        const QStringList fresh = [&]() {
            QStringList added;
            for (const QString& alert : alerts) {
                if (!m_alerts.contains(alert))
                    added << alert;
            }
            return added;
        }();
        m_alerts = alerts;
        if (!fresh.isEmpty())
            m_tray->notify(tr("RelayDesk"), fresh.join(QLatin1Char('\n')));
        updateTray();
    });
    // A window opened during an outage (or attached to a service that lost its store first) says since when
    // the relay has been without it, not since its own first failed read.
    connect(window->dashboardPage(), &DashboardPage::storeReadableChanged, this, [this](bool readable) {
        if (readable)
            return;
        m_engine->askStoreUnreachableSince(
            [page = QPointer<DashboardPage>(m_window->dashboardPage())](qint64 sinceMs) {
                if (page)
                    page->noteStoreUnreachableSince(sinceMs);
            });
    });
    connect(window->queuePage(), &QueuePage::actionRequested, this, &EngineLink::performQueueAction);
    // A resent copy is delivered at once (the change watch would also notice it within its poll).
    connect(window->queuePage(), &QueuePage::messageResent, engine, &EngineControl::wakeDelivery);
    connect(window->deliveryLogPage(), &DeliveryLogPage::messageResent, engine, &EngineControl::wakeDelivery);
    connect(window->settingsPage(), &SettingsPage::restartRequested, this, &EngineLink::restartEngine);
    updateListeners();
    updatePendingRestart();
    // An engine attached to before this link existed reported its sessions then: the page shows them now,
    // not only once one of them sends a command (an outside tester's idle sessions were never listed).
    window->sessionsPage()->setSessions(engine->sessions());
    window->queuePage()->setDeliveries(engine->deliveries());
    window->deliveryLogPage()->setDeliveries(engine->deliveries());
}

void EngineLink::noteStoreChanges(const StoreChanges& changes)
{
    m_window->queuePage()->noteStoreChanges(changes);
    m_window->deliveryLogPage()->noteStoreChanges(changes);
    m_window->dashboardPage()->noteStoreChanges(changes);
    m_window->sessionsPage()->lockoutsPanel()->noteStoreChanges(changes);
    m_window->sessionsPage()->refusedLoginsPanel()->noteStoreChanges(changes);
    Q_EMIT m_window->liveFeed()->storeChanged(changes);
}

void EngineLink::updateListeners()
{
    m_follower->setActive(!m_engine->isRunning());
    m_window->queuePage()->setRelayRunning(m_engine->isRunning());
    m_window->dashboardPage()->setListeners(m_engine->listeners());
    m_window->dashboardPage()->setCertificate(m_engine->certificateExpiry(),
                                              m_engine->certificateFingerprint());
    m_window->settingsPage()->setCertificate(m_engine->certificateExpiry(),
                                             m_engine->certificateFingerprint());
    if (SetupWizardLauncher* wizard = m_window->setupWizard();
        wizard && m_engine->certificateExpiry().isValid())
        wizard->followCertificateInUse(m_engine->certificateFingerprint());
    if (SetupWizardLauncher* wizard = m_window->setupWizard()) {
        QStringList listening;
        for (const ListenerStatus& listener :
             m_engine->isRunning() ? m_engine->listeners() : QList<ListenerStatus>())
            if (listener.listening)
                listening << listener.name;
        wizard->followListening(listening);
    }
    m_window->settingsPage()->setListeners(m_engine->isRunning() ? m_engine->listeners()
                                                                 : QList<ListenerStatus>());
    updateTray();
}

void EngineLink::updatePendingRestart()
{
    // A stopped engine (or one whose process went away) waits for nothing: its next start reads every value.
    QStringList labels;
    for (const PendingRestart& setting : m_engine->pendingRestart())
        labels << SettingCatalog::label(setting.key);
    m_window->settingsPage()->setPendingRestart(labels);
}

void EngineLink::restartEngine()
{
    if (m_engine->isRemote()) {
        // The engine of another process (the relay service) is restarted by whoever runs it, never from
        // here (docs/control-channel.md).
        const EngineLockHolder runner = m_engine->runner();
        m_window->settingsPage()->restartRefused(
            runner.face == EngineFace::Service
                ? tr("this window shows the relay service (pid %1) and cannot restart it; restart the "
                     "service (for example \"systemctl restart relaydesk\") to apply the change")
                      .arg(runner.pid)
                : tr("this window shows the relay of another RelayDesk window (pid %1) and cannot "
                     "restart it; restart it from that window")
                      .arg(runner.pid));
        return;
    }
    // For what the engine reads only when it starts: the worker threads (docs/operations.md).
    m_engine->stop();
    const Status started = m_engine->start();
    m_window->settingsPage()->restartFinished(started.ok(), started ? QString() : started.error());
    updateListeners();
}

void EngineLink::updateTray()
{
    const bool running = m_engine->isRunning();
    if (m_wasRunning && !running)
        m_tray->notify(tr("RelayDesk"), tr("The relay has stopped."));
    m_wasRunning = running;
    QString down; // the first listener that is down, with the reason (e.g. a certificate that cannot be used)
    for (const ListenerStatus& listener : m_engine->listeners()) {
        if (listener.enabled && !listener.listening && down.isEmpty())
            down = listener.error.isEmpty() ? tr("RelayDesk: listener %1 is not listening").arg(listener.name)
                                            : tr("RelayDesk: listener %1 is down: %2")
                                                  .arg(listener.name, ListenerErrorText::of(listener.error));
    }
    if (running && m_engine->silentSinceMs() > 0)
        m_tray->setLevel(StatusTray::Level::Red, tr("RelayDesk: the relay does not answer"));
    else if (!running || !down.isEmpty())
        m_tray->setLevel(StatusTray::Level::Red, running ? down : tr("RelayDesk: the relay is stopped"));
    else if (!m_alerts.isEmpty())
        m_tray->setLevel(StatusTray::Level::Yellow, tr("RelayDesk: %1").arg(m_alerts.first()));
    else
        m_tray->setLevel(StatusTray::Level::Green, tr("RelayDesk: relaying"));
}

static EngineControl::QueueAction engineAction(QueueAction action)
{
    switch (action) {
    case QueueAction::RetryNow:
        return EngineControl::QueueAction::Retry;
    case QueueAction::Hold:
        return EngineControl::QueueAction::Hold;
    case QueueAction::Release:
        return EngineControl::QueueAction::Release;
    case QueueAction::Delete:
        return EngineControl::QueueAction::Delete;
    case QueueAction::Bounce:
        return EngineControl::QueueAction::Bounce;
    }
    return EngineControl::QueueAction::Retry;
}

void EngineLink::performQueueAction(QueueAction action, const QStringList& queueIds)
{
    QueuePage* page = m_window->queuePage();
    const QueueActionPlan plan = planQueueAction(action, queueIds, page->selectedHeldIds());
    const int count = static_cast<int>(plan.changing.size());
    if (plan.changing.isEmpty()) {
        showQueueActionResult(action, 0, plan.unchanged, {});
        return;
    }
    page->setActionRunning(true);
    page->showActionResult(tr("Working on %Ln message(s)...", nullptr, count));
    const QPointer<EngineLink> self(this);
    if (!m_engine->isRunning()) {
        // No relay to ask (an outside tester's Retry now on a stopped service failed with the control
        // channel's words behind "Details"): the store takes the change, as `relaydesk queue` does.
        if (!m_storeActions)
            m_storeActions = new QueryRunner(QStringLiteral("queue-actions"), m_window->dataDir(), this);
        const QString dataDir = m_window->dataDir();
        m_storeActions->run<QueueActionOutcome>(
            this,
            [dataDir, kind = engineAction(action), ids = plan.changing]() {
                return QueueAdmin(dataDir).apply(kind, ids);
            },
            [this, action, count, unchanged = plan.unchanged](const QueueActionOutcome& outcome) {
                showQueueActionResult(action, count, unchanged, outcome, false);
            });
        return;
    }
    // The engine runs the action on its own threads and calls back on its (the GUI) thread.
    m_engine->performQueueAction(
        engineAction(action), plan.changing,
        [self, action, count, unchanged = plan.unchanged](const EngineControl::QueueActionResult& result) {
            if (self)
                self->showQueueActionResult(action, count, unchanged, result);
        });
}

void EngineLink::showQueueActionResult(QueueAction action, int changed, int unchanged,
                                       const EngineControl::QueueActionResult& outcome, bool relayRuns)
{
    const QStringList& errors = outcome.errors;
    const int gone = static_cast<int>(outcome.gone.size());
    // Held by another administrator after the page showed them waiting: left alone as the ones shown held.
    const int heldMeanwhile = static_cast<int>(outcome.held.size());
    unchanged += heldMeanwhile;
    QueuePage* page = m_window->queuePage();
    page->setActionRunning(false);
    page->refresh(); // the selection stays; its details say what the action changed
    const int done = changed - static_cast<int>(errors.size()) - gone - heldMeanwhile;
    // Every button reports what it changed and what it left alone the same way (an outside tester read
    // "6 messages held" when 2 of the 6 had been held before).
    // Something to report of the action itself: some changed, or nothing was left alone or gone either.
    const bool changedSome = done > 0 || (unchanged == 0 && gone == 0);
    QStringList result;
    switch (action) {
    case QueueAction::RetryNow:
        // With delivery off, "will be retried now" was read as a promise (an outside tester).
        if (changedSome && !relayRuns)
            result << tr(
                "%Ln message(s) will be tried as soon as the relay runs again: it is not running now.",
                nullptr, done);
        else if (changedSome && page->deliveryEnabled())
            result << tr("%Ln message(s) will be retried now.", nullptr, done);
        else if (changedSome)
            result << tr(
                "%Ln message(s) will be tried as soon as delivery is turned on: it is off (Settings, "
                "Delivery, \"Deliver queued mail\").",
                nullptr, done);
        if (unchanged > 0)
            result << tr("%Ln message(s) on hold not retried: release them first.", nullptr, unchanged);
        break;
    case QueueAction::Hold:
        if (changedSome && !relayRuns)
            result << tr("%Ln message(s) held: not delivered until released.", nullptr, done);
        else if (changedSome)
            result << tr("%Ln message(s) held: not delivered from now on until released; a delivery "
                         "already under way may still "
                         "complete.",
                         nullptr, done);
        if (unchanged > 0)
            result << tr("%Ln message(s) already held; nothing changed for them.", nullptr, unchanged);
        break;
    case QueueAction::Release:
        // Without a relay, released is not sent: said when it will be (a second outside tester).
        if (changedSome && !relayRuns)
            result << tr(
                "%Ln message(s) released: delivered once the relay runs again; it is not running now.",
                nullptr, done);
        else if (changedSome)
            result << tr("%Ln message(s) released.", nullptr, done);
        // Released after its time ran out, a message is tried once more and then bounces (an outside tester
        // read only "released").
        if (!outcome.pastGiveUp.isEmpty())
            result << tr(
                "%Ln message(s) had waited longer than the give-up time (Settings, Delivery: Give up "
                "after): one more attempt each; a recipient it does not deliver bounces and its "
                "sender is told.",
                nullptr, static_cast<int>(outcome.pastGiveUp.size()));
        if (unchanged > 0)
            result << tr("%Ln message(s) not held; nothing changed for them.", nullptr, unchanged);
        break;
    case QueueAction::Delete:
        if (done > 0 || gone == 0)
            result << tr("%Ln message(s) deleted.", nullptr, done);
        break;
    case QueueAction::Bounce:
        if (done > 0 || gone == 0)
            result << tr("%Ln message(s) bounced.", nullptr, done);
        break;
    }
    if ((action == QueueAction::Delete || action == QueueAction::Bounce) && page->underWayInAction() > 0)
        result << tr(
            "%n of them was being delivered: that delivery may still complete, and the Delivery Logs "
            "will show it.",
            nullptr, page->underWayInAction());
    // Deleted by a colleague, or delivered, while the question was open: said, not a warning box (an
    // outside tester got "1 message could not be changed" for a delete that had happened).
    if (gone > 0)
        result << tr("%Ln message(s) had already left the queue (delivered, bounced or deleted meanwhile).",
                     nullptr, gone);
    page->showActionResult(result.join(QLatin1Char(' ')));
    if (errors.isEmpty())
        return;
    // Not exec(): the box is window-modal and the event loop (and the engine's updates) keep running.
    // A few reasons in the text itself: "1 message could not be changed." hid why (a message waiting for a
    // node that stopped: an outside tester), and what to do, behind Show Details.
    constexpr int reasonsShown = 3;
    QString text = tr("%Ln message(s) could not be changed.", nullptr, static_cast<int>(errors.size()));
    if (errors.size() <= reasonsShown)
        text += QStringLiteral("\n\n") + errors.join(QLatin1Char('\n'));
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Queue action failed"), text, QMessageBox::Ok, page);
    box->setObjectName(QStringLiteral("queueActionErrors"));
    box->setDetailedText(errors.join(QLatin1Char('\n')));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace RelayDesk

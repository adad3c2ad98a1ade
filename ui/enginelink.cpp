#include "ui/enginelink.h"

#include "core/engine/relayengine.h"
#include "ui/dashboardpage.h"
#include "ui/mainwindow.h"
#include "ui/queuepage.h"
#include "ui/sessionspage.h"
#include "ui/settingspage.h"
#include "ui/statustray.h"

#include <QTimer>

namespace RelayDesk {

EngineLink::EngineLink(RelayEngine* engine, MainWindow* window, StatusTray* tray, QObject* parent)
    : QObject(parent), m_engine(engine), m_window(window), m_tray(tray)
{
    connect(engine, &RelayEngine::sessionsChanged, window->sessionsPage(), &SessionsPage::setSessions);
    connect(engine, &RelayEngine::listenersChanged, this, &EngineLink::updateListeners);
    // Accepted mail changes today's counts; refresh the dashboard at most every two seconds.
    auto* throttle = new QTimer(this);
    throttle->setSingleShot(true);
    throttle->setInterval(2000);
    connect(throttle, &QTimer::timeout, window->dashboardPage(), &DashboardPage::refresh);
    connect(engine, &RelayEngine::messagesAccepted, throttle, [throttle]() {
        if (!throttle->isActive())
            throttle->start();
    });
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
    connect(window->queuePage(), &QueuePage::actionRequested, this, &EngineLink::performQueueAction);
    updateListeners();
}

void EngineLink::updateListeners()
{
    m_window->dashboardPage()->setListeners(m_engine->listeners());
    m_window->dashboardPage()->setCertificate(m_engine->certificateExpiry(),
                                              m_engine->certificateFingerprint());
    m_window->settingsPage()->setCertificate(m_engine->certificateExpiry(),
                                             m_engine->certificateFingerprint());
    updateTray();
}

void EngineLink::updateTray()
{
    const bool running = m_engine->isRunning();
    if (m_wasRunning && !running)
        m_tray->notify(tr("RelayDesk"), tr("The relay has stopped."));
    m_wasRunning = running;
    bool listenerDown = false;
    for (const ListenerStatus& listener : m_engine->listeners())
        listenerDown = listenerDown || (listener.enabled && !listener.listening);
    if (!running || listenerDown)
        m_tray->setLevel(StatusTray::Level::Red, running ? tr("RelayDesk: a listener is down")
                                                         : tr("RelayDesk: the relay is stopped"));
    else if (!m_alerts.isEmpty())
        m_tray->setLevel(StatusTray::Level::Yellow, tr("RelayDesk: %1").arg(m_alerts.first()));
    else
        m_tray->setLevel(StatusTray::Level::Green, tr("RelayDesk: relaying"));
}

void EngineLink::performQueueAction(QueueAction action, const QList<qint64>& messageIds)
{
    // The queue actions of core/delivery are not merged yet; until they are, say so instead of pretending.
    Q_UNUSED(action)
    m_window->queuePage()->showActionResult(
        tr("Queue actions are not available in this build yet (%n message(s) selected).", nullptr,
           static_cast<int>(messageIds.size())));
    m_engine->wakeDelivery();
}

} // namespace RelayDesk

#include "core/control/remoteengine.h"
#include "core/control/controlclient.h"
#include "core/engine/controlcodec.h"

#include <QDateTime>
#include <QJsonArray>
#include <QPointer>

#include <utility>

namespace RelayDesk {

namespace {

int pingIntervalMs = 5000;
int silentAfterMs = 15000;

} // namespace

RemoteEngine::RemoteEngine(QString dataDir, QObject* parent)
    : EngineControl(parent), m_dataDir(std::move(dataDir))
{
    qRegisterMetaType<RelayDesk::SessionInfo>();
    qRegisterMetaType<QList<RelayDesk::SessionInfo>>();
    qRegisterMetaType<RelayDesk::StoreChanges>();
    qRegisterMetaType<QList<RelayDesk::DeliveryInFlight>>();
}

RemoteEngine::~RemoteEngine()
{
    if (m_client)
        m_client->disconnect(this);
}

Status RemoteEngine::start()
{
    if (m_attached)
        return {};
    delete m_client;
    m_client = new ControlClient(this);
    if (Status connected = m_client->connectTo(m_dataDir, 2000); !connected)
        return connected;
    // Subscribed first: every event after the state read below is a change to it.
    // A running engine answers at once; one that does not within a few seconds is of no use to a window.
    constexpr int timeoutMs = 5000;
    const ControlClient::Reply subscribed = m_client->call(QStringLiteral("subscribe"), {}, timeoutMs);
    const ControlClient::Reply status =
        subscribed ? m_client->call(QStringLiteral("status"), {}, timeoutMs) : subscribed;
    const ControlClient::Reply sessions =
        status ? m_client->call(QStringLiteral("sessions"), {}, timeoutMs) : status;
    if (!sessions) {
        m_client->close();
        return Status::failure(sessions.error());
    }
    m_runner = ControlCodec::holderFrom(status.value());
    m_accepted = quint64(status->value(controlKey("accepted")).toDouble());
    applyListeners(status.value());
    m_sessions = ControlCodec::sessionsFrom(sessions->value(controlKey("sessions")).toArray());
    // An engine of an older version has no "deliveries": none are shown under way.
    const ControlClient::Reply deliveries = m_client->call(QStringLiteral("deliveries"), {}, timeoutMs);
    m_deliveries = deliveries
                       ? ControlCodec::deliveriesFrom(deliveries->value(controlKey("deliveries")).toArray())
                       : QList<DeliveryInFlight>();
    m_attached = true;
    m_pingSentMs = 0;
    m_silentSinceMs = 0;
    connect(m_client, &ControlClient::eventReceived, this, &RemoteEngine::onEvent);
    connect(m_client, &ControlClient::closed, this, &RemoteEngine::onClosed);
    if (!m_ping) {
        m_ping = new QTimer(this);
        m_ping->setInterval(pingIntervalMs);
        connect(m_ping, &QTimer::timeout, this, &RemoteEngine::ping);
    }
    m_ping->start();
    Q_EMIT listenersChanged();
    Q_EMIT sessionsChanged(m_sessions);
    Q_EMIT deliveriesChanged(m_deliveries);
    return {};
}

void RemoteEngine::setPingTiming(int intervalMs, int silentAfter)
{
    pingIntervalMs = intervalMs;
    silentAfterMs = silentAfter;
}

void RemoteEngine::ping()
{
    if (!m_attached || !m_client)
        return;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (m_pingSentMs != 0) {
        if (m_silentSinceMs == 0 && now - m_pingSentMs >= silentAfterMs) {
            m_silentSinceMs = m_pingSentMs;
            Q_EMIT answeringChanged();
        }
        return; // one question at a time
    }
    m_pingSentMs = now;
    QPointer<RemoteEngine> self(this);
    m_client->send(QStringLiteral("status"), {}, [self](const ControlClient::Reply& reply) {
        if (!self || !reply)
            return; // closed: onClosed says so
        self->m_pingSentMs = 0;
        if (self->m_silentSinceMs != 0) {
            self->m_silentSinceMs = 0;
            Q_EMIT self->answeringChanged();
        }
    });
}

void RemoteEngine::stop()
{
    if (!m_attached)
        return;
    if (m_ping)
        m_ping->stop();
    if (m_silentSinceMs != 0) {
        m_silentSinceMs = 0;
        Q_EMIT answeringChanged();
    }
    m_attached = false;
    m_client->disconnect(this);
    m_client->close();
    Q_EMIT listenersChanged();
}

bool RemoteEngine::isAttached() const
{
    return m_attached;
}

bool RemoteEngine::isRunning() const
{
    return m_attached && m_engineRunning;
}

EngineLockHolder RemoteEngine::runner() const
{
    return m_runner;
}

QList<ListenerStatus> RemoteEngine::listeners() const
{
    if (m_attached)
        return m_listeners;
    QList<ListenerStatus> down = m_listeners; // as last known, none listening (from here, none is known)
    for (ListenerStatus& listener : down)
        listener.listening = false;
    return down;
}

QList<SessionInfo> RemoteEngine::sessions() const
{
    return m_attached ? m_sessions : QList<SessionInfo>();
}

QList<DeliveryInFlight> RemoteEngine::deliveries() const
{
    return m_attached ? m_deliveries : QList<DeliveryInFlight>();
}

QDateTime RemoteEngine::certificateExpiry() const
{
    return m_certificateExpiry;
}

QString RemoteEngine::certificateFingerprint() const
{
    return m_certificateFingerprint;
}

QList<PendingRestart> RemoteEngine::pendingRestart() const
{
    return m_pendingRestart;
}

quint64 RemoteEngine::acceptedCount() const
{
    return m_accepted;
}

void RemoteEngine::wakeDelivery()
{
    if (m_attached)
        m_client->send(QStringLiteral("wake_delivery"));
}

void RemoteEngine::reload()
{
    if (m_attached)
        m_client->send(QStringLiteral("reload"));
}

void RemoteEngine::performQueueAction(QueueAction action, const QStringList& queueIds,
                                      std::function<void(const QueueActionResult& result)> done)
{
    if (!m_attached) {
        done({{tr("The relay engine is not running.")}, {}, {}, {}});
        return;
    }
    const QJsonObject arguments{{controlKey("action"), ControlCodec::queueActionName(action)},
                                {controlKey("ids"), QJsonArray::fromStringList(queueIds)}};
    m_client->send(QStringLiteral("queue_action"), arguments,
                   [done = std::move(done)](const ControlClient::Reply& reply) {
                       if (!reply) {
                           done({{reply.error()}, {}, {}, {}});
                           return;
                       }
                       QueueActionResult result;
                       for (const QJsonValue& error : reply->value(controlKey("errors")).toArray())
                           result.errors << error.toString();
                       // An engine of an older version sends no "gone": its errors say it all.
                       for (const QJsonValue& gone : reply->value(controlKey("gone")).toArray())
                           result.gone << gone.toString();
                       for (const QJsonValue& held : reply->value(controlKey("held")).toArray())
                           result.held << held.toString();
                       for (const QJsonValue& past : reply->value(controlKey("past_give_up")).toArray())
                           result.pastGiveUp << past.toString();
                       done(result);
                   });
}

void RemoteEngine::askStoreUnreachableSince(std::function<void(qint64 sinceMs)> done)
{
    if (!m_attached) {
        done(0);
        return;
    }
    // The engine's status says since when it has been without its store (docs/control-channel.md).
    m_client->send(QStringLiteral("status"), {}, [done = std::move(done)](const ControlClient::Reply& reply) {
        if (!reply) {
            done(0);
            return;
        }
        const StoreHealth::State store =
            ControlCodec::storeHealthFrom(reply->value(controlKey("store")).toObject());
        done(store.reachable ? 0 : store.unreachableSinceMs);
    });
}

void RemoteEngine::disconnectSession(quint64 sessionId)
{
    if (m_attached)
        m_client->send(QStringLiteral("disconnect_session"), {{controlKey("session"), double(sessionId)}});
}

void RemoteEngine::applyListeners(const QJsonObject& object)
{
    m_engineRunning = object.value(controlKey("running")).toBool();
    m_listeners = ControlCodec::listenersFrom(object.value(controlKey("listeners")).toArray());
    const QJsonObject certificate = object.value(controlKey("certificate")).toObject();
    m_certificateExpiry = ControlCodec::timeFrom(certificate.value(controlKey("expires")));
    m_certificateFingerprint = certificate.value(controlKey("sha256")).toString();
    m_pendingRestart =
        ControlCodec::pendingRestartFrom(object.value(controlKey("pending_restart")).toArray());
}

void RemoteEngine::onEvent(const QJsonObject& event)
{
    const QString name = event.value(controlKey("event")).toString();
    if (name == QLatin1String("sessions")) {
        m_sessions = ControlCodec::sessionsFrom(event.value(controlKey("sessions")).toArray());
        Q_EMIT sessionsChanged(m_sessions);
    } else if (name == QLatin1String("deliveries")) {
        m_deliveries = ControlCodec::deliveriesFrom(event.value(controlKey("deliveries")).toArray());
        Q_EMIT deliveriesChanged(m_deliveries);
    } else if (name == QLatin1String("listeners")) {
        const QList<PendingRestart> pendingBefore = m_pendingRestart;
        applyListeners(event);
        Q_EMIT listenersChanged();
        if (m_pendingRestart != pendingBefore)
            Q_EMIT pendingRestartChanged();
    } else if (name == QLatin1String("accepted")) {
        m_accepted = quint64(event.value(controlKey("total")).toDouble());
        Q_EMIT messagesAccepted(event.value(controlKey("count")).toInt());
    } else if (name == QLatin1String("store")) {
        Q_EMIT storeChanged(ControlCodec::storeChangesFrom(event.value(controlKey("changes")).toObject()));
    }
    // Others (a "closing" notice, events of a later protocol) need nothing here.
}

void RemoteEngine::onClosed(const QString& reason)
{
    if (!m_attached)
        return;
    m_attached = false;
    if (m_ping)
        m_ping->stop();
    m_pingSentMs = 0;
    if (std::exchange(m_silentSinceMs, 0) != 0)
        Q_EMIT answeringChanged();
    m_sessions.clear();
    const bool hadDeliveries = !std::exchange(m_deliveries, {}).isEmpty();
    const bool hadPending = !std::exchange(m_pendingRestart, {}).isEmpty();
    Q_EMIT sessionsChanged(m_sessions);
    if (hadDeliveries)
        Q_EMIT deliveriesChanged(m_deliveries);
    Q_EMIT listenersChanged();
    if (hadPending)
        Q_EMIT pendingRestartChanged();
    Q_EMIT detached(reason);
}

} // namespace RelayDesk

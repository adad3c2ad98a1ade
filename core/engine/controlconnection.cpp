#include "core/engine/controlconnection.h"
#include "core/engine/controlcodec.h"
#include "core/engine/enginecontrol.h"
#include "core/store/storehealth.h"
#include "core/util/logcategories.h"
#include "core/util/logline.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocalSocket>
#include <QPointer>

namespace RelayDesk {

namespace {

constexpr qsizetype maxQueueIds = 100000;

struct EventName
{
    ControlConnection::Event event;
    const char* name;
};

const EventName eventNames[] = {{ControlConnection::SessionsEvent, "sessions"},
                                {ControlConnection::ListenersEvent, "listeners"},
                                {ControlConnection::AcceptedEvent, "accepted"},
                                {ControlConnection::StoreEvent, "store"},
                                {ControlConnection::DeliveriesEvent, "deliveries"}};

} // namespace

ControlConnection::ControlConnection(QLocalSocket* socket, EngineControl& engine,
                                     const EngineLockHolder& self, const ControlPeer& peer, QObject* parent)
    : QObject(parent), m_socket(socket), m_engine(engine), m_self(self), m_peer(peer)
{
    m_socket->setParent(this);
    // Qt reads no more than this ahead of the framer; the framer refuses longer lines.
    m_socket->setReadBufferSize(maxRequestLine + 1);
    connect(m_socket, &QLocalSocket::readyRead, this, &ControlConnection::readRequests);
    connect(m_socket, &QLocalSocket::disconnected, this, &ControlConnection::finish);
}

ControlConnection::~ControlConnection() = default;

void ControlConnection::readRequests()
{
    while (!m_closing && m_socket->bytesAvailable() > 0) {
        if (!m_framer.append(m_socket->read(maxRequestLine + 1))) {
            fail(QJsonValue(QJsonValue::Null),
                 QStringLiteral("request line longer than %1 bytes").arg(maxRequestLine));
            closeAfterWriting(QStringLiteral("a request line longer than %1 bytes").arg(maxRequestLine));
            return;
        }
        while (!m_closing) {
            const std::optional<QByteArray> line = m_framer.takeLine();
            if (!line)
                break;
            if (!line->trimmed().isEmpty())
                handle(*line);
        }
    }
}

void ControlConnection::handle(const QByteArray& line)
{
    const Expected<QJsonObject> parsed = ControlCodec::parse(line);
    if (!parsed) {
        fail(QJsonValue(QJsonValue::Null), QStringLiteral("bad request: %1").arg(parsed.error()));
        return;
    }
    const QJsonObject& request = parsed.value();
    const QJsonValue id = request.value(controlKey("id"));
    const QJsonValue opValue = request.value(controlKey("op"));
    if (!opValue.isString()) {
        fail(id, QStringLiteral("bad request: \"op\" is missing or not a string"));
        return;
    }
    const QString op = opValue.toString();
    if (op == QLatin1String("status")) {
        reply(id, statusObject(m_engine, m_self));
    } else if (op == QLatin1String("sessions")) {
        reply(id, {{controlKey("sessions"), ControlCodec::sessions(m_engine.sessions())}});
    } else if (op == QLatin1String("deliveries")) {
        reply(id, {{controlKey("deliveries"), ControlCodec::deliveries(m_engine.deliveries())}});
    } else if (op == QLatin1String("listeners")) {
        reply(id, listenersObject(m_engine));
    } else if (op == QLatin1String("subscribe")) {
        subscribe(id, request);
    } else if (op == QLatin1String("wake_delivery")) {
        m_engine.wakeDelivery();
        reply(id, {});
    } else if (op == QLatin1String("reload")) {
        qCInfo(lcConfig) << LogLine("reload_requested")
                                .add("by", "control")
                                .add("pid", qint64(m_peer.pid))
                                .add("uid", qint64(m_peer.uid));
        // Answered once the change is in force: `config set` returns with it applied.
        m_engine.reloadThen([connection = QPointer<ControlConnection>(this), id]() {
            if (connection)
                connection->reply(id, {});
        });
    } else if (op == QLatin1String("queue_action")) {
        queueAction(id, request);
    } else if (op == QLatin1String("disconnect_session")) {
        const QJsonValue session = request.value(controlKey("session"));
        if (!session.isDouble() || session.toDouble() < 1) {
            fail(id, QStringLiteral("bad request: \"session\" must be a session id"));
            return;
        }
        m_engine.disconnectSession(quint64(session.toDouble()));
        reply(id, {});
    } else {
        fail(id, QStringLiteral("unknown op '%1'").arg(op.left(64)));
    }
}

void ControlConnection::subscribe(const QJsonValue& id, const QJsonObject& request)
{
    int events = 0;
    const QJsonValue wanted = request.value(controlKey("events"));
    if (wanted.isUndefined()) {
        for (const EventName& entry : eventNames)
            events |= entry.event;
    } else if (!wanted.isArray()) {
        fail(id, QStringLiteral("bad request: \"events\" must be an array"));
        return;
    } else {
        for (const QJsonValue& name : wanted.toArray()) {
            const auto* found = std::find_if(std::begin(eventNames), std::end(eventNames),
                                             [&](const EventName& e) { return name == controlKey(e.name); });
            if (found == std::end(eventNames)) {
                fail(id, QStringLiteral("unknown event '%1'").arg(name.toString().left(64)));
                return;
            }
            events |= found->event;
        }
    }
    m_events = events;
    QJsonArray names;
    for (const EventName& entry : eventNames) {
        if (events & entry.event)
            names.append(controlKey(entry.name));
    }
    reply(id, {{controlKey("events"), names}});
}

void ControlConnection::queueAction(const QJsonValue& id, const QJsonObject& request)
{
    const auto action = ControlCodec::queueActionFrom(request.value(controlKey("action")).toString());
    if (!action) {
        fail(id, QStringLiteral("bad request: \"action\" must be retry, hold, release, delete or bounce"));
        return;
    }
    const QJsonValue idsValue = request.value(controlKey("ids"));
    if (!idsValue.isArray() || idsValue.toArray().size() > maxQueueIds) {
        fail(
            id,
            QStringLiteral("bad request: \"ids\" must be an array of at most %1 queue ids").arg(maxQueueIds));
        return;
    }
    QStringList ids;
    for (const QJsonValue& value : idsValue.toArray()) {
        if (!value.isString()) {
            fail(id, QStringLiteral("bad request: \"ids\" must hold queue ids (strings)"));
            return;
        }
        ids << value.toString();
    }
    const QPointer<ControlConnection> self(this);
    m_engine.performQueueAction(*action, ids, [self, id](const EngineControl::QueueActionResult& result) {
        if (self)
            self->reply(id, {{controlKey("errors"), QJsonArray::fromStringList(result.errors)},
                             {controlKey("gone"), QJsonArray::fromStringList(result.gone)},
                             {controlKey("held"), QJsonArray::fromStringList(result.held)},
                             {controlKey("past_give_up"), QJsonArray::fromStringList(result.pastGiveUp)}});
    });
}

QJsonObject ControlConnection::statusObject(const EngineControl& engine, const EngineLockHolder& self)
{
    QJsonObject status = listenersObject(engine);
    status.insert(controlKey("protocol"), ControlCodec::protocolVersion);
    ControlCodec::putHolder(&status, self);
    // The build it runs: after a package upgrade without systemd the old engine went on running, and nothing
    // said so (an outside tester).
    status.insert(controlKey("version"), QCoreApplication::applicationVersion());
    status.insert(controlKey("accepted"), double(engine.acceptedCount()));
    int open = 0;
    const QList<SessionInfo> sessions = engine.sessions();
    for (const SessionInfo& session : sessions) {
        if (session.endedMs == 0)
            ++open;
    }
    status.insert(controlKey("sessions_open"), open);
    status.insert(controlKey("deliveries_under_way"), int(engine.deliveries().size()));
    // Whether the engine reaches its store: while it does not, every message gets a 4xx reply.
    status.insert(controlKey("store"), ControlCodec::storeHealth(StoreHealth::current()));
    return status;
}

QJsonObject ControlConnection::listenersObject(const EngineControl& engine)
{
    return {{controlKey("running"), engine.isRunning()},
            {controlKey("listeners"), ControlCodec::listeners(engine.listeners())},
            {controlKey("certificate"),
             QJsonObject{{controlKey("expires"), ControlCodec::time(engine.certificateExpiry())},
                         {controlKey("sha256"), engine.certificateFingerprint()}}},
            {controlKey("pending_restart"), ControlCodec::pendingRestart(engine.pendingRestart())}};
}

void ControlConnection::reply(const QJsonValue& id, const QJsonObject& result)
{
    sendLine(ControlCodec::line(
        {{controlKey("id"), id}, {controlKey("ok"), true}, {controlKey("result"), result}}));
}

void ControlConnection::fail(const QJsonValue& id, const QString& error)
{
    sendLine(ControlCodec::line(
        {{controlKey("id"), id}, {controlKey("ok"), false}, {controlKey("error"), error}}));
}

void ControlConnection::sendLine(const QByteArray& line)
{
    if (m_closing)
        return;
    if (m_socket->bytesToWrite() + line.size() > maxPendingOutput) {
        drop(QStringLiteral("it left more than %1 bytes unread").arg(maxPendingOutput));
        return;
    }
    m_socket->write(line);
}

void ControlConnection::closeWith(const QByteArray& line)
{
    sendLine(line);
    m_closing = m_finished = true; // the owner deletes this connection now
    m_socket->flush();
    m_socket->disconnectFromServer();
}

void ControlConnection::drop(const QString& reason)
{
    if (m_closing)
        return;
    m_closing = true;
    qCWarning(lcEngine) << LogLine("control_client_dropped")
                               .add("pid", m_peer.pid)
                               .add("uid", m_peer.uid)
                               .add("reason", reason);
    m_socket->abort();
    finish();
}

void ControlConnection::closeAfterWriting(const QString& reason)
{
    if (m_closing)
        return;
    m_closing = true;
    qCWarning(lcEngine) << LogLine("control_client_closed")
                               .add("pid", m_peer.pid)
                               .add("uid", m_peer.uid)
                               .add("reason", reason);
    m_socket->disconnectFromServer(); // writes what is pending first, then emits disconnected
    if (m_socket->state() == QLocalSocket::UnconnectedState)
        finish();
}

void ControlConnection::finish()
{
    m_closing = true;
    if (m_finished)
        return;
    m_finished = true;
    Q_EMIT finished();
}

} // namespace RelayDesk

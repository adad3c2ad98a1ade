#include "core/engine/controlserver.h"
#include "core/engine/controlcodec.h"
#include "core/engine/controlconnection.h"
#include "core/engine/enginecontrol.h"
#include "core/util/logcategories.h"
#include "core/util/logline.h"

#include <QFile>
#include <QLocalServer>
#include <QLocalSocket>
#include <QTimer>

#include <algorithm>
#include <unistd.h>

namespace RelayDesk {

namespace {
/// How long a refused client may take to read why (ControlServer::refuse).
constexpr int refusedLingerMs = 1000;
} // namespace

ControlServer::ControlServer(EngineControl& engine, QString dataDir, EngineLockHolder self, QObject* parent)
    : QObject(parent), m_engine(engine), m_dataDir(std::move(dataDir)), m_self(std::move(self)),
      m_access(m_dataDir, ::geteuid()), m_server(new QLocalServer(this))
{
    connect(m_server, &QLocalServer::newConnection, this, &ControlServer::acceptClients);
    // Each event is encoded once, for every subscribed client, and not at all while nobody subscribes: the
    // session list holds every session of the last seconds, thousands under load (docs/performance.md).
    connect(&engine, &EngineControl::sessionsChanged, this, [this](const QList<SessionInfo>& sessions) {
        if (!hasSubscriber(ControlConnection::SessionsEvent))
            return;
        broadcast(ControlConnection::SessionsEvent,
                  ControlCodec::line({{controlKey("event"), controlKey("sessions")},
                                      {controlKey("sessions"), ControlCodec::sessions(sessions)}}));
    });
    connect(
        &engine, &EngineControl::deliveriesChanged, this, [this](const QList<DeliveryInFlight>& deliveries) {
            if (!hasSubscriber(ControlConnection::DeliveriesEvent))
                return;
            broadcast(ControlConnection::DeliveriesEvent,
                      ControlCodec::line({{controlKey("event"), controlKey("deliveries")},
                                          {controlKey("deliveries"), ControlCodec::deliveries(deliveries)}}));
        });
    // The engine's state as one event: listeners, certificate and the settings that wait for a restart.
    const auto sendEngineState = [this] {
        QJsonObject event = ControlConnection::listenersObject(m_engine);
        event.insert(controlKey("event"), controlKey("listeners"));
        broadcast(ControlConnection::ListenersEvent, ControlCodec::line(event));
    };
    connect(&engine, &EngineControl::listenersChanged, this, sendEngineState);
    connect(&engine, &EngineControl::pendingRestartChanged, this, sendEngineState);
    connect(&engine, &EngineControl::messagesAccepted, this, [this](int count) {
        broadcast(ControlConnection::AcceptedEvent,
                  ControlCodec::line({{controlKey("event"), controlKey("accepted")},
                                      {controlKey("count"), count},
                                      {controlKey("total"), double(m_engine.acceptedCount())}}));
    });
    connect(&engine, &EngineControl::storeChanged, this, [this](const StoreChanges& changes) {
        broadcast(ControlConnection::StoreEvent,
                  ControlCodec::line({{controlKey("event"), controlKey("store")},
                                      {controlKey("changes"), ControlCodec::storeChanges(changes)}}));
    });
}

ControlServer::~ControlServer()
{
    const QByteArray closing =
        ControlCodec::line({{controlKey("event"), controlKey("closing")},
                            {controlKey("reason"), QStringLiteral("the relay engine is stopping")}});
    const std::vector<ControlConnection*> clients = std::move(m_clients);
    m_clients.clear();
    for (ControlConnection* client : clients) {
        client->disconnect(this);
        client->closeWith(closing);
        delete client;
    }
    m_server->close(); // removes the socket file
}

QString ControlServer::socketPath() const
{
    return ControlAccess::socketPath(m_dataDir);
}

Status ControlServer::listen()
{
    const QString path = socketPath();
    // One left by an engine that crashed (no engine runs here: the caller holds the engine lock).
    QLocalServer::removeServer(path);
    m_server->setMaxPendingConnections(maxClients);
    if (!m_server->listen(path))
        return Status::failure(QStringLiteral("cannot listen on %1: %2").arg(path, m_server->errorString()));
    // Only the engine's user (and, where the directory lets it in, its group) may connect; the peer check
    // in acceptClients() decides in the end.
    if (!QFile::setPermissions(path, m_access.socketPermissions())) {
        m_server->close();
        return Status::failure(QStringLiteral("cannot set the permissions of %1").arg(path));
    }
    return {};
}

void ControlServer::acceptClients()
{
    while (QLocalSocket* socket = m_server->nextPendingConnection()) {
        const std::optional<ControlPeer> peer = ControlAccess::peerOf(int(socket->socketDescriptor()));
        if (!peer) {
            refuse(socket, ControlPeer(), QStringLiteral("the kernel did not name the peer"));
            continue;
        }
        if (const QString refusal = m_access.refusal(*peer); !refusal.isEmpty()) {
            refuse(socket, *peer, refusal);
            continue;
        }
        if (clientCount() >= maxClients) {
            refuse(socket, *peer, QStringLiteral("already %1 clients").arg(maxClients));
            continue;
        }
        auto* client = new ControlConnection(socket, m_engine, m_self, *peer, this);
        m_clients.push_back(client);
        connect(client, &ControlConnection::finished, this, [this, client] { forget(client); });
    }
}

void ControlServer::refuse(QLocalSocket* socket, const ControlPeer& peer, const QString& reason)
{
    qCWarning(lcEngine)
        << LogLine("control_refused").add("pid", peer.pid).add("uid", peer.uid).add("reason", reason);
    socket->write(ControlCodec::line({{controlKey("id"), QJsonValue(QJsonValue::Null)},
                                      {controlKey("ok"), false},
                                      {controlKey("error"), QStringLiteral("refused: %1").arg(reason)}}));
    socket->flush();
    // Not closed at once: a client whose request was still on its way would find the connection closed
    // (EPIPE) and never read why ("the relay engine closed the control channel" in a loaded CI run). The
    // client closes once it has read the refusal; a client that does not is cut off after a second.
    connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
    connect(socket, &QLocalSocket::readyRead, socket, [socket] { socket->readAll(); }); // nothing is answered
    QTimer::singleShot(refusedLingerMs, socket, [socket] {
        socket->abort();
        socket->deleteLater();
    });
}

bool ControlServer::hasSubscriber(int event) const
{
    for (const ControlConnection* client : m_clients) {
        if (client->isSubscribed(ControlConnection::Event(event)))
            return true;
    }
    return false;
}

void ControlServer::broadcast(int event, const QByteArray& line)
{
    // sendLine may drop a slow client, which then leaves m_clients: walk a copy.
    const std::vector<ControlConnection*> clients = m_clients;
    for (ControlConnection* client : clients) {
        if (client->isSubscribed(ControlConnection::Event(event)))
            client->sendLine(line);
    }
}

void ControlServer::forget(ControlConnection* connection)
{
    const auto found = std::find(m_clients.begin(), m_clients.end(), connection);
    if (found == m_clients.end())
        return;
    m_clients.erase(found);
    connection->deleteLater();
}

} // namespace RelayDesk

#pragma once

#include "core/engine/controlaccess.h"
#include "core/store/enginelockholder.h"
#include "core/util/expected.h"

#include <QObject>

#include <vector>

class QLocalServer;
class QLocalSocket;

namespace RelayDesk {

class ControlConnection;
class EngineControl;

/// The local control channel of a running engine (docs/control-channel.md): a Unix socket in the data
/// directory (DATA_DIR/control.sock, mode 0600 or 0660 like the directory) through which the GUI and the
/// command line of the same user (or root, or the directory's group) see the engine's state and live
/// sessions, hear its events and ask for its actions. Every engine serves one while it runs.
class ControlServer final : public QObject
{
    Q_OBJECT
public:
    static constexpr int maxClients = 32;

    /// self: the process that runs the engine (pid, since, face), as the engine lock records it.
    ControlServer(EngineControl& engine, QString dataDir, EngineLockHolder self, QObject* parent = nullptr);
    /// Tells the clients that the engine is stopping, closes them and removes the socket file.
    ~ControlServer() override;
    Q_DISABLE_COPY_MOVE(ControlServer)

    /// Listens on the socket, replacing a stale one: call only while holding the data directory's engine
    /// lock, so that the socket of another running engine is never removed.
    Status listen();
    QString socketPath() const;
    int clientCount() const { return static_cast<int>(m_clients.size()); }

private:
    void acceptClients();
    /// Answers "refused: reason", closes the connection and logs who was refused (control_refused).
    void refuse(QLocalSocket* socket, const ControlPeer& peer, const QString& reason);
    bool hasSubscriber(int event) const;
    void broadcast(int event, const QByteArray& line);
    void forget(ControlConnection* connection);

    EngineControl& m_engine;
    QString m_dataDir;
    EngineLockHolder m_self;
    ControlAccess m_access;
    QLocalServer* m_server;
    std::vector<ControlConnection*> m_clients;
};

} // namespace RelayDesk

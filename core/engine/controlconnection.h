#pragma once

#include "core/engine/controlaccess.h"
#include "core/engine/controlframer.h"
#include "core/store/enginelockholder.h"

#include <QJsonObject>
#include <QObject>

class QLocalSocket;

namespace RelayDesk {

class EngineControl;

/// One client of the control channel (docs/control-channel.md): reads its requests line by line, answers
/// them from the engine, and sends the events it subscribed to. A client that sends a line longer than
/// maxRequestLine, or leaves more than maxPendingOutput unread, is dropped with a logged reason.
class ControlConnection final : public QObject
{
    Q_OBJECT
public:
    enum Event
    {
        SessionsEvent = 1,
        ListenersEvent = 2,
        AcceptedEvent = 4,
        StoreEvent = 8,
        DeliveriesEvent = 16,
    };
    static constexpr qsizetype maxRequestLine = 64 * 1024;
    static constexpr qint64 maxPendingOutput = 8 * 1024 * 1024;

    /// Takes over socket (a connection the server accepted from peer).
    ControlConnection(QLocalSocket* socket, EngineControl& engine, const EngineLockHolder& self,
                      const ControlPeer& peer, QObject* parent = nullptr);
    ~ControlConnection() override;
    Q_DISABLE_COPY_MOVE(ControlConnection)

    bool isSubscribed(Event event) const { return (m_events & event) != 0; }
    /// Sends one line (see ControlCodec::line) unless the connection is closing.
    void sendLine(const QByteArray& line);
    /// Sends a last line and closes, writing what it can at once (the engine is stopping).
    void closeWith(const QByteArray& line);
    /// The engine's status as the "status" request answers it (also used by the server's events).
    static QJsonObject statusObject(const EngineControl& engine, const EngineLockHolder& self);
    static QJsonObject listenersObject(const EngineControl& engine);

Q_SIGNALS:
    /// The connection is over (closed by the client, or dropped); the server deletes it.
    void finished();

private:
    void readRequests();
    void handle(const QByteArray& line);
    void reply(const QJsonValue& id, const QJsonObject& result);
    void fail(const QJsonValue& id, const QString& error);
    void subscribe(const QJsonValue& id, const QJsonObject& request);
    void queueAction(const QJsonValue& id, const QJsonObject& request);
    void drop(const QString& reason);
    /// Ends the connection after what was sent has been written (for an overlong line).
    void closeAfterWriting(const QString& reason);
    void finish(); ///< emits finished() once

    QLocalSocket* m_socket;
    EngineControl& m_engine;
    EngineLockHolder m_self;
    ControlPeer m_peer;
    ControlFramer m_framer{maxRequestLine};
    int m_events = 0;
    bool m_closing = false;
    bool m_finished = false;
};

} // namespace RelayDesk

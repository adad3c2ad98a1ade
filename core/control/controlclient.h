#pragma once

#include "core/engine/controlframer.h"
#include "core/util/expected.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>

#include <functional>

class QLocalSocket;

namespace RelayDesk {

/// The client end of a running engine's control channel (docs/control-channel.md): requests with an id,
/// answered by id, and the engine's events in between. call() waits for its answer (the command line, and
/// the attach of RemoteEngine); send() does not (the window).
class ControlClient final : public QObject
{
    Q_OBJECT
public:
    using Reply = Expected<QJsonObject>;
    /// Events may be large (every live session): a line may be this long before the client gives up.
    static constexpr qsizetype maxLine = 64 * 1024 * 1024;

    explicit ControlClient(QObject* parent = nullptr);
    ~ControlClient() override;
    Q_DISABLE_COPY_MOVE(ControlClient)

    /// Connects to DATA_DIR/control.sock; fails with the reason (no socket, permission denied, ...).
    Status connectTo(const QString& dataDir, int timeoutMs = 5000);
    bool isConnected() const;
    /// After a failed connectTo(): whether nothing listens on the socket (none there, or a stale one), that
    /// is whether no engine runs, as opposed to one that this process may not reach.
    bool nothingListens() const { return m_nothingListens; }
    /// Sends a request (op and its arguments) and waits for its answer in a local event loop (user input
    /// excluded): the "result" object, or the engine's error, or why none came (timeout, channel closed).
    /// Events that arrive meanwhile are emitted.
    Reply call(const QString& op, const QJsonObject& arguments = {}, int timeoutMs = 15000);
    /// Sends a request without waiting; done (if given) runs with the answer on this object's thread, or
    /// with an error when the channel closes first.
    void send(const QString& op, const QJsonObject& arguments = {},
              std::function<void(const Reply&)> done = {});
    /// Closes the connection; pending requests get an error.
    void close();

Q_SIGNALS:
    /// A line without an id: {"event": "sessions", ...} and the like.
    void eventReceived(const QJsonObject& event);
    /// The channel closed (the engine stopped or went away, or it dropped this client); reason says how.
    void closed(const QString& reason);

private:
    qint64 post(const QString& op, const QJsonObject& arguments);
    void readLines();
    void handleLine(const QByteArray& line);
    void fail(const QString& reason);

    QLocalSocket* m_socket;
    ControlFramer m_framer{maxLine};
    qint64 m_nextId = 1;
    QHash<qint64, std::function<void(const Reply&)>> m_pending;
    QString m_closeReason;
    bool m_closed = false;
    bool m_nothingListens = false;
};

} // namespace RelayDesk

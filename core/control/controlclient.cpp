#include "core/control/controlclient.h"
#include "core/engine/controlaccess.h"
#include "core/engine/controlcodec.h"

#include <QEventLoop>
#include <QLocalSocket>
#include <QTimer>

#include <cerrno>
#include <cstring>

namespace RelayDesk {

ControlClient::ControlClient(QObject* parent) : QObject(parent), m_socket(new QLocalSocket(this))
{
    connect(m_socket, &QLocalSocket::readyRead, this, &ControlClient::readLines);
    connect(m_socket, &QLocalSocket::disconnected, this, [this] {
        readLines(); // what the engine said last (a "closing" event) comes first
        fail(m_closeReason.isEmpty() ? tr("the relay engine closed the control channel") : m_closeReason);
    });
}

ControlClient::~ControlClient()
{
    m_socket->disconnect(this);
}

Status ControlClient::connectTo(const QString& dataDir, int timeoutMs)
{
    const QString path = ControlAccess::socketPath(dataDir);
    m_closed = false;
    m_closeReason.clear();
    m_framer = ControlFramer(maxLine);
    m_nothingListens = false;
    m_socket->connectToServer(path);
    if (m_socket->waitForConnected(timeoutMs))
        return {};
    const QLocalSocket::LocalSocketError error = m_socket->error();
    // No socket, or a stale one that nobody accepts on (a killed engine's): no engine runs. Anything else,
    // permission denied above all, says nothing about whether one does.
    m_nothingListens =
        error == QLocalSocket::ServerNotFoundError || error == QLocalSocket::ConnectionRefusedError;
    // In the system's words, as the documentation promises, rather than Qt's "Socket access error".
    QString reason = error == QLocalSocket::SocketAccessError ? QString::fromLocal8Bit(::strerror(EACCES))
                                                              : m_socket->errorString();
    // Qt may name its own function first ("QLocalSocket::connectToServer: ...").
    if (const qsizetype colon = reason.indexOf(QLatin1String(": "));
        reason.startsWith(QLatin1String("QLocalSocket::")) && colon > 0)
        reason = reason.mid(colon + 2);
    return Status::failure(tr("cannot reach the relay's control channel %1: %2").arg(path, reason));
}

bool ControlClient::isConnected() const
{
    return !m_closed && m_socket->state() == QLocalSocket::ConnectedState;
}

qint64 ControlClient::post(const QString& op, const QJsonObject& arguments)
{
    const qint64 id = m_nextId++;
    QJsonObject request = arguments;
    request.insert(controlKey("id"), double(id));
    request.insert(controlKey("op"), op);
    m_socket->write(ControlCodec::line(request));
    return id;
}

ControlClient::Reply ControlClient::call(const QString& op, const QJsonObject& arguments, int timeoutMs)
{
    if (!isConnected())
        return Reply::failure(m_closeReason.isEmpty() ? tr("not connected to the relay engine")
                                                      : m_closeReason);
    // A local event loop, not waitForReadyRead(): the engine may live in this very thread (the tests), and
    // events that arrive meanwhile are handled as usual.
    QEventLoop loop;
    std::optional<Reply> answer;
    const qint64 id = post(op, arguments);
    m_pending.insert(id, [&answer, &loop](const Reply& reply) {
        answer = reply;
        loop.quit();
    });
    QTimer timeout;
    timeout.setSingleShot(true);
    connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    timeout.start(timeoutMs);
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    if (answer)
        return *answer;
    m_pending.remove(id);
    return Reply::failure(tr("the relay engine did not answer within %1 s").arg(timeoutMs / 1000));
}

void ControlClient::send(const QString& op, const QJsonObject& arguments,
                         std::function<void(const Reply&)> done)
{
    if (!isConnected()) {
        if (done)
            done(Reply::failure(m_closeReason.isEmpty() ? tr("not connected to the relay engine")
                                                        : m_closeReason));
        return;
    }
    const qint64 id = post(op, arguments);
    m_pending.insert(
        id, done ? std::move(done) : [](const Reply&) {});
}

void ControlClient::close()
{
    if (m_closed)
        return;
    fail(tr("detached from the relay engine"));
    m_socket->abort(); // its disconnected() finds the client closed already
}

void ControlClient::readLines()
{
    while (m_socket->bytesAvailable() > 0 && !m_closed) {
        if (!m_framer.append(m_socket->readAll())) {
            m_socket->abort();
            fail(tr("the relay engine sent a line longer than %1 bytes").arg(maxLine));
            return;
        }
        while (const std::optional<QByteArray> line = m_framer.takeLine()) {
            handleLine(*line);
            if (m_closed)
                return;
        }
    }
}

void ControlClient::handleLine(const QByteArray& line)
{
    const Expected<QJsonObject> parsed = ControlCodec::parse(line);
    if (!parsed)
        return; // not ours to understand; the engine sends only objects
    const QJsonObject& object = parsed.value();
    const QJsonValue eventName = object.value(controlKey("event"));
    if (eventName.isString()) {
        if (eventName.toString() == QLatin1String("closing"))
            m_closeReason = object.value(controlKey("reason")).toString();
        Q_EMIT eventReceived(object);
        return;
    }
    const QJsonValue idValue = object.value(controlKey("id"));
    Reply reply = object.value(controlKey("ok")).toBool()
                      ? Reply(object.value(controlKey("result")).toObject())
                      : Reply::failure(object.value(controlKey("error")).toString());
    if (!idValue.isDouble()) {
        // An error about no request in particular (a refused connection, a line it could not read).
        if (!reply)
            m_closeReason = reply.error();
        return;
    }
    const auto found = m_pending.find(qint64(idValue.toDouble()));
    if (found == m_pending.end())
        return;
    const std::function<void(const Reply&)> done = found.value();
    m_pending.erase(found);
    done(reply);
}

void ControlClient::fail(const QString& reason)
{
    if (m_closed)
        return;
    m_closed = true;
    if (m_closeReason.isEmpty())
        m_closeReason = reason;
    const auto pending = std::exchange(m_pending, {});
    for (auto it = pending.begin(); it != pending.end(); ++it)
        it.value()(Reply::failure(m_closeReason));
    Q_EMIT closed(m_closeReason);
}

} // namespace RelayDesk

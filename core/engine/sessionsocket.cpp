#include "core/engine/sessionsocket.h"

#include <QSocketNotifier>

#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <netinet/in.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <unistd.h>

#include <vector>

namespace RelayDesk {

namespace {

/// What a closing session reads and drops of a client's unread input before it closes all the same.
constexpr qint64 maxLingerBytes = 1024 * 1024;

// Replies the client has not read yet, beyond which it is not read either: a client that sends commands
// without reading the answers (each EHLO is 8 octets in and 110 out) would otherwise fill the relay's memory.
// RFC 2920 3.1 has the server's reading throttled by a client that does not read; the idle timeout then ends
// the session.
constexpr qsizetype maxUnsentOutput = 256 * 1024;

} // namespace

SessionSocket::SessionSocket(qintptr descriptor, const SessionPeer& peer, QObject* parent)
    : QObject(parent), m_descriptor(int(descriptor)), m_peer(peer)
{
}

SessionSocket::~SessionSocket()
{
    closeDescriptor();
}

bool SessionSocket::peerOf(qintptr descriptor, QHostAddress* address, quint16* port)
{
    sockaddr_storage storage{};
    socklen_t length = sizeof storage;
    if (::getpeername(int(descriptor), reinterpret_cast<sockaddr*>(&storage), &length) != 0)
        return false;
    return peerFrom(reinterpret_cast<const sockaddr*>(&storage), address, port);
}

bool SessionSocket::peerFrom(const sockaddr* peer, QHostAddress* address, quint16* port)
{
    if (peer->sa_family == AF_INET6)
        *port = ntohs(reinterpret_cast<const sockaddr_in6*>(peer)->sin6_port);
    else if (peer->sa_family == AF_INET)
        *port = ntohs(reinterpret_cast<const sockaddr_in*>(peer)->sin_port);
    else
        return false;
    *address = QHostAddress(peer);
    bool mapped = false;
    const quint32 ipv4 = address->toIPv4Address(&mapped);
    if (mapped && address->protocol() == QAbstractSocket::IPv6Protocol)
        *address = QHostAddress(ipv4);
    return true;
}

bool SessionSocket::open()
{
    if (m_peer.address.isNull())
        return false;
    int nonBlocking = 1;
    if (!m_peer.nonBlocking && ::ioctl(m_descriptor, FIONBIO, &nonBlocking) != 0)
        return false;
    m_readNotifier = new QSocketNotifier(qintptr(m_descriptor), QSocketNotifier::Read, this);
    connect(m_readNotifier, &QSocketNotifier::activated, this, &SessionSocket::onReadable);
    return true;
}

void SessionSocket::onReadable()
{
    if (m_descriptor < 0)
        return;
    // One read per notification: what is left wakes the loop again (the notifier is level-triggered).
    thread_local std::vector<char> buffer(64 * 1024);
    const ssize_t received = ::read(m_descriptor, buffer.data(), buffer.size());
    if (m_lingering) {
        if (received > 0)
            m_drained += received;
        if (received == 0 || m_drained > maxLingerBytes ||
            (received < 0 && errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR))
            end(QString());
        return;
    }
    if (received > 0) {
        m_input.append(buffer.data(), qsizetype(received));
        Q_EMIT readyRead();
        return;
    }
    if (received == 0) {
        // The client sends nothing more. It may still read (shutdown(SHUT_WR) right after the final dot):
        // the owner says whether replies are still to come.
        m_readFinished = true; // an end of stream stays readable: never watched again
        if (m_readNotifier)
            m_readNotifier->setEnabled(false);
        Q_EMIT readFinished();
        if (!m_keepOpenAfterRead)
            end(QStringLiteral("the remote host closed the connection"));
        return;
    }
    if (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR)
        return;
    end(QString::fromLocal8Bit(std::strerror(errno)));
}

void SessionSocket::write(const QByteArray& bytes)
{
    if (m_descriptor < 0 || bytes.isEmpty())
        return;
    m_output.append(bytes);
    // Sent by flush(), or at the latest when the loop sees the socket writable (a reply to a timer).
    if (m_flushesAtEnd == 0)
        watchWritable(true);
}

SessionSocket::FlushAtEnd::FlushAtEnd(SessionSocket* socket) : m_socket(socket)
{
    ++m_socket->m_flushesAtEnd;
}

SessionSocket::FlushAtEnd::~FlushAtEnd()
{
    if (m_socket && --m_socket->m_flushesAtEnd == 0)
        m_socket->flush();
}

void SessionSocket::watchWritable(bool watch)
{
    if (!m_writeNotifier) {
        if (!watch)
            return;
        m_writeNotifier = new QSocketNotifier(qintptr(m_descriptor), QSocketNotifier::Write, this);
        connect(m_writeNotifier, &QSocketNotifier::activated, this, &SessionSocket::onWritable);
    }
    m_writeNotifier->setEnabled(watch);
}

void SessionSocket::flush()
{
    if (m_descriptor < 0)
        return;
    while (m_outputSent < m_output.size()) {
        const ssize_t sent = ::send(m_descriptor, m_output.constData() + m_outputSent,
                                    size_t(m_output.size() - m_outputSent), MSG_NOSIGNAL);
        if (sent > 0) {
            m_outputSent += sent;
            continue;
        }
        if (sent < 0 && errno == EINTR)
            continue;
        if (sent < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
            if (m_readNotifier && m_output.size() - m_outputSent > maxUnsentOutput)
                m_readNotifier->setEnabled(false); // until the client has read what it was sent
            return watchWritable(true); // the client reads slower: the rest leaves when it is writable
        }

        return end(QString::fromLocal8Bit(std::strerror(errno)));
    }
    m_output.resize(0);
    m_outputSent = 0;
    watchWritable(false);
    if (m_readNotifier && !m_readNotifier->isEnabled() && !m_readFinished)
        m_readNotifier->setEnabled(true);
    if (m_closing && !m_lingering)
        closeAfterLastReply();
}

void SessionSocket::closeAfterLastReply()
{
    // A close with input the relay has not read makes the kernel answer with a reset, and the client's kernel
    // may then drop the last reply before the client reads it: a client that had pipelined 3,000 RCPTs never
    // saw its "421 4.7.0" (an outside tester). With input waiting, the write side is shut (the reply goes,
    // then the end of stream) and the input is read and dropped until the client closes, at most
    // maxLingerBytes; the owner's close grace bounds the time.
    int waiting = 0;
    if (m_readFinished || ::ioctl(m_descriptor, FIONREAD, &waiting) != 0 || waiting <= 0)
        return end(QString());
    m_lingering = true;
    ::shutdown(m_descriptor, SHUT_WR);
    if (m_readNotifier)
        m_readNotifier->setEnabled(true);
}

void SessionSocket::onWritable()
{
    flush();
}

void SessionSocket::disconnectFromHost()
{
    if (m_descriptor < 0)
        return;
    m_closing = true;
    flush(); // closes at once when everything is out
}

void SessionSocket::abort()
{
    m_ended = true; // no disconnected(): the caller knows
    m_output.clear();
    m_outputSent = 0;
    closeDescriptor();
}

void SessionSocket::end(const QString& error)
{
    if (m_ended)
        return;
    m_ended = true;
    m_error = error;
    closeDescriptor();
    QMetaObject::invokeMethod(
        this, [this] { Q_EMIT disconnected(); }, Qt::QueuedConnection);
}

void SessionSocket::closeDescriptor()
{
    if (m_descriptor < 0)
        return;
    // Disabled before the close: a later connection may get the same descriptor number.
    if (m_readNotifier)
        m_readNotifier->setEnabled(false);
    if (m_writeNotifier)
        m_writeNotifier->setEnabled(false);
    ::close(m_descriptor);
    m_descriptor = -1;
}

} // namespace RelayDesk

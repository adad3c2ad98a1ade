#pragma once

#include "core/smtp/sessionpolicy.h"

#include <QByteArray>
#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QString>

struct sockaddr;

class QSocketNotifier;

namespace RelayDesk {

/// The client's TCP connection of one session: the accepted descriptor read and written directly,
/// non-blocking, with the worker thread's socket notifiers. It replaces QTcpSocket on the accept path, whose
/// buffering layers cost about a dozen system calls a connection (docs/performance.md): one read(2) per
/// notification, and the replies leave when the session flushes.
class SessionSocket final : public QObject
{
    Q_OBJECT
public:
    /// Takes ownership of descriptor (closed on destruction at the latest), a connection from peer (as the
    /// listener found it, or peerOf()).
    SessionSocket(qintptr descriptor, const SessionPeer& peer, QObject* parent);
    ~SessionSocket() override;
    Q_DISABLE_COPY_MOVE(SessionSocket)

    /// Makes the descriptor non-blocking and watches it. False without a peer address or if the descriptor
    /// cannot be made non-blocking (nothing is watched then).
    bool open();
    /// The client's address and port of a connected socket, an IPv4-mapped IPv6 address (an IPv4 client of a
    /// dual-stack listener) as the IPv4 address it is. False if descriptor is not a connected IP socket.
    static bool peerOf(qintptr descriptor, QHostAddress* address, quint16* port);
    /// The same from the address accept(2) returned with the connection.
    static bool peerFrom(const sockaddr* peer, QHostAddress* address, quint16* port);
    bool isOpen() const { return m_descriptor >= 0; }
    const SessionPeer& peer() const { return m_peer; }
    /// What the client sent since the last call.
    QByteArray readAll() { return std::exchange(m_input, QByteArray()); }
    /// Queued until flush() (so that the replies to one read leave together, RFC 2920 3.2), or until the
    /// event loop runs again (outside a FlushAtEnd).
    void write(const QByteArray& bytes);
    /// Sends what is queued; what the kernel does not take now leaves when the socket is writable again.
    void flush();
    /// Closes once everything queued is sent, then emits disconnected().
    void disconnectFromHost();
    /// Closes now and drops what is queued; emits nothing.
    void abort();
    /// Why the connection ended, if it failed (empty when it closed normally).
    QString errorString() const { return m_error; }
    /// Called from a readFinished() handler: the connection stays open for what is still to be written
    /// (the client only shut its sending side down); disconnectFromHost() or abort() ends it later.
    void keepOpenForReplies() { m_keepOpenAfterRead = true; }

    /// While a handler of the session runs (what it read, a commit's result), what it writes waits for the
    /// flush() this scope makes when it ends, instead of having the event loop watch the socket for writing
    /// meanwhile: that watch was two epoll_ctl calls for every reply (docs/performance.md).
    class FlushAtEnd final
    {
    public:
        explicit FlushAtEnd(SessionSocket* socket);
        ~FlushAtEnd();
        Q_DISABLE_COPY_MOVE(FlushAtEnd)

    private:
        QPointer<SessionSocket> m_socket; ///< a handler may end the session, and its socket with it
    };

Q_SIGNALS:
    void readyRead();
    /// The client closed, the connection failed (errorString()) or disconnectFromHost() finished. Queued:
    /// never emitted from inside a call into this socket.
    void disconnected();
    /// The client will send nothing more (it shut its side down, or closed). Emitted directly; unless a
    /// handler calls keepOpenForReplies(), the connection then ends as a closed one does (disconnected()).
    void readFinished();

private:
    void onReadable();
    void onWritable();
    void watchWritable(bool watch);
    /// Closes once the last reply is out, lingering while the client's unread input is drained.
    void closeAfterLastReply();
    /// Closes the descriptor and posts disconnected() once.
    void end(const QString& error);
    void closeDescriptor();

    int m_descriptor;
    QSocketNotifier* m_readNotifier = nullptr;
    QSocketNotifier* m_writeNotifier = nullptr;
    QByteArray m_input;
    QByteArray m_output;
    qsizetype m_outputSent = 0; ///< bytes of m_output already sent
    int m_flushesAtEnd = 0;     ///< open FlushAtEnd scopes: write() leaves the sending to the last one's end
    bool m_closing = false;
    bool m_ended = false;
    bool m_readFinished = false;      ///< the client's end of stream was read
    bool m_keepOpenAfterRead = false; ///< keepOpenForReplies(): the client's end of sending ends nothing
    bool m_lingering = false;         ///< closing: the write side shut, the client's unread input drained
    qint64 m_drained = 0;             ///< bytes read and dropped while lingering
    QString m_error;
    SessionPeer m_peer;
};

} // namespace RelayDesk

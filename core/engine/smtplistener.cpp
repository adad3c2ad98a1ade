#include "core/engine/smtplistener.h"
#include "core/engine/connectionlimiter.h"
#include "core/engine/sessionsocket.h"

#include "core/util/filecontents.h"
#include "core/util/logcategories.h"
#include "core/util/logline.h"

#include <QTimer>

#include <sys/socket.h>
#include <unistd.h>

namespace RelayDesk {

namespace {

void refuse(qintptr descriptor, ListenerKind kind, const char* reply)
{
    // Best effort, never blocking: the client learns why before the connection closes (RFC 5321 3.1). On the
    // implicit-TLS listener nothing is ever sent in plaintext (RFC 8314 3.3): the connection just closes, as
    // a handshake for a refused client would cost the CPU the limit is there to save.
    if (kind != ListenerKind::Smtps)
        (void)::send(int(descriptor), reply, strlen(reply), MSG_DONTWAIT | MSG_NOSIGNAL);
    ::close(int(descriptor));
}

} // namespace

SmtpListener::SmtpListener(ListenerKind kind, ConnectionLimiter& limiter, Dispatch dispatch, QObject* parent)
    : QTcpServer(parent), m_kind(kind), m_limiter(limiter), m_dispatch(std::move(dispatch))
{
    connect(this, &QTcpServer::acceptError, this, &SmtpListener::retryAccepting);
}

void SmtpListener::retryAccepting(QAbstractSocket::SocketError error)
{
    if (!m_acceptFailing) {
        m_acceptFailing = true;
        qCWarning(lcEngine) << LogLine("accept_failed")
                                   .add("listener", listenerName(m_kind))
                                   .add("error", errorString())
                                   .add("code", int(error))
                                   .add("retry_ms", acceptRetryMs);
    }
    QTimer::singleShot(acceptRetryMs, this, [this] {
        if (isListening())
            resumeAccepting();
    });
}

int SmtpListener::systemBacklog()
{
    static const int backlog = [] {
        bool ok = false;
        int value = 0;
        if (const auto text = readFileContents(QStringLiteral("/proc/sys/net/core/somaxconn")))
            value = text->trimmed().toInt(&ok);
        // listen(2) caps the backlog at somaxconn anyway; without /proc, the C library's SOMAXCONN.
        return ok && value > 0 ? value : SOMAXCONN;
    }();
    return backlog;
}

void SmtpListener::incomingConnection(qintptr descriptor)
{
    m_acceptFailing = false;
    SessionPeer peer;
    if (!SessionSocket::peerOf(descriptor, &peer.address, &peer.port)) {
        ::close(int(descriptor)); // gone before it could be looked at (reset): nobody to answer
        return;
    }
    switch (m_limiter.tryAcquire(peer.address)) {
    case ConnectionLimiter::Verdict::Accepted:
        m_dispatch(descriptor, m_kind, peer);
        return;
    case ConnectionLimiter::Verdict::TooManyTotal:
        refuse(descriptor, m_kind, "421 4.7.0 Too many connections, try again later\r\n");
        return;
    case ConnectionLimiter::Verdict::TooManyFromAddress:
        refuse(descriptor, m_kind, "421 4.7.0 Too many connections from your address, try again later\r\n");
        return;
    }
}

} // namespace RelayDesk

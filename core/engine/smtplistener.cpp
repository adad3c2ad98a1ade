#include "core/engine/smtplistener.h"
#include "core/engine/connectionlimiter.h"
#include "core/engine/sessionsocket.h"

#include "core/util/clock.h"
#include "core/util/filecontents.h"
#include "core/util/logcategories.h"
#include "core/util/logline.h"

#include <QSocketNotifier>
#include <QTimer>

#include <cerrno>
#include <cstring>

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

SmtpListener::SmtpListener(int descriptor, ListenerKind kind, ConnectionLimiter& limiter, Dispatch dispatch,
                           QObject* parent)
    : QObject(parent), m_descriptor(descriptor),
      m_notifier(new QSocketNotifier(qintptr(descriptor), QSocketNotifier::Read, this)), m_kind(kind),
      m_limiter(limiter), m_dispatch(std::move(dispatch))
{
    connect(m_notifier, &QSocketNotifier::activated, this, &SmtpListener::acceptWaiting);
    m_refusalLog = new QTimer(this);
    m_refusalLog->setInterval(refusalLogMs);
    connect(m_refusalLog, &QTimer::timeout, this, &SmtpListener::logRefusals);
}

SmtpListener::~SmtpListener()
{
    if (m_refusedUnlogged > 0)
        logRefusals(); // the last of a burst, as the listener closes
    delete m_notifier; // before the descriptor it watches
    ::close(m_descriptor);
}

void SmtpListener::acceptWaiting()
{
    for (int i = 0; i < acceptBatch; ++i) {
        sockaddr_storage address{};
        socklen_t length = sizeof address;
        const int descriptor = ::accept4(m_descriptor, reinterpret_cast<sockaddr*>(&address), &length,
                                         SOCK_NONBLOCK | SOCK_CLOEXEC);
        if (descriptor < 0) {
            switch (errno) {
            case EINTR:
            case ECONNABORTED: // reset while it waited: nobody to answer
            case EPROTO:
            case EPERM: // a firewall rule refused it
                continue;
            case EMFILE:
            case ENFILE:
            case ENOBUFS:
            case ENOMEM:
                retryAccepting(errno);
                return;
            default: // EAGAIN: nothing more waits
                return;
            }
        }
        m_acceptFailing = false;
        SessionPeer peer;
        if (!SessionSocket::peerFrom(reinterpret_cast<const sockaddr*>(&address), &peer.address,
                                     &peer.port)) {
            ::close(descriptor);
            continue;
        }
        peer.nonBlocking = true;
        handle(descriptor, peer);
    }
}

void SmtpListener::retryAccepting(int error)
{
    if (!m_acceptFailing) {
        m_acceptFailing = true;
        qCWarning(lcEngine) << LogLine("accept_failed")
                                   .add("listener", listenerName(m_kind))
                                   .add("error", QString::fromLocal8Bit(std::strerror(error)))
                                   .add("code", error)
                                   .add("retry_ms", acceptRetryMs);
    }
    // The connection stays in the kernel's queue meanwhile; the notifier would only wake this thread again.
    m_notifier->setEnabled(false);
    QTimer::singleShot(acceptRetryMs, this, [this] {
        m_notifier->setEnabled(true);
        acceptWaiting();
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

void SmtpListener::handle(int descriptor, const SessionPeer& peer)
{
    switch (m_limiter.tryAcquire(peer.address)) {
    case ConnectionLimiter::Verdict::Accepted:
        m_dispatch(descriptor, m_kind, peer);
        return;
    case ConnectionLimiter::Verdict::TooManyTotal:
        turnAway(descriptor, peer, "421 4.7.0 Too many connections, try again later", "total");
        return;
    case ConnectionLimiter::Verdict::TooManyFromAddress:
        turnAway(descriptor, peer, "421 4.7.0 Too many connections from your address, try again later",
                 "per_address");
        return;
    case ConnectionLimiter::Verdict::BusyShareTaken:
        // docs/security.md, "A relay near its connection limit": the last quarter is for other addresses.
        // Said as such: "from your address" sent an outside tester to a per-address limit its 45 did not
        // reach.
        turnAway(descriptor, peer,
                 "421 4.7.0 The relay is near its connection limit and keeps its last connections for other "
                 "addresses; try again later",
                 "busy_share");
        return;
    }
}

void SmtpListener::turnAway(int descriptor, const SessionPeer& peer, const char* reply, const char* limit)
{
    const QByteArray line = QByteArray(reply) + "\r\n";
    refuse(descriptor, m_kind, line.constData());
    noteRefusal(peer.address, limit);
    // What the client was told: on the implicit-TLS port nothing (refuse()); the record said the 421 all the
    // same, and an outside tester's client had seen only the connection close.
    QString told = QString::fromLatin1(reply);
    if (m_kind == ListenerKind::Smtps)
        told +=
            QStringLiteral(" (not sent: the implicit-TLS port closes the connection before TLS, without a "
                           "reply)");
    m_limiter.recordRefusal(peer.address, listenerName(m_kind), told, nowMs());
}

void SmtpListener::noteRefusal(const QHostAddress& address, const char* limit)
{
    ++m_refusedUnlogged;
    m_lastRefused = address.toString();
    m_lastLimit = limit;
    if (!m_refusalLog->isActive()) { // the first of a burst at once, the rest together
        logRefusals();
        m_refusalLog->start();
    }
}

void SmtpListener::logRefusals()
{
    if (m_refusedUnlogged == 0) {
        m_refusalLog->stop(); // a quiet interval: the next refusal is logged at once again
        return;
    }
    // An outside tester's flood of 150 connections over the limit left no line in the log.
    qCWarning(lcEngine) << LogLine("connections_refused")
                               .add("listener", listenerName(m_kind))
                               .add("count", m_refusedUnlogged)
                               .add("limit", m_lastLimit)
                               .add("last_client", m_lastRefused)
                               .add("reply",
                                    m_kind == ListenerKind::Smtps ? "none (closed before TLS)" : "421 4.7.0");
    m_refusedUnlogged = 0;
}

} // namespace RelayDesk

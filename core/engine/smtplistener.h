#pragma once

#include "core/smtp/sessionpolicy.h"

#include <QTcpServer>

#include <functional>

namespace RelayDesk {

class ConnectionLimiter;

/// Accepts connections on a listening socket (ListenerSet's, duplicated for this thread) and hands each
/// descriptor to the session code of the same thread. Connections over the limits are answered with
/// 421 4.7.0 and closed here, before any session exists.
class SmtpListener final : public QTcpServer
{
    Q_OBJECT
public:
    using Dispatch = std::function<void(qintptr descriptor, ListenerKind kind, const SessionPeer& peer)>;

    SmtpListener(ListenerKind kind, ConnectionLimiter& limiter, Dispatch dispatch, QObject* parent = nullptr);
    ListenerKind kind() const { return m_kind; }
    /// The listen backlog: the system's own bound (/proc/sys/net/core/somaxconn), not Qt's 50, so that a
    /// burst of connects waits in the kernel instead of being refused.
    static int systemBacklog();

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    /// Qt stops accepting after an accept(2) that fails for want of resources (EMFILE, ENFILE, ENOBUFS): try
    /// again shortly, so that the listener serves again once descriptors are free (logged once per episode).
    void retryAccepting(QAbstractSocket::SocketError error);

    static constexpr int acceptRetryMs = 200;
    ListenerKind m_kind;
    bool m_acceptFailing = false;
    ConnectionLimiter& m_limiter;
    Dispatch m_dispatch;
};

} // namespace RelayDesk

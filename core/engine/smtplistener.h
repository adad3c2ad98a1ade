#pragma once

#include "core/smtp/sessionpolicy.h"

#include <QObject>

#include <functional>

class QSocketNotifier;
class QTimer;

namespace RelayDesk {

class ConnectionLimiter;

/// Accepts connections on a listening socket (ListenerSet's, duplicated for this thread) and hands each
/// descriptor to the session code of the same thread. Connections over the limits are answered with
/// 421 4.7.0 and closed here, before any session exists. Its own accept4(2) loop rather than QTcpServer's:
/// the peer's address comes with the connection and the descriptor is non-blocking from the start, two
/// system calls a connection fewer (docs/performance.md, "Twenty-ninth session").
class SmtpListener final : public QObject
{
    Q_OBJECT
public:
    using Dispatch = std::function<void(qintptr descriptor, ListenerKind kind, const SessionPeer& peer)>;

    /// Takes descriptor (a listening socket) and closes it when destroyed.
    SmtpListener(int descriptor, ListenerKind kind, ConnectionLimiter& limiter, Dispatch dispatch,
                 QObject* parent = nullptr);
    ~SmtpListener() override;
    Q_DISABLE_COPY_MOVE(SmtpListener)

    ListenerKind kind() const { return m_kind; }
    /// The listen backlog: the system's own bound (/proc/sys/net/core/somaxconn), not Qt's 50, so that a
    /// burst of connects waits in the kernel instead of being refused.
    static int systemBacklog();

private:
    /// Accepts what waits, at most a batch per wake-up so that the sessions of this thread get their turn.
    void acceptWaiting();
    void handle(int descriptor, const SessionPeer& peer);
    /// accept(2) failed for want of resources (EMFILE, ENFILE, ENOBUFS, ENOMEM): try again shortly, so that
    /// the listener serves again once descriptors are free (logged once per episode).
    void retryAccepting(int error);
    /// A connection the limits turned away: logged at once, then at most once each refusalLogMs with the
    /// number turned away meanwhile, so that a flood leaves a trace in the log without filling it.
    void noteRefusal(const QHostAddress& address, const char* limit);
    /// Refuses the connection with reply (RFC 5321 3.1: 421 before the greeting), logs it in batches, and
    /// lists it with the refused submissions (command CONNECT).
    void turnAway(int descriptor, const SessionPeer& peer, const char* reply, const char* limit);
    void logRefusals();

    static constexpr int acceptRetryMs = 200;
    static constexpr int acceptBatch = 64;
    static constexpr int refusalLogMs = 10000;
    int m_descriptor;
    QSocketNotifier* m_notifier;
    ListenerKind m_kind;
    bool m_acceptFailing = false;
    ConnectionLimiter& m_limiter;
    Dispatch m_dispatch;
    QTimer* m_refusalLog = nullptr; ///< runs while refusals wait to be logged together
    int m_refusedUnlogged = 0;
    QString m_lastRefused;        ///< the last client turned away
    const char* m_lastLimit = ""; ///< "per_address" or "total"
};

} // namespace RelayDesk

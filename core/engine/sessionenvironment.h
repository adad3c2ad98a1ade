#pragma once

#include "core/smtp/sessionpolicy.h"

#include <QSslConfiguration>
#include <QString>

#include <functional>

class QThreadPool;

namespace RelayDesk {

class AuthThrottle;
class ConnectionLimiter;
class MessageSpool;
class SenderRulesCache;
class SessionRegistry;
class TrustedDeviceCache;

/// What every session needs from the engine; owned by the engine, shared read-only by the workers.
struct SessionEnvironment
{
    QString dataDir;
    QSslConfiguration tls;
    SessionPolicy submission;
    SessionPolicy smtps;
    SessionPolicy lan;
    int idleTimeoutMs = 300000;
    int sessionTimeoutMs = 1800000;
    int handshakeTimeoutMs =
        30000; ///< a TLS handshake must finish within this (RFC 8314 / RFC 3207 sessions)
    AuthThrottle* throttle = nullptr;
    ConnectionLimiter* limiter = nullptr;
    SessionRegistry* registry = nullptr;
    MessageSpool* spool = nullptr;
    TrustedDeviceCache* trustedDevices = nullptr;
    SenderRulesCache* senderRules = nullptr;
    QThreadPool* authPool = nullptr;        ///< Argon2id verification off the session threads
    std::function<void()> messageCommitted; ///< called on the writer thread after each commit
    std::function<void()> lockoutStarted;   ///< called on the auth pool when a failure starts a lockout

    const SessionPolicy& policy(ListenerKind kind) const
    {
        return kind == ListenerKind::Smtps ? smtps : kind == ListenerKind::Lan ? lan : submission;
    }
};

} // namespace RelayDesk

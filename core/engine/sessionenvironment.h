#pragma once

#include <QString>

#include <functional>

namespace RelayDesk {

class AuthThrottle;
class AuthVerifier;
class CredentialCache;
class CredentialUseRecorder;
class RefusedLoginRecorder;
class RefusedSubmissionRecorder;
class LimitRefusalRecorder;
class ConnectionLimiter;
class LiveSessionSettings;
class MessageSpool;
class SenderRulesCache;
class SendingLimitBook;
class SessionRegistry;
class TrustedDeviceCache;

/// What every session needs from the engine; owned by the engine, shared read-only by the workers.
struct SessionEnvironment
{
    QString dataDir;
    bool localStore = false; ///< the store is the SQLite file in dataDir (not a PostgreSQL server)
    /// TLS, policies and timeouts: each session takes the current ones when it starts.
    LiveSessionSettings* settings = nullptr;
    AuthThrottle* throttle = nullptr;
    ConnectionLimiter* limiter = nullptr;
    SessionRegistry* registry = nullptr;
    MessageSpool* spool = nullptr;
    TrustedDeviceCache* trustedDevices = nullptr;
    SenderRulesCache* senderRules = nullptr;
    SendingLimitBook* sendingLimits = nullptr; ///< per-agent limits and counters (docs/protocols.md)
    AuthVerifier* verifier = nullptr; ///< Argon2id verification off the session threads, fair per address
    CredentialCache* credentialCache = nullptr;     ///< verified (username, password) pairs (auth.cache_ttl)
    CredentialUseRecorder* credentialUse = nullptr; ///< last_used_at, written in batches
    RefusedLoginRecorder* refusedLogins = nullptr;  ///< refused logins for the admin, written in batches
    LimitRefusalRecorder* limitRefusals = nullptr;  ///< messages refused by a sending limit, in batches
    RefusedSubmissionRecorder* refusedSubmissions = nullptr; ///< refused MAIL, RCPT, DATA, in batches
    std::function<void()> messageCommitted; ///< called on the writer thread after each commit
    std::function<void()> lockoutStarted;   ///< called on the auth pool when a failure starts a lockout
};

} // namespace RelayDesk

#pragma once

#include "core/util/expected.h"

#include <QHostAddress>
#include <QList>
#include <QString>

namespace RelayDesk {

/// One address (or IPv6 /64) that may not AUTH until lockedUntil.
struct AuthLockout
{
    QString address; ///< as AuthThrottle::keyOf() gives it
    qint64 lockedAt = 0;
    qint64 lockedUntil = 0;
    int failures = 0;
    QString detail; ///< the last failure's reason, for the admin; never a password
};

/// The stored AUTH lockouts of a data directory: written when the engine locks an address out, read at
/// start so that a restart does not lift them, listed and lifted by the admin (`relaydesk security`).
/// Each lockout and each unlock is also a row of security_events. Uses the calling thread's connection.
class AuthLockouts final
{
public:
    explicit AuthLockouts(QString dataDir);

    /// Stores (or extends) a lockout and its 'auth-lockout' event in one transaction.
    Status record(const AuthLockout& lockout);
    /// Lockouts still in force at nowMs, newest first.
    Expected<QList<AuthLockout>> active(qint64 nowMs) const;
    /// Lifts the lockout of address (an IPv6 address lifts its /64): removes the row, writes an
    /// 'auth-unlock' event and tells a running engine (admin_changes 'lockouts'). Fails if none is in force.
    Status unlock(const QHostAddress& address, qint64 nowMs);
    /// Keys unlocked by an admin in events after *lastEventId; moves *lastEventId past them.
    Expected<QStringList> unlockedSince(qint64* lastEventId) const;
    /// The id of the newest security event (where unlockedSince() starts for a new engine).
    qint64 lastEventId() const;

private:
    QString m_dataDir;
};

} // namespace RelayDesk

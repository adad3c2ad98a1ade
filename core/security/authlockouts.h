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

/// A lockout started or lifted, as a running engine follows them (AuthLockouts::eventsSince).
struct LockoutEvent
{
    QString address;        ///< as AuthThrottle::keyOf() gives it
    bool lifted = false;    ///< an admin's unlock; else a lockout that started
    qint64 lockedUntil = 0; ///< of a lockout that started: its stored end
};

/// The stored AUTH lockouts of a data directory: written when the engine locks an address out, read at
/// start so that a restart does not lift them, followed by the other nodes that share the store (each lockout
/// and unlock tells the running engines, admin_changes 'lockouts'), listed and lifted by the admin
/// (`relaydesk security`). Each lockout and each unlock is also a row of security_events. Uses the calling
/// thread's connection.
class AuthLockouts final
{
public:
    explicit AuthLockouts(QString dataDir);

    /// Stores (or extends) a lockout and its 'auth-lockout' event in one transaction.
    Status record(const AuthLockout& lockout);
    /// Lockouts still in force at nowMs, newest first; one that began more than five minutes after nowMs was
    /// made while the clock was ahead, and is over.
    Expected<QList<AuthLockout>> active(qint64 nowMs) const;
    /// Lifts the lockout of address (an IPv6 address lifts its /64): removes the row, writes an
    /// 'auth-unlock' event and tells a running engine (admin_changes 'lockouts'). Fails if none is in force.
    Status unlock(const QHostAddress& address, qint64 nowMs);
    /// Lockouts started (by any node sharing the store) and lifted by an admin in events after *lastEventId,
    /// oldest first; moves *lastEventId past them. A started one carries its stored end (0 once lifted).
    Expected<QList<LockoutEvent>> eventsSince(qint64* lastEventId) const;
    /// The id of the newest security event (where unlockedSince() starts for a new engine).
    qint64 lastEventId() const;

private:
    QString m_dataDir;
};

} // namespace RelayDesk

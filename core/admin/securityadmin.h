#pragma once

#include "core/security/authlockouts.h"
#include "core/security/refusedlogins.h"
#include "core/util/expected.h"

#include <QHostAddress>
#include <QList>

namespace RelayDesk {

/// Refused logins with the name of the agent whose user name was given ("" when it was nobody's or the agent
/// is deleted).
struct RefusedLoginView
{
    RefusedLogin login;
    QString agentName;
    bool agentDeleted = false; ///< agentName is the name a deleted agent had (deleted_agents), or empty
};

/// The AUTH lockouts and refused logins for the faces: which addresses may not AUTH now, and lifting one (a
/// running relay lifts it within a second); which logins were refused lately, and why.
class SecurityAdmin final
{
public:
    explicit SecurityAdmin(QString dataDir);

    /// Lockouts in force now, newest first.
    Expected<QList<AuthLockout>> lockouts() const;
    /// Fails if no lockout of address (or of its IPv6 /64) is in force.
    Status unlock(const QHostAddress& address);
    /// Refused logins since sinceMs (of one agent unless agentId is 0), one entry per address, agent and
    /// reason, latest first.
    Expected<QList<RefusedLoginView>> refusedLogins(qint64 sinceMs, qint64 agentId = 0) const;

private:
    QString m_dataDir;
};

} // namespace RelayDesk

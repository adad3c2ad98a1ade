#pragma once

#include "core/security/authlockouts.h"
#include "core/util/expected.h"

#include <QHostAddress>
#include <QList>

namespace RelayDesk {

/// The AUTH lockouts for the faces: which addresses may not AUTH now, and lifting one (a running relay
/// lifts it within a second).
class SecurityAdmin final
{
public:
    explicit SecurityAdmin(QString dataDir);

    /// Lockouts in force now, newest first.
    Expected<QList<AuthLockout>> lockouts() const;
    /// Fails if no lockout of address (or of its IPv6 /64) is in force.
    Status unlock(const QHostAddress& address);

private:
    QString m_dataDir;
};

} // namespace RelayDesk

#include "core/admin/securityadmin.h"

#include "core/store/database.h"
#include "core/util/clock.h"

namespace RelayDesk {

SecurityAdmin::SecurityAdmin(QString dataDir) : m_dataDir(std::move(dataDir)) {}

Expected<QList<AuthLockout>> SecurityAdmin::lockouts() const
{
    return AuthLockouts(m_dataDir).active(nowMs());
}

Status SecurityAdmin::unlock(const QHostAddress& address)
{
    return AuthLockouts(m_dataDir).unlock(address, nowMs());
}

} // namespace RelayDesk

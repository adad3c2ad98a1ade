#include "core/admin/securityadmin.h"
#include "core/admin/configchangelog.h"

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
    return ConfigChangeLog::record(AuthLockouts(m_dataDir).unlock(address, nowMs()),
                                   LogLine("auth_lockout_unlocked").add("client", address.toString()));
}

} // namespace RelayDesk

#include "core/admin/securityadmin.h"
#include "core/admin/configchangelog.h"

#include "core/agents/agentdirectory.h"
#include "core/store/database.h"
#include "core/util/clock.h"

#include <QSqlQuery>

#include <algorithm>

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

Expected<QList<RefusedLoginView>> SecurityAdmin::refusedLogins(qint64 sinceMs, qint64 agentId) const
{
    using Result = Expected<QList<RefusedLoginView>>;
    const auto logins = RefusedLogins::since(m_dataDir, sinceMs, agentId);
    if (!logins)
        return Result::failure(logins.error());
    QHash<qint64, QString> names;
    bool needNames = false;
    for (const RefusedLogin& login : logins.value())
        needNames = needNames || login.agentId != 0;
    if (needNames) {
        const auto agents = AgentDirectory(m_dataDir).listAgents();
        if (!agents)
            return Result::failure(agents.error());
        for (const MailAgent& agent : agents.value())
            names.insert(agent.id, agent.name);
    }
    // A deleted agent by the name it had, as the Queue and the Dashboard name it (an outside tester read
    // "deleted agent #2" and could not tell which agent that was).
    QHash<qint64, QString> deletedNames;
    const bool anyDeleted = std::any_of(logins->cbegin(), logins->cend(), [&](const RefusedLogin& login) {
        return login.agentId != 0 && !names.contains(login.agentId);
    });
    if (auto db = Database::connection(m_dataDir); anyDeleted && db) {
        QSqlQuery query(db.value());
        if (query.exec(QStringLiteral("SELECT agent_id, name FROM deleted_agents")))
            while (query.next())
                deletedNames.insert(query.value(0).toLongLong(), query.value(1).toString());
    }
    QList<RefusedLoginView> views;
    views.reserve(logins->size());
    for (const RefusedLogin& login : logins.value()) {
        const bool deleted = login.agentId != 0 && !names.contains(login.agentId);
        views << RefusedLoginView{
            login, deleted ? deletedNames.value(login.agentId) : names.value(login.agentId), deleted};
    }
    return views;
}

} // namespace RelayDesk

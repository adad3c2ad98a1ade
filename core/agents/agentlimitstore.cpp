#include "core/agents/agentlimitstore.h"
#include "core/agents/agentrows.h"
#include "core/store/database.h"

#include <QSqlQuery>

namespace RelayDesk {

namespace {

SendingLimits limitsFrom(const QSqlQuery& query, int first)
{
    SendingLimits limits;
    limits.perMinute = query.value(first).toInt();
    limits.perHour = query.value(first + 1).toInt();
    limits.perDay = query.value(first + 2).toInt();
    limits.maxRecipients = query.value(first + 3).toInt();
    return limits;
}

} // namespace

AgentLimitStore::AgentLimitStore(QString dataDir) : m_dataDir(std::move(dataDir)) {}

Expected<SendingLimits> AgentLimitStore::limits(qint64 agentId) const
{
    using Result = Expected<SendingLimits>;
    auto db = Database::connection(m_dataDir);
    if (!db)
        return Result::failure(db.error());
    QSqlQuery query(db.value());
    const Status status =
        AgentRows::run(query,
                       QStringLiteral("SELECT per_minute, per_hour, per_day, max_recipients FROM agent_limits"
                                      " WHERE agent_id = ?"),
                       {agentId});
    if (!status)
        return Result::failure(status.error());
    return query.next() ? limitsFrom(query, 0) : SendingLimits();
}

Expected<QHash<qint64, SendingLimits>> AgentLimitStore::all() const
{
    using Result = Expected<QHash<qint64, SendingLimits>>;
    auto db = Database::connection(m_dataDir);
    if (!db)
        return Result::failure(db.error());
    QSqlQuery query(db.value());
    query.setForwardOnly(true);
    const Status status = AgentRows::run(
        query, QStringLiteral("SELECT a.id, COALESCE(l.per_minute, 0), COALESCE(l.per_hour, 0),"
                              " COALESCE(l.per_day, 0), COALESCE(l.max_recipients, 0)"
                              " FROM agents a LEFT JOIN agent_limits l ON l.agent_id = a.id"));
    if (!status)
        return Result::failure(status.error());
    QHash<qint64, SendingLimits> all;
    while (query.next())
        all.insert(query.value(0).toLongLong(), limitsFrom(query, 1));
    return all;
}

Status AgentLimitStore::set(qint64 agentId, const SendingLimits& limits)
{
    auto db = Database::connection(m_dataDir);
    if (!db)
        return Status::failure(db.error());
    QSqlQuery query(db.value());
    if (limits.isEmpty())
        return AgentRows::run(query, QStringLiteral("DELETE FROM agent_limits WHERE agent_id = ?"),
                              {agentId});
    // One statement: the row is replaced whole or not at all.
    return AgentRows::run(
        query,
        QStringLiteral("INSERT INTO agent_limits(agent_id, per_minute, per_hour, per_day, max_recipients)"
                       " VALUES(?, ?, ?, ?, ?) ON CONFLICT(agent_id) DO UPDATE SET"
                       " per_minute = excluded.per_minute, per_hour = excluded.per_hour,"
                       " per_day = excluded.per_day, max_recipients = excluded.max_recipients"),
        {agentId, limits.perMinute, limits.perHour, limits.perDay, limits.maxRecipients});
}

} // namespace RelayDesk

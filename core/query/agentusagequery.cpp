#include "core/query/agentusagequery.h"

#include "core/store/database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace RelayDesk {

AgentUsageQuery::AgentUsageQuery(QString dataDir) : m_dataDir(std::move(dataDir)) {}

Expected<QHash<qint64, SendingUse>> AgentUsageQuery::all(qint64 nowMs) const
{
    return read(nowMs, 0);
}

Expected<SendingUse> AgentUsageQuery::of(qint64 agentId, qint64 nowMs) const
{
    const auto use = read(nowMs, agentId);
    if (!use)
        return Expected<SendingUse>::failure(use.error());
    return use->value(agentId);
}

Expected<QHash<qint64, SendingUse>> AgentUsageQuery::read(qint64 nowMs, qint64 agentId) const
{
    using Result = Expected<QHash<qint64, SendingUse>>;
    auto db = Database::connection(m_dataDir);
    if (!db)
        return Result::failure(db.error());
    // The engine's windows; the day's messages are found by the received_at index. Messages deleted from
    // the queue today still count, as they do in the engine's counters (sending_use_removed).
    const qint64 dayStart = sendingWindowStart(SendingWindow::Day, nowMs);
    const qint64 hourStart = sendingWindowStart(SendingWindow::Hour, nowMs);
    const qint64 minuteStart = sendingWindowStart(SendingWindow::Minute, nowMs);
    const QString oneAgent = agentId != 0 ? QStringLiteral(" AND agent_id = ?") : QString();
    QSqlQuery query(db.value());
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT agent_id, SUM(CASE WHEN received_at >= ? THEN 1 ELSE 0 END), "
                       "SUM(CASE WHEN received_at >= ? THEN 1 ELSE 0 END), COUNT(*) FROM ("
                       "SELECT agent_id, received_at FROM messages WHERE received_at >= ? AND agent_id"
                       " IS NOT NULL AND listener IN ('submission', 'smtps', 'lan')%1 UNION ALL"
                       " SELECT agent_id, received_at FROM sending_use_removed WHERE received_at >= ?%1"
                       ") AS used GROUP BY agent_id")
            .arg(oneAgent));
    query.addBindValue(minuteStart);
    query.addBindValue(hourStart);
    for (int part = 0; part < 2; ++part) {
        query.addBindValue(dayStart);
        if (agentId != 0)
            query.addBindValue(agentId);
    }
    if (!query.exec())
        return Result::failure(query.lastError().text());
    QHash<qint64, SendingUse> use;
    while (query.next())
        use.insert(query.value(0).toLongLong(),
                   SendingUse{query.value(1).toInt(), query.value(2).toInt(), query.value(3).toInt()});
    return use;
}

} // namespace RelayDesk

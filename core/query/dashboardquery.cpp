#include "core/query/dashboardquery.h"
#include "core/store/database.h"
#include "core/util/clock.h"

#include <QSqlError>
#include <QSqlQuery>

namespace RelayDesk {

DashboardQuery::DashboardQuery(QString dataDir) : m_dataDir(std::move(dataDir)) {}

Expected<DashboardSnapshot> DashboardQuery::load(const QDate& today, int days) const
{
    auto db = Database::connection(m_dataDir);
    if (!db)
        return Expected<DashboardSnapshot>::failure(db.error());
    DashboardSnapshot snapshot;
    QSqlQuery query(db.value());
    query.prepare(QStringLiteral(
        "SELECT COALESCE(a.name, '#' || s.agent_id), s.day, s.accepted, s.delivered,"
        " s.deferred, s.bounced FROM agent_daily_stats s LEFT JOIN agents a ON a.id = s.agent_id"
        " WHERE s.day >= ? AND s.day <= ? ORDER BY s.day, 1"));
    query.addBindValue(today.addDays(1 - days).toString(Qt::ISODate));
    query.addBindValue(today.toString(Qt::ISODate));
    if (!query.exec())
        return Expected<DashboardSnapshot>::failure(query.lastError().text());
    while (query.next()) {
        AgentDayCounts counts;
        counts.agent = query.value(0).toString();
        counts.day = QDate::fromString(query.value(1).toString(), Qt::ISODate);
        counts.accepted = query.value(2).toInt();
        counts.delivered = query.value(3).toInt();
        counts.deferred = query.value(4).toInt();
        counts.bounced = query.value(5).toInt();
        if (counts.day == today) {
            snapshot.acceptedToday += counts.accepted;
            snapshot.deliveredToday += counts.delivered;
            snapshot.deferredToday += counts.deferred;
            snapshot.bouncedToday += counts.bounced;
        }
        snapshot.history.append(counts);
    }
    if (!query.exec(QStringLiteral("SELECT COUNT(*), MIN(m.received_at) FROM recipients r JOIN messages m"
                                   " ON m.id = r.message_id WHERE r.state IN ('queued','deferred')")))
        return Expected<DashboardSnapshot>::failure(query.lastError().text());
    if (query.next()) {
        snapshot.pendingRecipients = query.value(0).toInt();
        snapshot.oldestPendingMs = query.value(1).toLongLong();
    }
    // A domain is failing when, in the last hour, it had at least three attempts and no delivery.
    query.prepare(QStringLiteral("SELECT domain FROM recipients WHERE updated_at >= ? AND attempts > 0"
                                 " GROUP BY domain HAVING COUNT(*) >= 3 AND SUM(state = 'delivered') = 0"
                                 " ORDER BY COUNT(*) DESC LIMIT 5"));
    query.addBindValue(nowMs() - 3600 * 1000);
    if (!query.exec())
        return Expected<DashboardSnapshot>::failure(query.lastError().text());
    while (query.next())
        snapshot.failingDomains.append(query.value(0).toString());
    return snapshot;
}

} // namespace RelayDesk

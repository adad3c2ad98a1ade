#include "core/query/agentactivityquery.h"

#include "core/store/database.h"

#include <QDate>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QTime>
#include <QTimeZone>
#include <QVariantList>

#include <iterator>

namespace RelayDesk {

AgentActivityQuery::AgentActivityQuery(QString dataDir) : m_dataDir(std::move(dataDir)) {}

Expected<AgentActivity> AgentActivityQuery::of(qint64 agentId, qint64 nowMs) const
{
    using Result = Expected<AgentActivity>;
    auto db = Database::connection(m_dataDir);
    if (!db)
        return Result::failure(db.error());
    // The rows are UTC days (MessageSpool::utcDay), named "YYYY-MM-DD": they compare as text.
    const QDate today = QDateTime::fromMSecsSinceEpoch(nowMs, QTimeZone::utc()).date();
    constexpr int longest = kSpanDays[std::size(kSpanDays) - 1];
    QSqlQuery query(db.value());
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT day, accepted, delivered, deferred, bounced, limited FROM agent_daily_stats"
                       " WHERE agent_id = ? AND day >= ? AND day <= ?"));
    query.addBindValue(agentId);
    query.addBindValue(today.addDays(1 - longest).toString(Qt::ISODate));
    query.addBindValue(today.toString(Qt::ISODate));
    if (!query.exec())
        return Result::failure(query.lastError().text());
    AgentActivity activity;
    for (const int days : kSpanDays)
        activity.spans.append(AgentActivitySpan{days});
    while (query.next()) {
        const QDate day = QDate::fromString(query.value(0).toString(), Qt::ISODate);
        const qint64 age = day.daysTo(today); // 0: today
        for (AgentActivitySpan& span : activity.spans) {
            if (age < 0 || age >= span.days)
                continue;
            span.accepted += query.value(1).toLongLong();
            span.delivered += query.value(2).toLongLong();
            span.deferred += query.value(3).toLongLong();
            span.bounced += query.value(4).toLongLong();
            span.limited += query.value(5).toLongLong();
        }
    }
    query.finish();
    // Suppressed recipients were never tried, so the daily statistics have no column for them; the delivery
    // log records each (an outside tester's Activity tab left them out: its figures did not add up). The
    // relay's own bounce notices are not the agent's mail, as in the daily statistics and on the Dashboard
    // (an outside tester read 4 here and 1 there).
    // Recipients deleted from the queue by an administrator likewise: each has its 'deleted' row.
    QString sums;
    QVariantList starts;
    for (const AgentActivitySpan& span : std::as_const(activity.spans)) {
        sums += QStringLiteral(", COALESCE(SUM(CASE WHEN started_at >= ? AND a.status = 'suppressed' THEN 1"
                               " ELSE 0 END), 0), COALESCE(SUM(CASE WHEN started_at >= ? AND a.status ="
                               " 'deleted' THEN 1 ELSE 0 END), 0)");
        starts << QDateTime(today.addDays(1 - span.days), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    }
    query.prepare(QStringLiteral("SELECT COUNT(*)") + sums +
                  QStringLiteral(" FROM delivery_attempts a WHERE a.agent_id = ? AND a.started_at >= ?"
                                 " AND a.status IN ('suppressed', 'deleted') AND NOT EXISTS (SELECT 1 FROM"
                                 " messages m WHERE m.id = a.message_id AND m.listener = 'dsn')"));
    for (const QVariant& start : std::as_const(starts)) {
        query.addBindValue(start);
        query.addBindValue(start);
    }
    query.addBindValue(agentId);
    query.addBindValue(starts.last());
    if (!query.exec() || !query.next())
        return Result::failure(query.lastError().text());
    for (int i = 0; i < activity.spans.size(); ++i) {
        activity.spans[i].suppressed = query.value(2 * i + 1).toLongLong();
        activity.spans[i].deleted = query.value(2 * i + 2).toLongLong();
    }
    query.finish();
    query.prepare(QStringLiteral("SELECT COUNT(*) FROM recipients r JOIN messages m ON m.id = r.message_id"
                                 " WHERE m.agent_id = ? AND r.state IN ('queued','deferred')"
                                 " AND m.listener <> 'dsn'"));
    query.addBindValue(agentId);
    if (!query.exec() || !query.next())
        return Result::failure(query.lastError().text());
    activity.waitingRecipients = query.value(0).toLongLong();
    query.finish();
    // Refused at submission: nothing of it reached the queue (docs/read-side.md, "Refused at submission").
    // Both by the index refused_submissions_agent.
    query.prepare(QStringLiteral("SELECT COALESCE(SUM(count), 0) FROM refused_submissions WHERE agent_id = ?"
                                 " AND at >= ?"));
    query.addBindValue(agentId);
    query.addBindValue(nowMs - qint64(AgentActivity::refusedDays) * 86'400'000);
    if (!query.exec() || !query.next())
        return Result::failure(query.lastError().text());
    activity.refusedAtSubmission = query.value(0).toLongLong();
    query.finish();
    if (activity.refusedAtSubmission > 0) {
        query.prepare(QStringLiteral("SELECT at, reply FROM refused_submissions WHERE agent_id = ?"
                                     " ORDER BY agent_id DESC, at DESC LIMIT 1"));
        query.addBindValue(agentId);
        if (!query.exec())
            return Result::failure(query.lastError().text());
        if (query.next()) {
            activity.lastRefusedAt = query.value(0).toLongLong();
            activity.lastRefusedReply = query.value(1).toString();
        }
    }
    return activity;
}

} // namespace RelayDesk

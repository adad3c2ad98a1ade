#include "core/query/queuequery.h"
#include "core/query/sqlfilter.h"
#include "core/store/database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace RelayDesk {

namespace {

QString orderBy(const LogFilter& filter)
{
    static const char* const columns[] = {"received_at", "agent_name",   "sender",
                                          "recipients",  "subject",      "state",
                                          "attempts",    "next_attempt", "last_code"};
    const QString direction =
        filter.sortOrder == Qt::AscendingOrder ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    if (filter.sortColumn < 0 || filter.sortColumn >= QueueQuery::ColumnCount)
        return QStringLiteral(" ORDER BY next_attempt ASC, id ASC");
    return QStringLiteral(" ORDER BY ") + QLatin1String(columns[filter.sortColumn]) + direction +
           QStringLiteral(", id") + direction;
}

} // namespace

QueueQuery::QueueQuery(QString dataDir) : m_dataDir(std::move(dataDir)) {}

Expected<QList<QueueRow>> QueueQuery::page(const LogFilter& filter, int offset, int limit) const
{
    auto db = Database::connection(m_dataDir);
    if (!db)
        return Expected<QList<QueueRow>>::failure(db.error());
    // The status filter applies to the message ("held") or to its pending recipients' state.
    LogFilter recipientFilter = filter;
    recipientFilter.sortColumn = -1;
    const SqlFilter where(recipientFilter);
    const QString pending = QStringLiteral("r.state IN ('queued','deferred')");
    const QString clause = where.whereClause().isEmpty()
                               ? QString(QStringLiteral(" WHERE ") + pending)
                               : QString(where.whereClause() + QStringLiteral(" AND ") + pending);
    QSqlQuery query(db.value());
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral(
            "SELECT * FROM (SELECT m.id AS id, m.queue_id, m.agent_name AS agent_name, m.sender AS sender,"
            " m.subject AS subject, GROUP_CONCAT(r.address, ', ') AS recipients, COUNT(r.id),"
            " CASE WHEN m.held = 1 THEN 'held' WHEN MAX(r.state = 'deferred') = 1 THEN 'deferred'"
            " ELSE 'queued' END AS state, MAX(r.attempts) AS attempts, m.received_at AS received_at,"
            " MIN(r.next_attempt_at) AS next_attempt, m.size,"
            " (SELECT last_code FROM recipients x WHERE x.message_id = m.id ORDER BY x.updated_at DESC LIMIT "
            "1)"
            " AS last_code,"
            " (SELECT last_enhanced FROM recipients x WHERE x.message_id = m.id ORDER BY x.updated_at DESC "
            "LIMIT 1),"
            " (SELECT last_reply FROM recipients x WHERE x.message_id = m.id ORDER BY x.updated_at DESC "
            "LIMIT 1)"
            " FROM recipients r JOIN messages m ON m.id = r.message_id") +
        clause + QStringLiteral(" GROUP BY m.id)") + orderBy(filter) + QStringLiteral(" LIMIT ? OFFSET ?"));
    where.bind(query);
    query.addBindValue(limit);
    query.addBindValue(offset);
    if (!query.exec())
        return Expected<QList<QueueRow>>::failure(query.lastError().text());
    QList<QueueRow> rows;
    while (query.next()) {
        QueueRow row;
        row.messageId = query.value(0).toLongLong();
        row.queueId = query.value(1).toString();
        row.agent = query.value(2).toString();
        row.sender = query.value(3).toString();
        row.subject = query.value(4).toString();
        row.recipients = query.value(5).toString();
        row.recipientCount = query.value(6).toInt();
        row.state = query.value(7).toString();
        row.attempts = query.value(8).toInt();
        row.receivedAt = query.value(9).toLongLong();
        row.nextAttemptAt = query.value(10).toLongLong();
        row.size = query.value(11).toLongLong();
        row.lastCode = query.value(12).toInt();
        row.lastEnhanced = query.value(13).toString();
        row.lastReply = query.value(14).toString();
        rows.append(row);
    }
    return rows;
}

} // namespace RelayDesk

#include "core/query/queuequery.h"
#include "core/query/keysetorder.h"
#include "core/query/sqlfilter.h"
#include "core/smtp/encodedwords.h"
#include "core/store/database.h"
#include "core/store/sqldialect.h"

#include <QSqlError>
#include <QSqlQuery>

namespace RelayDesk {

namespace {

// One row per message over its pending recipients r (the caller joins them); the names are what the
// keyset orders by, all NULL-free.
QString groupedSelect()
{
    // The reply shown is a pending recipient's (one with a reply first), so that a deferred message never
    // shows the 250 of a recipient delivered meanwhile; only a message with none pending shows its last.
    const QString replyOrder = QStringLiteral(
        " WHERE x.message_id = m.id ORDER BY CASE WHEN x.state IN ('queued','deferred') THEN 0 ELSE 1 END,"
        " CASE WHEN x.last_code IS NULL THEN 1 ELSE 0 END, x.updated_at DESC, x.id DESC LIMIT 1");
    return QStringLiteral(
               "SELECT m.id AS id, m.queue_id, m.agent_name AS agent_name, m.sender AS sender,"
               " m.subject AS subject, COALESCE(GROUP_CONCAT(r.address, ', '), '') AS recipients, "
               "COUNT(r.id),"
               " CASE WHEN m.held = 1 THEN 'held' WHEN MAX(CASE WHEN r.state = 'deferred' THEN 1 ELSE 0 END)"
               " = 1 THEN 'deferred' ELSE 'queued' END AS state, COALESCE(MAX(r.attempts), 0) AS attempts,"
               " m.received_at AS received_at, COALESCE(MIN(r.next_attempt_at), 0) AS next_attempt, m.size,"
               " COALESCE((SELECT last_code FROM recipients x") +
           replyOrder + QStringLiteral("), 0) AS last_code, (SELECT last_enhanced FROM recipients x") +
           replyOrder + QStringLiteral("), (SELECT last_reply FROM recipients x") + replyOrder +
           QStringLiteral("), m.held, EXISTS(SELECT 1 FROM message_bodies b WHERE b.message_id = m.id),"
                          " CASE WHEN m.agent_id IS NULL AND m.agent_name <> '' THEN 1 ELSE 0 END,"
                          // docs/scaling.md, "Queue leases": on a shared store the node delivering a
                          // recipient holds its lease; the latest lease of the message, and its node's name.
                          " COALESCE(MAX(r.lease_expires), 0) AS lease_expires,"
                          " COALESCE((SELECT x.lease_node FROM recipients x WHERE x.message_id = m.id AND"
                          " x.lease_node <> '' ORDER BY x.lease_expires DESC LIMIT 1), '') AS lease_node,"
                          " COALESCE((SELECT n.name FROM recipients x JOIN nodes n ON n.id = x.lease_node"
                          " WHERE x.message_id = m.id AND x.lease_node <> '' ORDER BY x.lease_expires DESC"
                          " LIMIT 1), '') AS lease_node_name,"
                          // Whether that node still answers: its heartbeat, 0 once it stopped.
                          " COALESCE((SELECT CASE WHEN COALESCE(n.stopped_at, 0) = 0 THEN n.last_heartbeat"
                          " ELSE 0 END FROM recipients x JOIN nodes n ON n.id = x.lease_node"
                          " WHERE x.message_id = m.id AND x.lease_node <> '' ORDER BY x.lease_expires DESC"
                          " LIMIT 1), 0) AS lease_node_heartbeat");
}

const char* const sortColumns[] = {"received_at", "agent_name", "sender",       "recipients", "subject",
                                   "state",       "attempts",   "next_attempt", "last_code"};

// Soonest due first unless the filter sorts by a column.
KeysetOrder queueOrderOf(const LogFilter& filter)
{
    // Oldest first, as mail queues list themselves: a row keeps its place while its recipients are retried.
    // Soonest due first moved every retried message down the table, out of the loaded page and out of the
    // person's selection (an outside tester's, at each retry wave).
    return KeysetOrder::forFilter(filter, sortColumns, QStringLiteral("id"), QueueQuery::Received,
                                  Qt::AscendingOrder);
}

Expected<QList<QueueRow>> readQueueRows(QSqlQuery& query)
{
    if (!query.exec())
        return Expected<QList<QueueRow>>::failure(query.lastError().text());
    QList<QueueRow> rows;
    while (query.next()) {
        QueueRow row;
        row.messageId = query.value(0).toLongLong();
        row.queueId = query.value(1).toString();
        row.agent = query.value(2).toString();
        row.sender = query.value(3).toString();
        row.subject = EncodedWords::decode(
            query.value(4).toString().toUtf8()); // rows stored before subjects were decoded
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
        row.held = query.value(15).toInt() != 0;
        row.contentKept = query.value(16).toInt() != 0;
        row.agentDeleted = query.value(17).toInt() != 0;
        row.leaseExpires = query.value(18).toLongLong();
        row.leaseNode = query.value(19).toString();
        row.leaseNodeName = query.value(20).toString();
        row.leaseNodeHeartbeat = query.value(21).toLongLong();
        rows.append(row);
    }
    return rows;
}

} // namespace

QueueQuery::QueueQuery(QString dataDir) : m_dataDir(std::move(dataDir)) {}

QString QueueQuery::noSuchMessage(const QString& queueId)
{
    return QStringLiteral("no queued message with id %1").arg(queueId);
}

QVariant QueueQuery::columnValue(const QueueRow& row, int column)
{
    switch (column) {
    case Received:
        return row.receivedAt;
    case Agent:
        return row.agent;
    case Sender:
        return row.sender;
    case Recipients:
        return row.recipients;
    case Subject:
        return row.subject;
    case State:
        return row.state;
    case Attempts:
        return row.attempts;
    case NextAttempt:
        return row.nextAttemptAt;
    case LastReply:
        return row.lastCode;
    default:
        return {};
    }
}

Expected<QList<QueueRow>> QueueQuery::pageAfter(const LogFilter& filter, const QueueRow* after,
                                                int limit) const
{
    auto db = Database::connection(m_dataDir);
    if (!db)
        return Expected<QList<QueueRow>>::failure(db.error());
    // The status filter applies to the message ("held") or to its pending recipients' state.
    const SqlFilter where(filter);
    const KeysetOrder order = queueOrderOf(filter);
    QSqlQuery query(db.value());
    query.setForwardOnly(true);
    query.prepare(SqlDialect::adapt(
        db.value(), QStringLiteral("SELECT * FROM (") + groupedSelect() +
                        QStringLiteral(" FROM recipients r JOIN messages m ON m.id = r.message_id") +
                        where.whereClause(QStringLiteral("r.state IN ('queued','deferred')")) +
                        QStringLiteral(" GROUP BY m.id) AS page") +
                        (after ? QStringLiteral(" WHERE ") + order.after() : QString()) + order.orderBy() +
                        QStringLiteral(" LIMIT ?")));
    where.bind(query);
    if (after) {
        query.addBindValue(columnValue(*after, order.column()));
        query.addBindValue(after->messageId);
    }
    query.addBindValue(limit);
    return readQueueRows(query);
}

Expected<qint64> QueueQuery::count(const LogFilter& filter) const
{
    auto db = Database::connection(m_dataDir);
    if (!db)
        return Expected<qint64>::failure(db.error());
    // The same rows as pageAfter: messages with a pending recipient that matches.
    const SqlFilter where(filter);
    QSqlQuery query(db.value());
    query.setForwardOnly(true);
    query.prepare(SqlDialect::adapt(
        db.value(), QStringLiteral("SELECT COUNT(DISTINCT m.id) FROM recipients r JOIN messages m ON m.id ="
                                   " r.message_id") +
                        where.whereClause(QStringLiteral("r.state IN ('queued','deferred')"))));
    where.bind(query);
    if (!query.exec() || !query.next())
        return Expected<qint64>::failure(query.lastError().text());
    return query.value(0).toLongLong();
}

Expected<qint64> QueueQuery::pendingRecipients(const QList<qint64>& messageIds) const
{
    auto db = Database::connection(m_dataDir);
    if (!db)
        return Expected<qint64>::failure(db.error());
    qint64 total = 0;
    constexpr qsizetype chunk = 500; // within SQLite's and PostgreSQL's limits on bound values
    for (qsizetype at = 0; at < messageIds.size(); at += chunk) {
        const QList<qint64> ids = messageIds.mid(at, chunk);
        QStringList marks;
        for (qsizetype i = 0; i < ids.size(); ++i)
            marks << QStringLiteral("?");
        QSqlQuery query(db.value());
        query.setForwardOnly(true);
        query.prepare(SqlDialect::adapt(
            db.value(), QStringLiteral("SELECT COUNT(*) FROM recipients WHERE state IN ('queued','deferred')"
                                       " AND message_id IN (") +
                            marks.join(QLatin1Char(',')) + QLatin1Char(')')));
        for (const qint64 id : ids)
            query.addBindValue(id);
        if (!query.exec() || !query.next())
            return Expected<qint64>::failure(query.lastError().text());
        total += query.value(0).toLongLong();
    }
    return total;
}

Expected<QueueQuery::Depth> QueueQuery::depth() const
{
    auto db = Database::connection(m_dataDir);
    if (!db)
        return Expected<Depth>::failure(db.error());
    QSqlQuery query(db.value());
    query.setForwardOnly(true);
    // Notices (listener 'dsn') are counted apart from the mail the agents sent, as on the Dashboard.
    static const QString sql = QStringLiteral(
        "SELECT COUNT(DISTINCT CASE WHEN m.listener <> 'dsn' THEN m.id END),"
        " COALESCE(SUM(CASE WHEN m.listener <> 'dsn' THEN 1 ELSE 0 END), 0),"
        " COALESCE(SUM(CASE WHEN m.listener <> 'dsn' AND r.state = 'deferred' AND m.held = 0"
        " THEN 1 ELSE 0 END), 0),"
        " COALESCE(SUM(CASE WHEN m.listener <> 'dsn' AND m.held = 1 THEN 1 ELSE 0 END), 0),"
        " COUNT(DISTINCT CASE WHEN m.listener = 'dsn' THEN m.id END), COALESCE(MIN(m.received_at), 0)"
        " FROM recipients r JOIN messages m ON m.id = r.message_id"
        " WHERE r.state IN ('queued','deferred')");
    if (!query.exec(sql) || !query.next())
        return Expected<Depth>::failure(query.lastError().text());
    Depth depth;
    depth.messages = query.value(0).toLongLong();
    depth.recipients = query.value(1).toLongLong();
    depth.deferred = query.value(2).toLongLong();
    depth.held = query.value(3).toLongLong();
    depth.notices = query.value(4).toLongLong();
    depth.oldestMs = query.value(5).toLongLong();
    return depth;
}

Expected<QList<QueueQuery::PendingReply>> QueueQuery::pendingReplies(qint64 messageId, int limit) const
{
    using Result = Expected<QList<PendingReply>>;
    auto db = Database::connection(m_dataDir);
    if (!db)
        return Result::failure(db.error());
    QSqlQuery query(db.value());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT address, COALESCE(last_code, 0), COALESCE(last_enhanced, ''),"
                                 " COALESCE(last_reply, '') FROM recipients WHERE message_id = ?"
                                 " AND state IN ('queued','deferred') ORDER BY id LIMIT ?"));
    query.addBindValue(messageId);
    query.addBindValue(limit);
    if (!query.exec())
        return Result::failure(query.lastError().text());
    QList<PendingReply> replies;
    while (query.next())
        replies.append({query.value(0).toString(), query.value(1).toInt(), query.value(2).toString(),
                        query.value(3).toString()});
    return replies;
}

Expected<QueueRow> QueueQuery::message(const QString& queueId) const
{
    auto db = Database::connection(m_dataDir);
    if (!db)
        return Expected<QueueRow>::failure(db.error());
    QSqlQuery query(db.value());
    query.setForwardOnly(true);
    query.prepare(SqlDialect::adapt(
        db.value(),
        groupedSelect() + QStringLiteral(" FROM messages m LEFT JOIN recipients r ON r.message_id = m.id"
                                         " AND r.state IN ('queued','deferred') WHERE m.queue_id = ?"
                                         " AND m.removed_at IS NULL GROUP BY m.id")));
    query.addBindValue(queueId);
    auto rows = readQueueRows(query);
    if (!rows)
        return Expected<QueueRow>::failure(rows.error());
    if (rows->isEmpty())
        return Expected<QueueRow>::failure(noSuchMessage(queueId));
    return rows->first();
}

} // namespace RelayDesk

#include "core/query/deliverylogquery.h"
#include "core/query/sqlfilter.h"
#include "core/store/database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace RelayDesk {

namespace {

// The sort expression of each column; NULL-free so that row-value comparisons order every row.
const char* const sortExpressions[] = {
    "m.received_at",
    "m.agent_name",
    "m.sender",
    "r.address",
    "m.subject",
    "CASE WHEN m.held = 1 AND r.state IN ('queued','deferred') THEN 'held' ELSE r.state END",
    "r.attempts",
    "r.updated_at",
    "COALESCE(r.last_code, 0)"};

bool hasSortColumn(const LogFilter& filter)
{
    return filter.sortColumn >= 0 && filter.sortColumn < DeliveryLogQuery::ColumnCount;
}

QString orderBy(const LogFilter& filter)
{
    const QString direction =
        filter.sortOrder == Qt::AscendingOrder ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    if (!hasSortColumn(filter))
        return QStringLiteral(" ORDER BY r.id DESC");
    return QStringLiteral(" ORDER BY ") + QLatin1String(sortExpressions[filter.sortColumn]) + direction +
           QStringLiteral(", r.id") + direction;
}

// The condition that continues after the last row shown: "(key, r.id) < (?, ?)" (descending) or ">".
// With a recipient prefix the unary + keeps SQLite from preferring a rowid range (which scans every older
// row) over the recipients_address index (which reads only the matches).
QString keysetCondition(const LogFilter& filter)
{
    const QString id =
        filter.recipient.trimmed().isEmpty() ? QStringLiteral("r.id") : QStringLiteral("+r.id");
    if (!hasSortColumn(filter))
        return id + QStringLiteral(" < ?");
    const QString op = filter.sortOrder == Qt::AscendingOrder ? QStringLiteral(">") : QStringLiteral("<");
    return QStringLiteral("(") + QLatin1String(sortExpressions[filter.sortColumn]) + QStringLiteral(", ") +
           id + QStringLiteral(") ") + op + QStringLiteral(" (?, ?)");
}

QVariant sortKey(const LogFilter& filter, const DeliveryLogRow& row)
{
    switch (filter.sortColumn) {
    case DeliveryLogQuery::Received:
        return row.receivedAt;
    case DeliveryLogQuery::Agent:
        return row.agent;
    case DeliveryLogQuery::Sender:
        return row.sender;
    case DeliveryLogQuery::Recipient:
        return row.recipient;
    case DeliveryLogQuery::Subject:
        return row.subject;
    case DeliveryLogQuery::State:
        return row.state;
    case DeliveryLogQuery::Attempts:
        return row.attempts;
    case DeliveryLogQuery::Updated:
        return row.updatedAt;
    case DeliveryLogQuery::LastReply:
        return row.lastCode;
    default:
        return {};
    }
}

const char* const selectColumns =
    "SELECT r.id, m.id, m.queue_id, m.agent_name, m.sender, r.address, m.subject,"
    " CASE WHEN m.held = 1 AND r.state IN ('queued','deferred') THEN 'held' ELSE r.state END,"
    " r.attempts, m.received_at, r.updated_at, r.last_code, r.last_enhanced, r.last_reply,"
    " EXISTS(SELECT 1 FROM message_bodies b WHERE b.message_id = m.id)"
    " FROM recipients r JOIN messages m ON m.id = r.message_id";

Expected<QList<DeliveryLogRow>> readRows(QSqlQuery& query)
{
    if (!query.exec())
        return Expected<QList<DeliveryLogRow>>::failure(query.lastError().text());
    QList<DeliveryLogRow> rows;
    while (query.next()) {
        DeliveryLogRow row;
        row.recipientId = query.value(0).toLongLong();
        row.messageId = query.value(1).toLongLong();
        row.queueId = query.value(2).toString();
        row.agent = query.value(3).toString();
        row.sender = query.value(4).toString();
        row.recipient = query.value(5).toString();
        row.subject = query.value(6).toString();
        row.state = query.value(7).toString();
        row.attempts = query.value(8).toInt();
        row.receivedAt = query.value(9).toLongLong();
        row.updatedAt = query.value(10).toLongLong();
        row.lastCode = query.value(11).toInt();
        row.lastEnhanced = query.value(12).toString();
        row.lastReply = query.value(13).toString();
        row.contentKept = query.value(14).toInt() != 0;
        rows.append(row);
    }
    return rows;
}

} // namespace

DeliveryLogQuery::DeliveryLogQuery(QString dataDir) : m_dataDir(std::move(dataDir)) {}

Expected<QList<DeliveryLogRow>> DeliveryLogQuery::page(const LogFilter& filter, int offset, int limit) const
{
    auto db = Database::connection(m_dataDir);
    if (!db)
        return Expected<QList<DeliveryLogRow>>::failure(db.error());
    const SqlFilter where(filter);
    QSqlQuery query(db.value());
    query.setForwardOnly(true);
    query.prepare(QLatin1String(selectColumns) + where.whereClause() + orderBy(filter) +
                  QStringLiteral(" LIMIT ? OFFSET ?"));
    where.bind(query);
    query.addBindValue(limit);
    query.addBindValue(offset);
    return readRows(query);
}

QString DeliveryLogQuery::pageSql(const LogFilter& filter, bool keyset)
{
    const SqlFilter where(filter);
    LogFilter onlyRecipient;
    onlyRecipient.recipient = filter.recipient;
    if (!filter.recipient.trimmed().isEmpty() && filter == onlyRecipient) {
        // Newest first by a recipient prefix alone: pick the page's ids from the covering index (address,
        // rowid) first, then read just those rows; a broad prefix matches tens of thousands of rows.
        return QLatin1String(selectColumns) +
               QStringLiteral(" WHERE r.id IN (SELECT id FROM recipients WHERE address >= ? COLLATE NOCASE"
                              " AND address < ? COLLATE NOCASE") +
               (keyset ? QStringLiteral(" AND +id < ?") : QString()) +
               QStringLiteral(" ORDER BY id DESC LIMIT ?) ORDER BY r.id DESC");
    }
    QString clause = where.whereClause();
    if (keyset)
        clause += (clause.isEmpty() ? QStringLiteral(" WHERE ") : QStringLiteral(" AND ")) +
                  keysetCondition(filter);
    return QLatin1String(selectColumns) + clause + orderBy(filter) + QStringLiteral(" LIMIT ?");
}

Expected<QList<DeliveryLogRow>> DeliveryLogQuery::pageAfter(const LogFilter& filter,
                                                            const DeliveryLogRow* after, int limit) const
{
    auto db = Database::connection(m_dataDir);
    if (!db)
        return Expected<QList<DeliveryLogRow>>::failure(db.error());
    const SqlFilter where(filter);
    QSqlQuery query(db.value());
    query.setForwardOnly(true);
    query.prepare(pageSql(filter, after != nullptr));
    where.bind(query);
    if (after) {
        if (hasSortColumn(filter))
            query.addBindValue(sortKey(filter, *after));
        query.addBindValue(after->recipientId);
    }
    query.addBindValue(limit);
    return readRows(query);
}

Expected<int> DeliveryLogQuery::count(const LogFilter& filter) const
{
    auto db = Database::connection(m_dataDir);
    if (!db)
        return Expected<int>::failure(db.error());
    const SqlFilter where(filter);
    QSqlQuery query(db.value());
    query.prepare(QStringLiteral("SELECT COUNT(*) FROM recipients r JOIN messages m ON m.id = r.message_id") +
                  where.whereClause());
    where.bind(query);
    if (!query.exec() || !query.next())
        return Expected<int>::failure(query.lastError().text());
    return query.value(0).toInt();
}

Expected<QList<DeliveryAttemptRow>> DeliveryLogQuery::attempts(qint64 recipientId) const
{
    auto db = Database::connection(m_dataDir);
    if (!db)
        return Expected<QList<DeliveryAttemptRow>>::failure(db.error());
    QList<DeliveryAttemptRow> rows;
    if (!db->tables().contains(QStringLiteral("delivery_attempts")))
        return rows;
    QSqlQuery query(db.value());
    query.prepare(QStringLiteral("SELECT * FROM delivery_attempts WHERE recipient_id = ? ORDER BY id"));
    query.addBindValue(recipientId);
    if (!query.exec())
        return Expected<QList<DeliveryAttemptRow>>::failure(query.lastError().text());
    // The attempts table is written by the queue runner; read its columns by name so that this view
    // keeps working while that schema settles.
    while (query.next()) {
        const QSqlRecord record = query.record();
        auto field = [&](const char* name) {
            const int i = record.indexOf(QLatin1String(name));
            return i < 0 ? QVariant() : query.value(i);
        };
        DeliveryAttemptRow row;
        row.at = field("started_at").isValid() ? field("started_at").toLongLong() : field("at").toLongLong();
        row.host = field("host").toString();
        row.code = field("code").toInt();
        row.enhanced = field("enhanced").toString();
        row.reply = field("reply").toString();
        row.transcript = field("transcript").toString();
        rows.append(row);
    }
    return rows;
}

} // namespace RelayDesk

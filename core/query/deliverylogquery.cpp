#include "core/query/deliverylogquery.h"
#include "core/query/keysetorder.h"
#include "core/query/sqlfilter.h"
#include "core/smtp/encodedwords.h"
#include "core/store/database.h"
#include "core/store/sqldialect.h"

#include <QSqlError>
#include <QSqlQuery>

namespace RelayDesk {

namespace {

// DeliveryLogRow::shownState() in SQL.
constexpr const char* shownState =
    "CASE WHEN m.held = 1 AND r.state IN ('queued','deferred') THEN 'held' ELSE r.state END";

// The sort expression of each column; NULL-free so that row-value comparisons order every row.
constexpr const char* sortExpressions[] = {"m.received_at", "m.agent_name", "m.sender",
                                           "r.address",     "m.subject",    shownState,
                                           "r.attempts",    "r.updated_at", "COALESCE(r.last_code, 0)",
                                           "m.queue_id"};

// fromText: the rows come from the free-text index f, which yields them newest first (rowid = r.id).
QString selectColumns(bool fromText = false)
{
    return QStringLiteral(
               "SELECT r.id, m.id, m.queue_id, m.agent_name, m.sender, r.address, m.subject, r.state,"
               " r.attempts, m.received_at, r.updated_at, r.last_code, r.last_enhanced, r.last_reply,"
               " EXISTS(SELECT 1 FROM message_bodies b WHERE b.message_id = m.id), r.next_attempt_at, m.held,"
               " (SELECT a.host FROM delivery_attempts a WHERE a.recipient_id = r.id ORDER BY a.id DESC"
               " LIMIT 1), m.removed_at IS NOT NULL,"
               // messages.agent_id is set to NULL when its agent is deleted; the name stays.
               " CASE WHEN m.agent_id IS NULL AND m.agent_name <> '' THEN 1 ELSE 0 END, m.notice_of, "
               "m.message_id") +
           (fromText ? QStringLiteral(" FROM delivery_log_fts f JOIN recipients r ON r.id = f.rowid"
                                      " JOIN messages m ON m.id = r.message_id")
                     : QStringLiteral(" FROM recipients r JOIN messages m ON m.id = r.message_id"));
}

bool hasText(const LogFilter& filter)
{
    return !LogFilter::ftsQuery(filter.text).isEmpty();
}

// Newest first (by r.id) unless the filter sorts by a column.
KeysetOrder orderOf(const LogFilter& filter)
{
    // With free text the order is by the index's rowid, which FTS5 yields in either direction without a sort.
    return KeysetOrder::forFilter(filter, sortExpressions,
                                  hasText(filter) ? QStringLiteral("f.rowid") : QStringLiteral("r.id"), -1,
                                  Qt::DescendingOrder);
}

SqlFilter whereOf(const LogFilter& filter)
{
    return SqlFilter(filter, hasText(filter) ? FilterColumns::recipientsJoinedWithText()
                                             : FilterColumns::recipients());
}

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
        row.subject = EncodedWords::decode(
            query.value(6).toString().toUtf8()); // rows stored before subjects were decoded
        row.state = query.value(7).toString();
        row.attempts = query.value(8).toInt();
        row.receivedAt = query.value(9).toLongLong();
        row.updatedAt = query.value(10).toLongLong();
        row.lastCode = query.value(11).toInt();
        row.lastEnhanced = query.value(12).toString();
        row.lastReply = query.value(13).toString();
        row.contentKept = query.value(14).toInt() != 0;
        row.nextAttemptAt = query.value(15).toLongLong();
        row.held = query.value(16).toInt() != 0;
        row.lastHost = query.value(17).toString();
        row.messageDeleted = query.value(18).toInt() != 0;
        row.agentDeleted = query.value(19).toInt() != 0;
        row.noticeOf = query.value(20).toString();
        row.messageIdHeader = query.value(21).toString();
        rows.append(row);
    }
    return rows;
}

} // namespace

DeliveryLogQuery::DeliveryLogQuery(QString dataDir) : m_dataDir(std::move(dataDir)) {}

QVariant DeliveryLogQuery::columnValue(const DeliveryLogRow& row, int column)
{
    switch (column) {
    case Received:
        return row.receivedAt;
    case Agent:
        return row.agent;
    case Sender:
        return row.sender;
    case Recipient:
        return row.recipient;
    case Subject:
        return row.subject;
    case State:
        return row.shownState();
    case Attempts:
        return row.attempts;
    case Updated:
        return row.updatedAt;
    case LastReply:
        return row.lastCode;
    case QueueId:
        return row.queueId;
    case Host:
        return row.lastHost;
    default:
        return {};
    }
}

QString DeliveryLogQuery::pageSql(const LogFilter& filter, bool keyset)
{
    LogFilter onlyRecipient;
    onlyRecipient.recipient = filter.recipient;
    if (!filter.recipient.trimmed().isEmpty() && filter == onlyRecipient) {
        // Newest first by a recipient prefix alone: pick the page's ids from the covering index (address,
        // rowid) first, then read just those rows; a broad prefix matches tens of thousands of rows.
        return selectColumns() +
               QStringLiteral(" WHERE r.id IN (SELECT id FROM recipients WHERE address >= ? COLLATE NOCASE"
                              " AND address < ? COLLATE NOCASE") +
               (keyset ? QStringLiteral(" AND +id < ?") : QString()) +
               QStringLiteral(" ORDER BY id DESC LIMIT ?) ORDER BY r.id DESC");
    }
    const KeysetOrder order = orderOf(filter);
    // With a recipient prefix the unary + keeps SQLite from preferring a rowid range (which scans every older
    // row) over the recipients_address index (which reads only the matches).
    const QString id = hasText(filter)                        ? QStringLiteral("f.rowid")
                       : filter.recipient.trimmed().isEmpty() ? QStringLiteral("r.id")
                                                              : QStringLiteral("+r.id");
    const SqlFilter where = whereOf(filter);
    return selectColumns(hasText(filter)) + where.whereClause(keyset ? order.after(id) : QString()) +
           order.orderBy() + QStringLiteral(" LIMIT ?");
}

Expected<QList<DeliveryLogRow>> DeliveryLogQuery::pageAfter(const LogFilter& filter,
                                                            const DeliveryLogRow* after, int limit) const
{
    auto db = Database::connection(m_dataDir);
    if (!db)
        return Expected<QList<DeliveryLogRow>>::failure(db.error());
    const SqlFilter where = whereOf(filter);
    QSqlQuery query(db.value());
    query.setForwardOnly(true);
    query.prepare(SqlDialect::adapt(db.value(), pageSql(filter, after != nullptr)));
    where.bind(query);
    if (after) {
        if (const KeysetOrder order = orderOf(filter); order.hasKey())
            query.addBindValue(columnValue(*after, order.column()));
        query.addBindValue(after->recipientId);
    }
    query.addBindValue(limit);
    return readRows(query);
}

Expected<qint64> DeliveryLogQuery::count(const LogFilter& filter) const
{
    auto db = Database::connection(m_dataDir);
    if (!db)
        return Expected<qint64>::failure(db.error());
    // The join with messages only when a condition reads it: a count of every row reads one index.
    LogFilter conditions = filter;
    conditions.sortColumn = -1;
    const bool text = hasText(conditions);
    const bool messages = !conditions.agent.isEmpty() || conditions.status == QLatin1String("held") ||
                          conditions.fromMs > 0 || conditions.toMs > 0 ||
                          !conditions.queueId.trimmed().isEmpty();
    const bool recipients = messages || !conditions.status.isEmpty() ||
                            !conditions.recipient.trimmed().isEmpty() ||
                            !conditions.recipientContains.isEmpty();
    const SqlFilter where = whereOf(conditions);
    // Words alone: the full-text index counts its own rows.
    QString from = !text ? QStringLiteral(" FROM recipients r")
                   : recipients
                       ? QStringLiteral(" FROM delivery_log_fts f JOIN recipients r ON r.id = f.rowid")
                       : QStringLiteral(" FROM delivery_log_fts f");
    if (messages)
        from += QStringLiteral(" JOIN messages m ON m.id = r.message_id");
    QSqlQuery query(db.value());
    query.setForwardOnly(true);
    query.prepare(
        SqlDialect::adapt(db.value(), QStringLiteral("SELECT COUNT(*)") + from + where.whereClause()));
    where.bind(query);
    if (!query.exec() || !query.next())
        return Expected<qint64>::failure(query.lastError().text());
    return query.value(0).toLongLong();
}

Expected<QList<DeliveryLogRow>> DeliveryLogQuery::ofMessage(qint64 messageId) const
{
    auto db = Database::connection(m_dataDir);
    if (!db)
        return Expected<QList<DeliveryLogRow>>::failure(db.error());
    QSqlQuery query(db.value());
    query.setForwardOnly(true);
    query.prepare(selectColumns() + QStringLiteral(" WHERE r.message_id = ? ORDER BY r.id"));
    query.addBindValue(messageId);
    return readRows(query);
}

} // namespace RelayDesk

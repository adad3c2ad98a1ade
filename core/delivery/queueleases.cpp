#include "core/delivery/queueleases.h"
#include "core/store/sqldialect.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace RelayDesk {

namespace {

constexpr qsizetype kChunk = 500; ///< ids per statement, well under either backend's limit of parameters

bool isPostgres(const QSqlDatabase& db)
{
    return SqlDialect::isPostgreSql(db);
}

QString placeholders(qsizetype count)
{
    QStringList marks;
    marks.reserve(count);
    for (qsizetype i = 0; i < count; ++i)
        marks << QStringLiteral("?");
    return marks.join(QLatin1Char(','));
}

QString failure(const QString& what, const QSqlQuery& query)
{
    return QStringLiteral("cannot %1 queue leases: %2").arg(what, query.lastError().text());
}

Expected<QSet<qint64>> claimChunk(QSqlDatabase& db, const QString& node, const QList<qint64>& ids,
                                  qint64 nowMs, qint64 leaseMs)
{
    using Result = Expected<QSet<qint64>>;
    const QString pending = QStringLiteral(" AND state IN ('queued','deferred') AND (lease_expires <= ? OR "
                                           "lease_node = ?)");
    const QString in = QStringLiteral("id IN (") + placeholders(ids.size()) + QLatin1Char(')');
    const bool postgres = isPostgres(db);
    // PostgreSQL: rows another node is claiming right now are skipped, not waited for; the lease is set in
    // the transaction that locked them. Losing a lease to a crash costs nothing (the recipient is due
    // again), so its commit need not wait for the disk.
    const QString sql =
        postgres ? QStringLiteral("UPDATE recipients SET lease_node = ?, lease_expires = ? WHERE id IN"
                                  " (SELECT id FROM recipients WHERE ") +
                       in + pending + QStringLiteral(" FOR UPDATE SKIP LOCKED) RETURNING id")
                 : QStringLiteral("UPDATE recipients SET lease_node = ?, lease_expires = ? WHERE ") + in +
                       pending + QStringLiteral(" RETURNING id");
    if (postgres) {
        if (!db.transaction())
            return Result::failure(
                QStringLiteral("cannot claim queue leases: %1").arg(db.lastError().text()));
        QSqlQuery local(db);
        if (!local.exec(QStringLiteral("SET LOCAL synchronous_commit = off"))) {
            db.rollback();
            return Result::failure(failure(QStringLiteral("claim"), local));
        }
    }
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(sql);
    query.addBindValue(node);
    query.addBindValue(nowMs + leaseMs);
    for (qint64 id : ids)
        query.addBindValue(id);
    query.addBindValue(nowMs);
    query.addBindValue(node);
    QSet<qint64> held;
    if (!query.exec()) {
        const QString error = failure(QStringLiteral("claim"), query);
        if (postgres)
            db.rollback();
        return Result::failure(error);
    }
    while (query.next())
        held.insert(query.value(0).toLongLong());
    query.finish();
    if (postgres && !db.commit())
        return Result::failure(QStringLiteral("cannot claim queue leases: %1").arg(db.lastError().text()));
    return held;
}

} // namespace

Expected<QSet<qint64>> QueueLeases::claim(QSqlDatabase& db, const QString& node, const QList<qint64>& ids,
                                          qint64 nowMs, qint64 leaseMs)
{
    QSet<qint64> held;
    for (qsizetype from = 0; from < ids.size(); from += kChunk) {
        const auto chunk = claimChunk(db, node, ids.mid(from, kChunk), nowMs, leaseMs);
        if (!chunk)
            return chunk;
        held.unite(chunk.value());
    }
    return held;
}

Expected<int> QueueLeases::renew(QSqlDatabase& db, const QString& node, qint64 nowMs, qint64 leaseMs)
{
    // "lease_node <> ''" repeats the partial index's condition, so that SQLite uses recipients_leased. A
    // lease that ran out is not the node's any more, even when nobody took it yet: it is never renewed, so
    // that the node's own account of what it holds (QueueRunner) stays exact.
    QSqlQuery query(db);
    query.prepare(
        QStringLiteral("UPDATE recipients SET lease_expires = ? WHERE lease_node = ?"
                       " AND lease_node <> '' AND lease_expires > ? AND state IN ('queued','deferred')"));
    query.addBindValue(nowMs + leaseMs);
    query.addBindValue(node);
    query.addBindValue(nowMs);
    if (!query.exec())
        return Expected<int>::failure(failure(QStringLiteral("renew"), query));
    return query.numRowsAffected();
}

Expected<int> QueueLeases::release(QSqlDatabase& db, const QString& node, const QList<qint64>& ids)
{
    int released = 0;
    for (qsizetype from = 0; from < ids.size(); from += kChunk) {
        const QList<qint64> chunk = ids.mid(from, kChunk);
        QSqlQuery query(db);
        query.prepare(
            QStringLiteral("UPDATE recipients SET lease_node = '', lease_expires = 0 WHERE lease_node = ?"
                           " AND lease_node <> '' AND id IN (") +
            placeholders(chunk.size()) + QLatin1Char(')'));
        query.addBindValue(node);
        for (qint64 id : chunk)
            query.addBindValue(id);
        if (!query.exec())
            return Expected<int>::failure(failure(QStringLiteral("release"), query));
        released += query.numRowsAffected();
    }
    return released;
}

Expected<int> QueueLeases::releaseAll(QSqlDatabase& db, const QString& node)
{
    QSqlQuery query(db);
    query.prepare(
        QStringLiteral("UPDATE recipients SET lease_node = '', lease_expires = 0 WHERE lease_node = ?"
                       " AND lease_node <> ''"));
    query.addBindValue(node);
    if (!query.exec())
        return Expected<int>::failure(failure(QStringLiteral("release"), query));
    return query.numRowsAffected();
}

} // namespace RelayDesk

#include "core/store/searchindex.h"
#include "core/store/sqldialect.h"
#include "core/store/storewriter.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace RelayDesk {

static Status run(QSqlQuery& query, const char* what)
{
    if (query.exec())
        return {};
    return Status::failure(QStringLiteral("%1: %2").arg(QLatin1String(what), query.lastError().text()));
}

QString SearchIndex::replyWords()
{
    // The reply's code and enhanced code are columns of their own (recipients.last_code, last_enhanced); the
    // text after them is last_reply. Indexed together so that "451" and "4.7.1" find the recipients.
    return QStringLiteral(
        "TRIM(COALESCE(CAST(r.last_code AS TEXT), '') || ' ' || COALESCE(r.last_enhanced, '')"
        " || ' ' || COALESCE(r.last_reply, ''))");
}

QString SearchIndex::idWords()
{
    // RFC 5322 3.6.4: a Message-ID's words ("<20261205.4711@crm.example>") found as the queue id's are.
    return QStringLiteral("TRIM(m.queue_id || ' ' || COALESCE(m.message_id, ''))");
}

/// The PostgreSQL advisory lock that one node's index batch holds until its transaction ends.
constexpr qint64 searchIndexLockKey = 0x52644674734978; // "RdFtsIx"

Expected<int> SearchIndex::indexBatch(QSqlDatabase& db, int limit)
{
    if (SqlDialect::isPostgreSql(db)) {
        // Two nodes picking the same noted rows would both insert them, and the second would fail on the
        // primary key. Not waiting keeps this node's accepts in the same transaction from waiting too.
        QSqlQuery& lock = StoreWriter::statement(
            db, QStringLiteral("SELECT pg_try_advisory_xact_lock(%1)").arg(searchIndexLockKey));
        if (const Status locked = run(lock, "taking the search index's lock"); !locked)
            return Expected<int>::failure(locked.error());
        const bool mine = lock.next() && lock.value(0).toBool();
        lock.finish();
        if (!mine)
            return kAnotherNodeIndexes;
    }
    // The batch's ids first, so that the three statements agree on them even if the pending table grows.
    QSqlQuery& pick = StoreWriter::statement(
        db,
        QStringLiteral("SELECT recipient_id FROM delivery_log_fts_pending ORDER BY recipient_id LIMIT ?"));
    pick.bindValue(0, limit);
    if (const Status picked = run(pick, "reading the search index's pending rows"); !picked)
        return Expected<int>::failure(picked.error());
    qint64 last = 0;
    int count = 0;
    while (pick.next()) {
        last = pick.value(0).toLongLong();
        ++count;
    }
    pick.finish();
    if (count == 0)
        return 0;

    // A re-noted recipient (its reply changed) has an old row: replace it. FTS5 takes the delete by rowid.
    const QString batch =
        QStringLiteral(" (SELECT recipient_id FROM delivery_log_fts_pending WHERE recipient_id <= ?)");
    QSqlQuery& drop =
        StoreWriter::statement(db, QStringLiteral("DELETE FROM delivery_log_fts WHERE rowid IN") + batch);
    drop.bindValue(0, last);
    if (const Status dropped = run(drop, "replacing search index rows"); !dropped)
        return Expected<int>::failure(dropped.error());
    QSqlQuery& add = StoreWriter::statement(
        db, QStringLiteral("INSERT INTO delivery_log_fts(rowid, recipient, sender, subject, reply, queue_id)"
                           " SELECT r.id, r.address, m.sender, m.subject,") +
                replyWords() + QStringLiteral(", ") + idWords() +
                QStringLiteral(" FROM recipients r JOIN messages m ON m.id = r.message_id WHERE r.id IN") +
                batch);
    add.bindValue(0, last);
    if (const Status added = run(add, "adding search index rows"); !added)
        return Expected<int>::failure(added.error());
    QSqlQuery& forget = StoreWriter::statement(
        db, QStringLiteral("DELETE FROM delivery_log_fts_pending WHERE recipient_id <= ?"));
    forget.bindValue(0, last);
    if (const Status forgotten = run(forget, "clearing the search index's pending rows"); !forgotten)
        return Expected<int>::failure(forgotten.error());
    return count;
}

Expected<int> SearchIndex::pendingCount(QSqlDatabase& db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM delivery_log_fts_pending")) || !query.next())
        return Expected<int>::failure(query.lastError().text());
    return query.value(0).toInt();
}

Expected<int> SearchIndex::indexAll(StoreWriter& writer)
{
    int total = 0;
    for (;;) {
        int batch = 0;
        const Status status = writer.runSync([&batch](QSqlDatabase& db) -> Status {
            const auto indexed = indexBatch(db);
            if (!indexed)
                return Status::failure(indexed.error());
            batch = std::max(indexed.value(), 0);
            return {};
        });
        if (!status)
            return Expected<int>::failure(status.error());
        total += batch;
        if (batch < kBatchRows)
            return total;
    }
}

} // namespace RelayDesk

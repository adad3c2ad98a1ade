#include "core/store/retentionpurge.h"
#include "core/store/settings.h"
#include "core/store/sqldialect.h"
#include "core/store/storewriter.h"
#include "core/util/clock.h"

#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QVariant>

#include <algorithm>

namespace RelayDesk {

RetentionPolicy RetentionPolicy::fromSettings(const Settings& settings)
{
    RetentionPolicy policy;
    policy.bodyDays = qMax(0, settings.intValue(QStringLiteral("retention.bodies")));
    policy.logDays = qMax(0, settings.intValue(QStringLiteral("retention.log")));
    return policy;
}

PurgeCounts& PurgeCounts::operator+=(const PurgeCounts& other)
{
    bodies += other.bodies;
    messages += other.messages;
    attempts += other.attempts;
    events += other.events;
    refusedSubmissions += other.refusedSubmissions;
    retiredCredentials += other.retiredCredentials;
    bodiesCapped = bodiesCapped || other.bodiesCapped;
    return *this;
}

namespace {

Status failure(const QSqlQuery& query)
{
    return Status::failure(QStringLiteral("cannot purge old rows: %1").arg(query.lastError().text()));
}

/// Runs a DELETE of at most limit rows older than cutoff; returns how many went, or -1 (error in status).
int deleteOlder(QSqlDatabase& db, const QString& sql, qint64 cutoff, int limit, Status* status)
{
    QSqlQuery& query = StoreWriter::statement(db, sql);
    query.addBindValue(cutoff);
    query.addBindValue(limit);
    if (!query.exec()) {
        *status = failure(query);
        return -1;
    }
    const int removed = query.numRowsAffected();
    query.finish();
    return removed;
}

} // namespace

Status RetentionPurge::settle(QSqlDatabase& db, qint64 messageId, qint64 nowMs, bool keepBodies)
{
    QSqlQuery& stamp = StoreWriter::statement(
        db, QStringLiteral(
                "UPDATE messages SET final_at = ? WHERE id = ? AND final_at IS NULL AND NOT EXISTS"
                " (SELECT 1 FROM recipients WHERE message_id = ? AND state IN ('queued','deferred'))"));
    stamp.addBindValue(nowMs);
    stamp.addBindValue(messageId);
    stamp.addBindValue(messageId);
    if (!stamp.exec())
        return failure(stamp);
    const bool final = stamp.numRowsAffected() > 0;
    stamp.finish();
    if (!final || keepBodies)
        return {};
    QSqlQuery& drop =
        StoreWriter::statement(db, QStringLiteral("DELETE FROM message_bodies WHERE message_id = ?"));
    drop.addBindValue(messageId);
    if (!drop.exec())
        return failure(drop);
    drop.finish();
    return {};
}

Expected<PurgeCounts> RetentionPurge::purgeBatch(QSqlDatabase& db, qint64 bodyCutoff, qint64 logCutoff,
                                                 int limit)
{
    PurgeCounts counts;
    Status status;
    // Bodies: walk message_bodies (only what is in flight or kept on purpose), not every final message. A
    // body goes at the latest with its message, and is counted then (the cascade below removed it silently:
    // `log purge` said "0 message bodies" for the kept bodies it took with their messages).
    const qint64 bodiesBefore = qMax(bodyCutoff, logCutoff);
    // As many bodies as make kBatchBodyBytes (at least one), in the order the removal below picks them.
    int bodyLimit = limit;
    {
        QSqlQuery sizes(db);
        sizes.setForwardOnly(true);
        sizes.prepare(SqlDialect::adapt(
            db,
            QStringLiteral("SELECT m.size FROM message_bodies b CROSS JOIN messages m ON m.id = b.message_id"
                           " WHERE m.final_at IS NOT NULL AND m.final_at < ? LIMIT ?")));
        sizes.addBindValue(bodiesBefore);
        sizes.addBindValue(limit);
        if (!sizes.exec())
            return Expected<PurgeCounts>::failure(failure(sizes).error());
        qint64 bytes = 0;
        int taken = 0;
        while (sizes.next()) {
            bytes += sizes.value(0).toLongLong();
            ++taken;
            if (bytes >= kBatchBodyBytes) {
                bodyLimit = taken;
                break;
            }
        }
    }
    counts.bodies = deleteOlder(
        db,
        SqlDialect::adapt(db,
                          QStringLiteral("DELETE FROM message_bodies WHERE message_id IN (SELECT b.message_id"
                                         " FROM message_bodies b CROSS JOIN messages m ON m.id = b.message_id"
                                         " WHERE m.final_at IS NOT NULL AND m.final_at < ? LIMIT ?)")),
        bodiesBefore, bodyLimit, &status);
    if (counts.bodies < 0)
        return Expected<PurgeCounts>::failure(status.error());
    counts.bodiesCapped = bodyLimit < limit && counts.bodies >= bodyLimit;
    // Final messages whose bodies went above (a batch later if this one's bodies reached its limit):
    // recipients go with them (ON DELETE CASCADE). The two statements pick the same rows (ordered by
    // final_at and id, in one transaction).
    const QString purgedMessages =
        QStringLiteral("SELECT id FROM messages WHERE final_at IS NOT NULL AND final_at < ? AND NOT EXISTS"
                       " (SELECT 1 FROM message_bodies b WHERE b.message_id = messages.id) ORDER BY final_at,"
                       " id LIMIT ?");
    // docs/protocols.md, "Sending limits": a message an agent submitted today counts against its daily limit
    // for the rest of the UTC day, as after a delete. Purged today (a log kept 0 days, `log purge --before
    // 1m`), it left the counts that the window and `agent show` read while the engine still refused at the
    // true count (an outside tester read "55 of 2000 today" beside a refusal for 3,336).
    constexpr qint64 msPerDay = 24 * 60 * 60 * 1000;
    const qint64 now = nowMs();
    QSqlQuery& kept = StoreWriter::statement(
        db, QStringLiteral("INSERT INTO sending_use_removed(agent_id, received_at) SELECT m.agent_id,"
                           " m.received_at FROM messages m WHERE m.id IN (%1) AND m.received_at >= ? AND"
                           " m.listener IN ('submission', 'smtps', 'lan') AND m.agent_id IN (SELECT id FROM"
                           " agents)")
                .arg(purgedMessages));
    kept.addBindValue(logCutoff);
    kept.addBindValue(limit);
    kept.addBindValue(now - now % msPerDay); // the UTC day's start, as sendingWindowStart() has it
    if (!kept.exec())
        return Expected<PurgeCounts>::failure(failure(kept).error());
    kept.finish();
    counts.messages =
        deleteOlder(db, QStringLiteral("DELETE FROM messages WHERE id IN (%1)").arg(purgedMessages),
                    logCutoff, limit, &status);
    if (counts.messages < 0)
        return Expected<PurgeCounts>::failure(status.error());
    // The attempts of a message still waiting stay whatever their age, those of its delivered recipients
    // too: its transcripts are what support reads while it waits (an outside tester's `log purge --before
    // 1s` left a deferred recipient with "ATTEMPTS 1" and no attempt to show, and then the 250 of its
    // delivered sibling gone).
    counts.attempts = deleteOlder(
        db,
        QStringLiteral("DELETE FROM delivery_attempts WHERE id IN (SELECT a.id FROM delivery_attempts a"
                       " WHERE a.started_at < ? AND NOT EXISTS (SELECT 1 FROM recipients r WHERE"
                       " r.message_id = a.message_id AND r.state IN ('queued','deferred'))"
                       " ORDER BY a.started_at LIMIT ?)"),
        logCutoff, limit, &status);
    if (counts.attempts < 0)
        return Expected<PurgeCounts>::failure(status.error());
    counts.events = deleteOlder(db,
                                QStringLiteral("DELETE FROM security_events WHERE id IN (SELECT id FROM"
                                               " security_events WHERE at < ? ORDER BY at LIMIT ?)"),
                                logCutoff, limit, &status);
    if (counts.events < 0)
        return Expected<PurgeCounts>::failure(status.error());
    counts.refusedSubmissions =
        deleteOlder(db,
                    QStringLiteral("DELETE FROM refused_submissions WHERE id IN (SELECT id FROM"
                                   " refused_submissions WHERE at < ? ORDER BY at LIMIT ?)"),
                    logCutoff, limit, &status);
    if (counts.refusedSubmissions < 0)
        return Expected<PurgeCounts>::failure(status.error());
    // A deleted agent's credentials are kept as long as the refusals they cause are (security_events).
    counts.retiredCredentials =
        deleteOlder(db,
                    QStringLiteral("DELETE FROM retired_credentials WHERE username IN (SELECT username FROM"
                                   " retired_credentials WHERE retired_at < ? ORDER BY retired_at LIMIT ?)"),
                    logCutoff, limit, &status);
    if (counts.retiredCredentials < 0)
        return Expected<PurgeCounts>::failure(status.error());
    return counts;
}

bool RetentionPurge::mayHaveMore(const PurgeCounts& batch, int limit)
{
    return batch.bodiesCapped || batch.bodies >= limit || batch.messages >= limit ||
           batch.attempts >= limit || batch.events >= limit || batch.refusedSubmissions >= limit ||
           batch.retiredCredentials >= limit;
}

Expected<PurgeCounts> RetentionPurge::purgeAll(StoreWriter& writer, qint64 bodyCutoff, qint64 logCutoff)
{
    PurgeCounts totals;
    int limit = kBatchRows;
    for (;;) {
        PurgeCounts batch;
        QElapsedTimer took;
        took.start();
        const Status status = writer.runSync([&](QSqlDatabase& db) {
            const auto counts = purgeBatch(db, bodyCutoff, logCutoff, limit);
            if (!counts)
                return Status::failure(counts.error());
            batch = counts.value();
            return Status();
        });
        if (!status)
            return Expected<PurgeCounts>::failure(status.error());
        totals += batch;
        if (!mayHaveMore(batch, limit))
            return totals;
        // A running engine waits for the write lock while a batch of this process runs, and SQLite's lock is
        // not fair: batch after batch, an outside tester's purge of a big store held accepts up for 35 s and
        // three ended in 451. A batch that took long is smaller the next time, and as long again passes with
        // the lock free, so that the engine commits in between.
        const qint64 ms = took.elapsed();
        if (ms > kBatchTargetMs)
            limit = std::max(1, limit / 2);
        else if (ms < kBatchTargetMs / 4)
            limit = std::min(kBatchRows, limit * 2);
        QThread::msleep(static_cast<unsigned long>(std::clamp<qint64>(ms, 1, 1000)));
    }
}

} // namespace RelayDesk

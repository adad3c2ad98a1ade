#include "core/delivery/queueactions.h"
#include "core/delivery/outcomerecorder.h"
#include "core/store/database.h"
#include "core/store/retentionpurge.h"
#include "core/store/settings.h"
#include "core/store/storewriter.h"
#include "core/util/clock.h"

#include <QSqlError>
#include <QSqlQuery>

namespace RelayDesk {

namespace {

QList<QueueRecipient> recipientsOf(QSqlDatabase db, qint64 messageId, bool pendingOnly)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
                  "SELECT id, address, state, attempts, next_attempt_at, last_code, last_enhanced, last_reply"
                  " FROM recipients WHERE message_id = ?") +
              (pendingOnly ? QStringLiteral(" AND state IN ('queued','deferred')") : QString()) +
              QStringLiteral(" ORDER BY id"));
    q.addBindValue(messageId);
    QList<QueueRecipient> list;
    if (!q.exec())
        return list;
    while (q.next())
        list.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                     q.value(3).toInt(), q.value(4).toLongLong(), q.value(5).toInt(), q.value(6).toString(),
                     q.value(7).toString()});
    return list;
}

const char* const messageColumns = "id, queue_id, agent_name, sender, subject, size, received_at, held,"
                                   " EXISTS(SELECT 1 FROM message_bodies b WHERE b.message_id = messages.id)";

QueueEntry readMessage(const QSqlQuery& q)
{
    QueueEntry e;
    e.messageId = q.value(0).toLongLong();
    e.queueId = q.value(1).toString();
    e.agent = q.value(2).toString();
    e.sender = q.value(3).toString();
    e.subject = q.value(4).toString();
    e.size = q.value(5).toLongLong();
    e.receivedAt = q.value(6).toLongLong();
    e.held = q.value(7).toInt() != 0;
    e.contentKept = q.value(8).toInt() != 0;
    return e;
}

} // namespace

QueueActions::QueueActions(QString dataDir, StoreWriter* writer)
    : m_dataDir(std::move(dataDir)), m_writer(writer)
{
}

QString QueueActions::noSuchMessage(const QString& queueId)
{
    return QStringLiteral("no queued message with id %1").arg(queueId);
}

Expected<qint64> QueueActions::messageId(const QString& queueId) const
{
    auto db = Database::connection(m_dataDir);
    if (!db)
        return Expected<qint64>::failure(db.error());
    QSqlQuery q(db.value());
    q.prepare(QStringLiteral("SELECT id FROM messages WHERE queue_id = ?"));
    q.addBindValue(queueId);
    if (!q.exec())
        return Expected<qint64>::failure(q.lastError().text());
    if (!q.next())
        return Expected<qint64>::failure(noSuchMessage(queueId));
    return q.value(0).toLongLong();
}

Expected<QList<QueueEntry>> QueueActions::list(int limit) const
{
    using Result = Expected<QList<QueueEntry>>;
    auto db = Database::connection(m_dataDir);
    if (!db)
        return Result::failure(db.error());
    QSqlQuery q(db.value());
    q.prepare(QStringLiteral("SELECT ") + QLatin1String(messageColumns) +
              QStringLiteral(" FROM messages WHERE id IN (SELECT message_id FROM recipients"
                             " WHERE state IN ('queued','deferred')) ORDER BY received_at, id LIMIT ?"));
    q.addBindValue(limit);
    if (!q.exec())
        return Result::failure(q.lastError().text());
    QList<QueueEntry> entries;
    while (q.next()) {
        QueueEntry e = readMessage(q);
        e.recipients = recipientsOf(db.value(), e.messageId, false);
        entries.append(e);
    }
    return entries;
}

Expected<QueueEntry> QueueActions::show(const QString& queueId) const
{
    const auto id = messageId(queueId);
    if (!id)
        return Expected<QueueEntry>::failure(id.error());
    auto db = Database::connection(m_dataDir);
    QSqlQuery q(db.value());
    q.prepare(QStringLiteral("SELECT ") + QLatin1String(messageColumns) +
              QStringLiteral(" FROM messages WHERE id = ?"));
    q.addBindValue(id.value());
    if (!q.exec() || !q.next())
        return Expected<QueueEntry>::failure(noSuchMessage(queueId));
    QueueEntry e = readMessage(q);
    e.recipients = recipientsOf(db.value(), e.messageId, false);
    const auto attempts = DeliveryLog(m_dataDir).forMessage(e.messageId);
    if (attempts)
        e.attempts = attempts.value();
    return e;
}

Status QueueActions::write(const QString& queueId, const QString& sql, bool needPending)
{
    const auto id = messageId(queueId);
    if (!id)
        return Status::failure(id.error());
    const qint64 messageId = id.value();
    const qint64 now = nowMs();
    return m_writer->runSync([=](QSqlDatabase& db) {
        QSqlQuery q(db);
        q.prepare(sql);
        if (sql.count(QLatin1Char('?')) == 2)
            q.addBindValue(now);
        q.addBindValue(messageId);
        if (!q.exec())
            return Status::failure(q.lastError().text());
        if (needPending && q.numRowsAffected() == 0)
            return Status::failure(
                QStringLiteral("message %1 has no recipient left to deliver").arg(queueId));
        return Status();
    });
}

Status QueueActions::retry(const QString& queueId)
{
    return write(queueId,
                 QStringLiteral("UPDATE recipients SET next_attempt_at = ? WHERE message_id = ?"
                                " AND state IN ('queued','deferred')"),
                 true);
}

Status QueueActions::hold(const QString& queueId)
{
    return write(queueId, QStringLiteral("UPDATE messages SET held = 1 WHERE id = ?"), false);
}

Status QueueActions::release(const QString& queueId)
{
    return write(queueId, QStringLiteral("UPDATE messages SET held = 0 WHERE id = ?"), false);
}

Status QueueActions::remove(const QString& queueId)
{
    // message_bodies and recipients go with it (ON DELETE CASCADE); the delivery log stays.
    return write(queueId, QStringLiteral("DELETE FROM messages WHERE id = ?"), false);
}

Status QueueActions::bounce(const QString& queueId)
{
    const auto id = messageId(queueId);
    if (!id)
        return Status::failure(id.error());
    const qint64 messageId = id.value();
    const Settings settings(m_dataDir);
    const OutcomeRecorder::Context context{RetrySchedule::fromSettings(settings),
                                           settings.value(QStringLiteral("server.hostname")), nowMs(),
                                           RetentionPolicy::fromSettings(settings).keepsBodies()};
    return m_writer->runSync([=](QSqlDatabase& db) {
        const auto summary = OutcomeRecorder::bounceNow(db, messageId, context);
        if (!summary)
            return Status::failure(summary.error());
        if (summary->bounced == 0)
            return Status::failure(
                QStringLiteral("message %1 has no recipient left to deliver").arg(queueId));
        return Status();
    });
}

} // namespace RelayDesk

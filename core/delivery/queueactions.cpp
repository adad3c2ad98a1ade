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

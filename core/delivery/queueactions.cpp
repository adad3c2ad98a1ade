#include "core/delivery/queueactions.h"
#include "core/agents/sendinglimits.h"
#include "core/delivery/outcomerecorder.h"
#include "core/delivery/retryschedule.h"
#include "core/dkim/dkimsignaturekeys.h"
#include "core/store/adminchanges.h"
#include "core/store/database.h"
#include "core/store/messagelease.h"
#include "core/store/messagespool.h"
#include "core/store/retentionpurge.h"
#include "core/store/settings.h"
#include "core/store/storewriter.h"
#include "core/util/adminchangenotice.h"
#include "core/util/clock.h"
#include "core/util/logactor.h"
#include "core/util/logcategories.h"
#include "core/util/logline.h"
#include "core/util/queueid.h"

#include <QCoreApplication>
#include <QDateTime>

#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

namespace RelayDesk {

namespace {

/// The operator log's line for what a person did to a queued message, from whichever face, with who did it
/// (docs/operations.md, "Logs"): on relaydesk.config, so it passes at every level. A held or bounced message
/// left no trace of who held or bounced it (an outside tester).
Status logged(Status status, LogLine line)
{
    if (status)
        qCInfo(lcConfig) << LogActor::describe(line);
    return status;
}

} // namespace

QueueActions::QueueActions(QString dataDir, StoreWriter* writer)
    : m_dataDir(std::move(dataDir)), m_writer(writer)
{
}

QString QueueActions::noSuchMessage(const QString& queueId)
{
    return QCoreApplication::translate("RelayDesk::QueueActions", "no queued message with id %1")
        .arg(queueId);
}

QString QueueActions::notInQueue(QSqlDatabase& db, const QString& queueId)
{
    // A deleted message is still shown (queue show, the delivery log): "no queued message" read as a typo.
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("SELECT removed_at FROM messages WHERE queue_id = ? AND removed_at IS NOT NULL"));
    q.addBindValue(queueId);
    if (!q.exec() || !q.next())
        return noSuchMessage(queueId);
    const QString when = QDateTime::fromMSecsSinceEpoch(q.value(0).toLongLong())
                             .toLocalTime()
                             .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    return QCoreApplication::translate(
               "RelayDesk::QueueActions",
               "message %1 was deleted from the queue on %2: there is nothing left to "
               "do with it (its body went with it; queue show %1 shows its history)")
        .arg(queueId, when);
}

QString QueueActions::deletedReply()
{
    return QStringLiteral("not sent: deleted from the queue by the relay administrator");
}

QString QueueActions::nothingWaits(const QString& queueId)
{
    return QCoreApplication::translate("RelayDesk::QueueActions",
                                       "message %1 has nothing left to delete: every recipient is final and "
                                       "its body is gone (its delivery log stays until retention removes it)")
        .arg(queueId);
}

QString QueueActions::bodyGone(const QString& queueId)
{
    return QStringLiteral(
               "message %1 cannot be resent: its body is no longer stored (it is removed once every"
               " recipient is final; the setting retention.bodies keeps bodies for some days)")
        .arg(queueId);
}

Expected<bool> QueueActions::askMessage(const QString& sql, const QString& queueId) const
{
    auto db = Database::connection(m_dataDir);
    if (!db)
        return Expected<bool>::failure(db.error());
    QSqlQuery q(db.value());
    q.prepare(sql);
    q.addBindValue(queueId);
    if (!q.exec())
        return Expected<bool>::failure(q.lastError().text());
    if (!q.next())
        return Expected<bool>::failure(noSuchMessage(queueId));
    return q.value(0).toBool();
}

Expected<bool> QueueActions::isHeld(const QString& queueId) const
{
    return askMessage(
        QStringLiteral("SELECT removed_at IS NULL AND held = 1 FROM messages WHERE queue_id = ?"), queueId);
}

Expected<bool> QueueActions::pastGiveUp(const QString& queueId) const
{
    const RetrySchedule schedule = RetrySchedule::fromSettings(Settings(m_dataDir));
    auto db = Database::connection(m_dataDir);
    if (!db)
        return Expected<bool>::failure(db.error());
    QSqlQuery q(db.value());
    q.prepare(QStringLiteral("SELECT received_at FROM messages WHERE queue_id = ?"));
    q.addBindValue(queueId);
    if (!q.exec())
        return Expected<bool>::failure(q.lastError().text());
    if (!q.next())
        return Expected<bool>::failure(noSuchMessage(queueId));
    return schedule.shouldGiveUp(q.value(0).toLongLong(), nowMs());
}

Expected<bool> QueueActions::stillWaiting(const QString& queueId) const
{
    return askMessage(QStringLiteral("SELECT m.removed_at IS NULL AND EXISTS(SELECT 1 FROM recipients r WHERE"
                                     " r.message_id = m.id AND r.state IN ('queued','deferred'))"
                                     " FROM messages m WHERE m.queue_id = ?"),
                      queueId);
}

Expected<qint64> QueueActions::messageId(const QString& queueId) const
{
    auto db = Database::connection(m_dataDir);
    if (!db)
        return Expected<qint64>::failure(db.error());
    QSqlQuery q(db.value());
    q.prepare(QStringLiteral("SELECT id FROM messages WHERE queue_id = ? AND removed_at IS NULL"));
    q.addBindValue(queueId);
    if (!q.exec())
        return Expected<qint64>::failure(q.lastError().text());
    if (!q.next())
        return Expected<qint64>::failure(notInQueue(db.value(), queueId));
    return q.value(0).toLongLong();
}

Status QueueActions::write(const QString& queueId, const QString& sql, bool needPending, bool wakesDelivery)
{
    const auto id = messageId(queueId);
    if (!id)
        return Status::failure(id.error());
    const qint64 messageId = id.value();
    const qint64 now = nowMs();
    const Status status = m_writer->runSync([=](QSqlDatabase& db) {
        QSqlQuery q(db);
        q.prepare(sql);
        if (sql.count(QLatin1Char('?')) == 2)
            q.addBindValue(now);
        q.addBindValue(messageId);
        if (!q.exec())
            return Status::failure(q.lastError().text());
        if (needPending && q.numRowsAffected() == 0)
            return Status::failure(QCoreApplication::translate("RelayDesk::QueueActions",
                                                               "message %1 has no recipient left to deliver")
                                       .arg(queueId));
        return wakesDelivery ? AdminChanges::bump(db, AdminChanges::queueTopic()) : Status();
    });
    if (status && wakesDelivery)
        AdminChangeNotice::post(); // an engine in this process reads the topic now, not in 250 ms
    return status;
}

Status QueueActions::retry(const QString& queueId)
{
    // A held message is not tried (QueueScheduler skips it): saying "tried again now" would be untrue.
    const auto id = messageId(queueId);
    if (!id)
        return Status::failure(id.error());
    auto db = Database::connection(m_dataDir);
    if (!db)
        return Status::failure(db.error());
    QSqlQuery held(db.value());
    held.prepare(QStringLiteral("SELECT held FROM messages WHERE id = ?"));
    held.addBindValue(id.value());
    if (!held.exec())
        return Status::failure(held.lastError().text());
    if (held.next() && held.value(0).toInt() != 0)
        return Status::failure(
            QCoreApplication::translate("RelayDesk::QueueActions",
                                        "message %1 is on hold: release it first, then retry it")
                .arg(queueId));
    held.finish();
    // docs/scaling.md, "Queue leases": a node that took it and stopped answering holds it until its lease
    // runs out; "tried again now" was untrue there (an outside tester's retry did nothing for a minute and a
    // half).
    const qint64 now = nowMs();
    const auto lease = MessageLease::read(db.value(), id.value());
    if (!lease)
        return Status::failure(lease.error());
    if (const QString node = lease->strandedNode(now); !node.isEmpty()) {
        const QString until = QDateTime::fromMSecsSinceEpoch(lease->leaseExpires, QTimeZone::utc())
                                  .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        return Status::failure(
            QCoreApplication::translate(
                "RelayDesk::QueueActions",
                "message %1 waits for node %2, which stopped answering: no node delivers it until that "
                "node's hold on it runs out at %3 UTC, when another node takes it; \"relaydesk node "
                "forget %2\" frees it now")
                .arg(queueId, node, until));
    }
    return logged(write(queueId,
                        QStringLiteral("UPDATE recipients SET next_attempt_at = ? WHERE message_id = ?"
                                       " AND state IN ('queued','deferred')"),
                        true, true),
                  LogLine("message_retried").add("queue_id", queueId));
}

// Holding or releasing a message whose recipients are all final (delivered, bounced) would change nothing.
const char pendingMessage[] = " AND EXISTS (SELECT 1 FROM recipients WHERE message_id = messages.id"
                              " AND state IN ('queued','deferred'))";

Status QueueActions::hold(const QString& queueId)
{
    return logged(
        write(queueId,
              QStringLiteral("UPDATE messages SET held = 1 WHERE id = ?") + QLatin1String(pendingMessage),
              true),
        LogLine("message_held").add("queue_id", queueId));
}

Status QueueActions::release(const QString& queueId)
{
    return logged(
        write(queueId,
              QStringLiteral("UPDATE messages SET held = 0 WHERE id = ?") + QLatin1String(pendingMessage),
              true, true),
        LogLine("message_released").add("queue_id", queueId));
}

Status QueueActions::remove(const QString& queueId, int* stopped)
{
    const auto id = messageId(queueId);
    if (!id)
        return Status::failure(id.error());
    const qint64 messageId = id.value();
    const qint64 now = nowMs();
    const qint64 dayStart = sendingWindowStart(SendingWindow::Day, now);
    int waitingCount = 0;
    Status status = m_writer->runSync([=, &waitingCount](QSqlDatabase& db) {
        // The message stays as history (docs/reliability.md, "Deleting from the queue"): recipients already
        // delivered or bounced keep their outcome in the delivery log, the day's counts and the agent's
        // sending use keep the message, and what still waited is final as 'deleted'. Only the content goes.
        // Each recipient that still waited gets its last word in the delivery log, before it changes state.
        QSqlQuery logged(db);
        logged.prepare(QStringLiteral(
            "INSERT INTO delivery_attempts(attempt_key, message_id, queue_id, agent_id, agent_name, sender,"
            " recipient_id, recipient, status, route, started_at, reply, sign)"
            " SELECT m.queue_id || '.deleted.' || r.id, m.id, m.queue_id, m.agent_id, m.agent_name, m.sender,"
            " r.id, r.address, 'deleted', 'administrator', CAST(? AS BIGINT), CAST(? AS TEXT), 'red'"
            " FROM recipients r JOIN messages m ON m.id = r.message_id"
            " WHERE r.message_id = ? AND r.state IN ('queued','deferred')"));
        logged.addBindValue(now);
        logged.addBindValue(deletedReply());
        logged.addBindValue(messageId);
        QSqlQuery waiting(db);
        waiting.prepare(
            QStringLiteral("UPDATE recipients SET state = 'deleted', last_code = 0, last_enhanced = '',"
                           " last_reply = ?, updated_at = ?, lease_node = '', lease_expires = 0"
                           " WHERE message_id = ? AND state IN ('queued','deferred')"));
        waiting.addBindValue(deletedReply());
        waiting.addBindValue(now);
        waiting.addBindValue(messageId);
        QSqlQuery marked(db);
        marked.prepare(
            QStringLiteral("UPDATE messages SET removed_at = ?, held = 0, final_at = COALESCE(final_at,"
                           " ?) WHERE id = ? AND removed_at IS NULL"));
        marked.addBindValue(now);
        marked.addBindValue(now);
        marked.addBindValue(messageId);
        QSqlQuery content(db);
        content.prepare(QStringLiteral("DELETE FROM message_bodies WHERE message_id = ?"));
        content.addBindValue(messageId);
        // Rows an older version noted for messages it deleted outright count only for their own day.
        QSqlQuery earlier(db);
        earlier.prepare(QStringLiteral("DELETE FROM sending_use_removed WHERE received_at < ?"));
        earlier.addBindValue(dayStart);
        for (QSqlQuery* step : {&marked, &logged, &waiting, &content, &earlier}) {
            if (!step->exec())
                return Status::failure(step->lastError().text());
            if (step == &marked && step->numRowsAffected() == 0)
                return Status::failure(notInQueue(db, queueId)); // deleted meanwhile, by another process
            if (step == &waiting)
                waitingCount = step->numRowsAffected();
            // Nothing waited and no body was kept: there was nothing to delete, and the job's savepoint
            // takes back the mark.
            if (step == &content && waitingCount == 0 && step->numRowsAffected() == 0)
                return Status::failure(nothingWaits(queueId));
        }
        return Status();
    });
    if (status) {
        logged(status, LogLine("message_deleted").add("queue_id", queueId).add("stopped", waitingCount));
        if (stopped)
            *stopped = waitingCount;
    }
    return status;
}

QString QueueActions::underWayRefusal(const QString& queueId)
{
    return QCoreApplication::translate(
               "RelayDesk::QueueActions",
               "message %1 is being delivered right now: a bounce would tell its sender "
               "that it failed while it may still arrive; bounce it once this attempt "
               "has ended, or hold it to stop further attempts")
        .arg(queueId);
}

Status QueueActions::bounce(const QString& queueId)
{
    const auto id = messageId(queueId);
    if (!id)
        return Status::failure(id.error());
    const qint64 messageId = id.value();
    // Another node delivers it now (docs/scaling.md, "Queue leases"): a notice of failure would reach the
    // sender while the message may still arrive (an outside tester's sender was told "Undelivered" and the
    // mail arrived 18 s later). The faces refuse the same for a delivery under way in their own engine.
    if (auto db = Database::connection(m_dataDir); db) {
        const auto lease = MessageLease::read(db.value(), messageId);
        if (!lease)
            return Status::failure(lease.error());
        if (const QString node = lease->deliveringNode(nowMs()); !node.isEmpty())
            return Status::failure(underWayRefusal(queueId));
    }
    const Settings settings(m_dataDir);
    const OutcomeRecorder::Context context{RetrySchedule::fromSettings(settings),
                                           settings.value(QStringLiteral("server.hostname")), nowMs(),
                                           RetentionPolicy::fromSettings(settings).keepsBodies()};
    int bounced = 0;
    const Status status = m_writer->runSync([=, &bounced](QSqlDatabase& db) {
        const auto summary = OutcomeRecorder::bounceNow(db, messageId, context);
        if (!summary)
            return Status::failure(summary.error());
        if (summary->bounced == 0)
            return Status::failure(QCoreApplication::translate("RelayDesk::QueueActions",
                                                               "message %1 has no recipient left to deliver")
                                       .arg(queueId));
        // Nothing of it waits any more: not held either, as after a delete (an outside tester's viewer and
        // `queue show` still called a bounced message held).
        QSqlQuery released(db);
        released.prepare(QStringLiteral("UPDATE messages SET held = 0 WHERE id = ?"));
        released.addBindValue(messageId);
        if (!released.exec())
            return Status::failure(released.lastError().text());
        bounced = summary->bounced;
        return Status();
    });
    return logged(status, LogLine("message_bounced").add("queue_id", queueId).add("recipients", bounced));
}

Expected<QString> QueueActions::resend(const QString& queueId)
{
    const QString copyId = generateQueueId();
    const qint64 now = nowMs();
    const QString day = MessageSpool::utcDay(now); // the day of the daily statistics, as an acceptance
    const Status status = m_writer->runSync([=](QSqlDatabase& db) {
        auto failed = [](const QSqlQuery& q) { return Status::failure(q.lastError().text()); };
        QSqlQuery original(db);
        original.prepare(
            QStringLiteral("SELECT m.id, m.agent_id, m.agent_name, m.sender, m.subject, m.size,"
                           " m.client_address, b.body, b.dkim_signature, m.message_id FROM messages m"
                           " LEFT JOIN message_bodies b ON b.message_id = m.id WHERE m.queue_id = ?"
                           " AND m.removed_at IS NULL"));
        original.addBindValue(queueId);
        if (!original.exec())
            return failed(original);
        if (!original.next())
            return Status::failure(notInQueue(db, queueId));
        if (original.value(7).isNull())
            return Status::failure(bodyGone(queueId));
        const qint64 originalId = original.value(0).toLongLong();
        const QVariant agentId = original.value(1);
        // A copy of a message still on its way would reach its waiting recipients twice (an outside tester
        // got two deliveries of a message resent before its first attempt).
        QSqlQuery waiting(db);
        waiting.prepare(QStringLiteral("SELECT COUNT(*) FROM recipients WHERE message_id = ? AND state IN"
                                       " ('queued','deferred')"));
        waiting.addBindValue(originalId);
        if (!waiting.exec() || !waiting.next())
            return failed(waiting);
        if (waiting.value(0).toLongLong() > 0)
            return Status::failure(QCoreApplication::translate(
                                       "RelayDesk::QueueActions",
                                       "message %1 still has recipients in the queue (waiting for a try or "
                                       "a retry): resend it once every recipient is delivered or bounced, or "
                                       "try it again now (relaydesk queue retry %1)")
                                       .arg(queueId));

        // The same steps as accepting a message (MessageSpool::commit): message, body, recipients, the
        // agent's daily count, in this one transaction, durable before the caller hears of it.
        QSqlQuery copy(db);
        copy.prepare(
            QStringLiteral("INSERT INTO messages(queue_id, agent_id, agent_name, sender, subject, size,"
                           " received_at, listener, client_address, message_id) VALUES(?, ?, ?, ?, ?, ?, ?,"
                           " 'resend', ?, ?) RETURNING id"));
        copy.addBindValue(copyId);
        copy.addBindValue(agentId);
        for (int column : {2, 3, 4, 5})
            copy.addBindValue(original.value(column));
        copy.addBindValue(now);
        copy.addBindValue(original.value(6));
        copy.addBindValue(original.value(9)); // the same Message-ID: the copy is the same message
        if (!copy.exec() || !copy.next())
            return failed(copy);
        const qint64 copyMessageId = copy.value(0).toLongLong();
        copy.finish(); // SQLite: a RETURNING statement ends before the commit
        // What the sender asked of notices (RFC 3461) holds for the copy too.
        QSqlQuery dsn(db);
        dsn.prepare(
            QStringLiteral("UPDATE messages SET (dsn_ret, dsn_envid) = (SELECT dsn_ret, dsn_envid FROM"
                           " messages WHERE id = ?) WHERE id = ?"));
        dsn.addBindValue(originalId);
        dsn.addBindValue(copyMessageId);
        if (!dsn.exec())
            return failed(dsn);
        // The DKIM-Signature fields go along: the copy sends the bytes the original sent (or is signed
        // when first handed out, like the original). Fields by a key retired since would fail at every
        // receiver: then the copy is signed again when first handed out (docs/operations.md, "DKIM").
        const auto published = DkimSignatureKeys::published(db, original.value(8).toByteArray());
        if (!published)
            return Status::failure(published.error());
        QSqlQuery body(db);
        body.prepare(QStringLiteral("INSERT INTO message_bodies(message_id, body, dkim_signature) SELECT ?,"
                                    " body, CASE WHEN ? = 1 THEN dkim_signature END FROM message_bodies"
                                    " WHERE message_id = ?"));
        body.addBindValue(copyMessageId);
        body.addBindValue(published.value() ? 1 : 0);
        body.addBindValue(originalId);
        if (!body.exec())
            return failed(body);
        // Not the recipients on the agent's suppression list: the command line and the window say the copy
        // is not sent there, and a copy that held them sent the sender one more notice about each (an outside
        // tester).
        QSqlQuery recipients(db);
        recipients.prepare(QStringLiteral(
            "INSERT INTO recipients(message_id, address, domain, state,"
            " next_attempt_at, updated_at, dsn_notify, dsn_orcpt) SELECT ?, r.address, r.domain,"
            " 'queued', ?, ?, r.dsn_notify, r.dsn_orcpt FROM recipients r WHERE r.message_id = ? AND NOT "
            "EXISTS (SELECT 1 FROM"
            " suppressions s WHERE s.agent_id = ? AND s.address = lower(r.address))"
            " ORDER BY r.id"));
        recipients.addBindValue(copyMessageId);
        recipients.addBindValue(now);
        recipients.addBindValue(now);
        recipients.addBindValue(originalId);
        recipients.addBindValue(agentId.isNull() ? QVariant(qint64(0)) : agentId);
        if (!recipients.exec())
            return failed(recipients);
        if (recipients.numRowsAffected() == 0)
            return Status::failure(
                QCoreApplication::translate("RelayDesk::QueueActions",
                                            "message %1 has no recipients to resend to that "
                                            "are not on the suppression list")
                    .arg(queueId));
        if (!agentId.isNull()) {
            QSqlQuery stats(db);
            stats.prepare(QStringLiteral(
                "INSERT INTO agent_daily_stats(agent_id, day, accepted) VALUES(?, ?, 1)"
                " ON CONFLICT(agent_id, day) DO UPDATE SET accepted = agent_daily_stats.accepted + 1"));
            stats.addBindValue(agentId);
            stats.addBindValue(day);
            if (!stats.exec())
                return failed(stats);
        }
        return AdminChanges::bump(db, AdminChanges::queueTopic());
    });
    if (!status)
        return Expected<QString>::failure(status.error());
    logged(status, LogLine("message_resent").add("queue_id", queueId).add("copy", copyId));
    return copyId;
}

} // namespace RelayDesk

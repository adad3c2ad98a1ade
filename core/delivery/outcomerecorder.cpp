#include "core/delivery/outcomerecorder.h"
#include "core/delivery/dsnsubmission.h"
#include "core/delivery/failurereports.h"
#include "core/delivery/suppressionlist.h"
#include "core/smtp/dsnparameters.h"
#include "core/store/messagespool.h"
#include "core/store/retentionpurge.h"
#include "core/store/storewriter.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace RelayDesk {

namespace {

// The reply an administrator's bounce records (bounceNow); a delivery that arrives later replaces it.
constexpr char administratorBounce[] = "bounced by the relay administrator";

struct MessageInfo
{
    bool exists = false;
    QString queueId;
    QByteArray sender;
    qint64 agentId = 0;
    QString agentName;
    qint64 receivedAt = 0;
    bool delayNotified = false;
    bool notice = false; ///< the relay's own bounce or delay notice (listener 'dsn'), not the agent's mail
    bool failuresHeld = false; ///< failures wait for its notice (FailureReports)
};

struct RecipientRow
{
    QString status; ///< delivered, deferred, bounced, suppressed (deleted: QueueActions)
    qint64 recipientId = 0;
    QString address;
    int code = 0;
    QString enhanced;
    QString reply;
};

Status sqlFailure(const QSqlQuery& query)
{
    return Status::failure(QStringLiteral("cannot record the delivery: %1").arg(query.lastError().text()));
}

MessageInfo loadMessage(QSqlDatabase& db, qint64 messageId)
{
    QSqlQuery& q = StoreWriter::statement(
        db, QStringLiteral("SELECT queue_id, sender, agent_id, agent_name, received_at, delay_notified,"
                           " listener, failures_held FROM messages WHERE id = ?"));
    q.addBindValue(messageId);
    MessageInfo info;
    if (q.exec() && q.next()) {
        info.exists = true;
        info.queueId = q.value(0).toString();
        info.sender = q.value(1).toString().toUtf8();
        info.agentId = q.value(2).toLongLong();
        info.agentName = q.value(3).toString();
        info.receivedAt = q.value(4).toLongLong();
        info.delayNotified = q.value(5).toInt() != 0;
        info.notice = q.value(6).toString() == QLatin1String("dsn");
        info.failuresHeld = q.value(7).toInt() != 0;
    }
    q.finish();
    return info;
}

QByteArray loadBody(QSqlDatabase& db, qint64 messageId)
{
    // As it was sent: with the DKIM-Signature fields made at its first delivery (docs/operations.md, "DKIM").
    QSqlQuery& q = StoreWriter::statement(
        db, QStringLiteral("SELECT dkim_signature, body FROM message_bodies WHERE message_id = ?"));
    q.addBindValue(messageId);
    const QByteArray body =
        q.exec() && q.next() ? q.value(0).toByteArray() + q.value(1).toByteArray() : QByteArray();
    q.finish();
    return body;
}

// What the recipient's last attempt was told, for an administrator's bounce notice: the sender learns why the
// mail had waited (an outside tester's customer got only "bounced by the relay administrator"). Empty when no
// attempt was made.
QByteArray lastAttemptReply(QSqlDatabase& db, qint64 recipientId)
{
    QSqlQuery& q = StoreWriter::statement(
        db, QStringLiteral("SELECT host, code, enhanced, reply, transcript FROM delivery_attempts"
                           " WHERE recipient_id = ? ORDER BY id DESC LIMIT 1"));
    q.addBindValue(recipientId);
    QByteArray said;
    if (q.exec() && q.next()) {
        const QByteArray host = q.value(0).toString().toUtf8();
        const int code = q.value(1).toInt();
        QByteArray reply = q.value(3).toString().toUtf8();
        if (code > 0) {
            const QByteArray enhanced = q.value(2).toString().toUtf8();
            reply =
                QByteArray::number(code) + (enhanced.isEmpty() ? QByteArray() : ' ' + enhanced) + ' ' + reply;
        }
        // The server's own words only when its transcript holds a reply with that code; a connection refused
        // or lost is the relay's account ("host ... said: 421 4.4.1 Connection refused" was untrue: an
        // outside tester).
        const QByteArray transcript = q.value(4).toString().toUtf8();
        const QByteArray serverLine = "S: " + QByteArray::number(code);
        const bool serverSaid =
            code > 0 && !host.isEmpty() &&
            (transcript.startsWith(serverLine) || transcript.contains(QByteArray("\n" + serverLine)));
        if (!reply.trimmed().isEmpty())
            said = (serverSaid ? QByteArray("host " + host + " said: ")
                               : QByteArray("the last attempt failed: ")) +
                   reply.trimmed();
    }
    q.finish();
    return said;
}

QString signOf(const QString& status)
{
    if (status == QLatin1String("delivered"))
        return QStringLiteral("green");
    return status == QLatin1String("deferred") ? QStringLiteral("yellow") : QStringLiteral("red");
}

Status insertRow(QSqlDatabase& db, const QString& key, const MessageInfo& message, qint64 messageId,
                 const DeliveryAttemptResult& result, const RecipientRow& row, qint64 startedAt,
                 const QString& node)
{
    QSqlQuery& q = StoreWriter::statement(
        db, QStringLiteral(
                "INSERT INTO delivery_attempts(attempt_key, message_id, queue_id, agent_id, agent_name,"
                " sender, recipient_id, recipient, status, route, host, ip, port, started_at, duration_ms,"
                " tls_version, tls_cipher, code, enhanced, reply, sign, transcript, node)"
                " VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    // NOT NULL text columns: a null QString would bind as NULL.
    for (QVariant v :
         {QVariant(key),
          QVariant(messageId),
          QVariant(message.queueId),
          message.agentId > 0 ? QVariant(message.agentId) : QVariant(QMetaType(QMetaType::LongLong)),
          QVariant(message.agentName),
          QVariant(QString::fromUtf8(message.sender)),
          QVariant(row.recipientId),
          QVariant(row.address),
          QVariant(row.status),
          QVariant(result.route),
          QVariant(result.host),
          QVariant(result.address),
          QVariant(int(result.port)),
          QVariant(startedAt),
          QVariant(result.durationMs),
          QVariant(result.tlsVersion),
          QVariant(result.tlsCipher),
          QVariant(row.code),
          QVariant(row.enhanced),
          QVariant(row.reply),
          QVariant(signOf(row.status)),
          QVariant(QString::fromUtf8(result.transcript)),
          QVariant(node)}) {
        if (v.typeId() == QMetaType::QString && v.toString().isNull())
            v = QVariant(QStringLiteral(""));
        q.addBindValue(v);
    }
    return q.exec() ? Status() : sqlFailure(q);
}

Status countStats(QSqlDatabase& db, qint64 agentId, qint64 now, const RecordSummary& s)
{
    if (agentId <= 0 || s.delivered + s.deferred + s.bounced == 0)
        return {};
    QSqlQuery& q = StoreWriter::statement(
        db, QStringLiteral("INSERT INTO agent_daily_stats(agent_id, day, delivered, deferred, bounced)"
                           " VALUES(?, ?, ?, ?, ?) ON CONFLICT(agent_id, day) DO UPDATE SET"
                           " delivered = agent_daily_stats.delivered + excluded.delivered,"
                           " deferred = agent_daily_stats.deferred + excluded.deferred,"
                           " bounced = agent_daily_stats.bounced + excluded.bounced"));
    q.addBindValue(agentId);
    // The UTC day, as the accepted count of the same row (MessageSpool) and the dashboard's chart.
    q.addBindValue(MessageSpool::utcDay(now));
    q.addBindValue(s.delivered);
    q.addBindValue(s.deferred);
    q.addBindValue(s.bounced);
    return q.exec() ? Status() : sqlFailure(q);
}

/// The last reply the store holds for a recipient, from the columns last_code, last_enhanced and last_reply
/// at first, first + 1 and first + 2 of query's row.
SmtpReply storedReply(const QSqlQuery& query, int first)
{
    SmtpReply reply;
    reply.code = query.value(first).toInt();
    reply.enhanced = query.value(first + 1).toString().toUtf8();
    reply.lines = {query.value(first + 2).toString().toUtf8()};
    return reply;
}

/// The delay notice goes once per message (RFC 3464 2.3.3, "Action: delayed"), so it names every recipient
/// the relay is still retrying, not only those of the domain whose attempt made it due: the others with the
/// last reply the relay recorded for them, as the relay's own record (no Remote-MTA: whether a server or the
/// relay itself made that reply is not stored).
Status appendOtherDelayed(QSqlDatabase& db, qint64 messageId, const QSet<qint64>& reported,
                          qint64 retryUntilMs, QList<DsnRecipient>* delayed)
{
    QSqlQuery& others = StoreWriter::statement(
        db,
        QStringLiteral("SELECT id, address, last_code, last_enhanced, last_reply, updated_at FROM recipients"
                       " WHERE message_id = ? AND state = 'deferred' ORDER BY id"));
    others.addBindValue(messageId);
    if (!others.exec())
        return sqlFailure(others);
    while (others.next()) {
        if (reported.contains(others.value(0).toLongLong()))
            continue;
        const SmtpReply reply = storedReply(others, 2);
        delayed->append({others.value(1).toString().toUtf8(), true,
                         reply.enhanced.isEmpty() ? QByteArray("4.0.0") : reply.enhanced, QString(),
                         reply.code > 0 ? reply.fullText() : QByteArray(), others.value(5).toLongLong(),
                         retryUntilMs, true});
    }
    others.finish();
    return {};
}

/// The message's time is up: its other recipients waiting for a retry (not one in flight elsewhere, which
/// its own attempt records) are given up now with the ones of this attempt, so that the sender gets one
/// notice for them all. Each was tried on its own schedule and gave up at its own next attempt, a notice
/// each (an outside tester's message to ten greylisted recipients brought its sender ten notices).
Status giveUpOthersExpired(QSqlDatabase& db, const MessageInfo& message, qint64 messageId,
                           const QSet<qint64>& reported, const QString& key, const QString& node,
                           qint64 nowMs, QList<DsnRecipient>* failed, RecordSummary* summary)
{
    QSqlQuery& others = StoreWriter::statement(
        db, QStringLiteral("SELECT id, address, last_code, last_enhanced, last_reply FROM recipients"
                           " WHERE message_id = ? AND state = 'deferred' AND lease_node = '' ORDER BY id"));
    others.addBindValue(messageId);
    if (!others.exec())
        return sqlFailure(others);
    QList<RecipientRow> rows;
    while (others.next()) {
        if (reported.contains(others.value(0).toLongLong()))
            continue;
        const SmtpReply last = storedReply(others, 2);
        const QString lastText =
            last.code > 0 ? QString::fromUtf8(last.fullText()) : others.value(4).toString();
        rows.append({QStringLiteral("bounced"), others.value(0).toLongLong(), others.value(1).toString(),
                     last.code, QString::fromLatin1(OutcomeRecorder::expiredEnhanced()),
                     OutcomeRecorder::expiredReply(lastText)});
        failed->append({rows.last().address.toUtf8(), false, OutcomeRecorder::expiredEnhanced(), QString(),
                        last.code > 0 ? last.fullText() : QByteArray(), nowMs, 0, true});
    }
    others.finish();
    // No server was asked: the relay's own decision, in its delivery log row as such.
    DeliveryAttemptResult decided;
    decided.route = QStringLiteral("expiry");
    for (const RecipientRow& row : std::as_const(rows)) {
        QSqlQuery& update = StoreWriter::statement(
            db, QStringLiteral("UPDATE recipients SET state = 'bounced', last_enhanced = ?, last_reply = ?,"
                               " updated_at = ? WHERE id = ? AND state = 'deferred' AND lease_node = ''"));
        update.addBindValue(row.enhanced);
        update.addBindValue(row.reply);
        update.addBindValue(nowMs);
        update.addBindValue(row.recipientId);
        if (!update.exec())
            return sqlFailure(update);
        if (update.numRowsAffected() == 0) {
            failed->removeIf([&](const DsnRecipient& r) { return r.address == row.address.toUtf8(); });
            continue;
        }
        ++summary->bounced;
        summary->expired.append(row.recipientId);
        summary->expiredWith.append({row.address, row.reply});
        if (const Status logged =
                insertRow(db, key + QStringLiteral(".expiry.") + QString::number(row.recipientId), message,
                          messageId, decided, row, nowMs, node);
            !logged)
            return logged;
    }
    return {};
}

QString attemptKey(const DeliveryAttemptResult& result)
{
    return result.job.queueId + QLatin1Char('.') + QString::number(result.startedMs) + QLatin1Char('.') +
           QString::number(QRandomGenerator::global()->generate(), 36);
}

} // namespace

Expected<RecordSummary> OutcomeRecorder::record(QSqlDatabase& db, const DeliveryAttemptResult& result,
                                                const Context& context)
{
    auto summary = recordOutcome(db, result, context);
    if (!summary || result.job.unstoredSignature.isEmpty())
        return summary;
    // docs/operations.md, "When it is signed": after the outcome, so that a message whose recipients are all
    // final now (its body removed) costs no write; one with a recipient pending keeps its fields for it.
    QSqlQuery& keep = StoreWriter::statement(
        db, QStringLiteral("UPDATE message_bodies SET dkim_signature = ? WHERE message_id = ?"
                           " AND dkim_signature IS NULL"));
    keep.addBindValue(result.job.unstoredSignature);
    keep.addBindValue(result.job.messageId);
    if (!keep.exec())
        return Expected<RecordSummary>::failure(sqlFailure(keep).error());
    return summary;
}

Expected<RecordSummary> OutcomeRecorder::recordOutcome(QSqlDatabase& db, const DeliveryAttemptResult& result,
                                                       const Context& context)
{
    using Result = Expected<RecordSummary>;
    const qint64 messageId = result.job.messageId;
    MessageInfo message = loadMessage(db, messageId);
    if (!message.exists) { // deleted while in flight: keep the log, nothing else to change
        message.queueId = result.job.queueId;
        message.sender = result.job.sender;
        message.agentId = result.job.agentId;
    }
    const QString key = attemptKey(result);
    const qint64 startedAt = result.startedMs > 0 ? result.startedMs : context.nowMs;
    // A message that is gone has no receipt time here: its deferral is not "expired" (an outside tester's
    // relay, its store replaced under it, logged 732 false 4.4.7 bounces of a message 13 minutes old).
    const bool expired = message.exists && context.schedule.shouldGiveUp(message.receivedAt, context.nowMs);
    RecordSummary summary;
    QList<DsnRecipient> failed;
    QList<DsnRecipient> delayed;
    QList<DsnRecipient> relayed; // RFC 3461 4.1, NOTIFY=SUCCESS to a server that does not offer DSN
    // One jitter for the attempt: recipients that wait together are tried together again, in one transaction
    // (each with a jitter of its own, an outside tester's five recipients deferred by one 452 4.5.3 came back
    // in five transactions at five moments).
    const double jitter01 = QRandomGenerator::global()->generateDouble();

    for (const RecipientOutcome& outcome : result.outcomes) {
        const SmtpReply& reply = outcome.reply;
        RecipientRow row;
        row.recipientId = outcome.recipientId;
        row.address = QString::fromUtf8(outcome.recipient);
        if (row.address.isEmpty()) {
            QSqlQuery& address =
                StoreWriter::statement(db, QStringLiteral("SELECT address FROM recipients WHERE id = ?"));
            address.addBindValue(outcome.recipientId);
            if (address.exec() && address.next())
                row.address = address.value(0).toString();
            address.finish();
        }
        row.code = reply.code;
        row.enhanced = QString::fromUtf8(reply.enhanced);
        row.reply = QString::fromUtf8(reply.lines.join(' '));
        DsnRecipient dsn{row.address.toUtf8(),
                         false,
                         reply.enhanced,
                         reply.local ? QString() : result.host,
                         reply.code > 0 ? reply.fullText() : QByteArray(),
                         startedAt,
                         0,
                         reply.local};
        if (dsn.status.isEmpty())
            dsn.status = reply.isPermanent() ? "5.0.0" : "4.0.0";
        QString updateSql;
        if (reply.code >= 200 && reply.code < 300) {
            row.status = QStringLiteral("delivered");
            // A delivery that was under way when an administrator deleted or bounced the message still
            // arrived: the log says so, not "not sent" (an outside tester's sender was told to send it
            // again).
            updateSql = QStringLiteral("UPDATE recipients SET state = 'delivered', attempts = attempts + 1,"
                                       " last_code = ?, last_enhanced = ?, last_reply = ?, updated_at = ?,"
                                       " lease_node = '', lease_expires = 0"
                                       " WHERE id = ? AND (state IN ('queued','deferred','deleted') OR"
                                       " (state = 'bounced' AND last_reply = '") +
                        QLatin1String(administratorBounce) + QStringLiteral("'))");
        } else if (reply.isPermanent() || expired) {
            row.status = QStringLiteral("bounced");
            if (!reply.isPermanent()) { // RFC 3463 4.4.7: the retry time ran out
                summary.expired.append(row.recipientId);
                row.enhanced = QString::fromLatin1(expiredEnhanced());
                row.reply = expiredReply(reply.code > 0 ? QString::fromUtf8(reply.fullText()) : row.reply);
                dsn.status = expiredEnhanced();
            }
            updateSql = QStringLiteral("UPDATE recipients SET state = 'bounced', attempts = attempts + 1,"
                                       " last_code = ?, last_enhanced = ?, last_reply = ?, updated_at = ?,"
                                       " lease_node = '', lease_expires = 0"
                                       " WHERE id = ? AND state IN ('queued','deferred')");
        } else {
            row.status = QStringLiteral("deferred");
            updateSql =
                QStringLiteral("UPDATE recipients SET state = 'deferred', attempts = attempts + 1,"
                               " last_code = ?, last_enhanced = ?, last_reply = ?, updated_at = ?,"
                               " lease_node = '', lease_expires = 0,"
                               " next_attempt_at = ? WHERE id = ? AND state IN ('queued','deferred')");
        }
        QSqlQuery& update = StoreWriter::statement(db, updateSql);
        update.addBindValue(row.code);
        update.addBindValue(row.enhanced);
        update.addBindValue(row.reply);
        update.addBindValue(context.nowMs);
        if (row.status == QLatin1String("deferred")) {
            QSqlQuery& attempts =
                StoreWriter::statement(db, QStringLiteral("SELECT attempts FROM recipients WHERE id = ?"));
            attempts.addBindValue(row.recipientId);
            const int failures = attempts.exec() && attempts.next() ? attempts.value(0).toInt() + 1 : 1;
            attempts.finish();
            const qint64 next =
                context.schedule.nextAttemptAt(context.nowMs, failures, message.receivedAt, jitter01);
            update.addBindValue(next);
        }
        update.addBindValue(row.recipientId);
        if (!update.exec())
            return Result::failure(sqlFailure(update).error());
        if (message.exists && update.numRowsAffected() == 0)
            continue; // already final (bounced or deleted by an administrator meanwhile): nothing to record
        if (row.status == QLatin1String("delivered")) {
            ++summary.delivered;
            // RFC 3461 4.1 and RFC 3464 2.3.3: a server that offers DSN itself got the sender's NOTIFY and
            // reports success if asked; one that does not leaves the "relayed" notice to this relay.
            const qsizetype index = result.job.recipientIds.indexOf(row.recipientId);
            if (!result.dsnPassedOn && DsnParameters::wantsSuccess(result.job.notify.value(index))) {
                DsnRecipient success = dsn;
                success.relayed = true;
                relayed.append(success);
            }
            // The administrator's "not sent" for this recipient was not what happened: it goes, and the
            // delivery below takes its place (the day's counts count the recipient once).
            QSqlQuery& overtaken = StoreWriter::statement(
                db,
                QStringLiteral("DELETE FROM delivery_attempts WHERE recipient_id = ? AND (status = 'deleted'"
                               " OR (status = 'bounced' AND route IN ('admin', 'administrator')))"));
            overtaken.addBindValue(row.recipientId);
            if (!overtaken.exec())
                return Result::failure(sqlFailure(overtaken).error());
        } else if (row.status == QLatin1String("bounced")) {
            ++summary.bounced;
            if (result.route == QLatin1String("administrator")) {
                if (const QByteArray last = lastAttemptReply(db, row.recipientId); !last.isEmpty())
                    dsn.diagnostic += "; before that, " + last;
            }
            failed.append(dsn);
            // A notice that bounced does not suppress its recipient, the agent's own sender: every later
            // notice to it would go unsent, unseen (an outside tester's shop lost its bounces after one DNS
            // slip).
            if (SuppressionList::isHardBounce(reply) && message.agentId > 0 && !message.notice) {
                const Status s = SuppressionList::insert(db, message.agentId, row.address,
                                                         QString::fromUtf8(reply.fullText()), context.nowMs);
                if (!s)
                    return Result::failure(s.error());
            }
        } else {
            ++summary.deferred;
            dsn.delayed = true;
            dsn.willRetryUntilMs = message.receivedAt + context.schedule.policy().giveUpAfterMs;
            delayed.append(dsn);
        }
        const Status logged = insertRow(db, key, message, messageId, result, row, startedAt, context.node);
        if (!logged)
            return Result::failure(logged.error());
    }
    if (expired && !summary.expired.isEmpty()) {
        QSet<qint64> reported;
        for (const RecipientOutcome& outcome : result.outcomes)
            reported.insert(outcome.recipientId);
        if (const Status s = giveUpOthersExpired(db, message, messageId, reported, key, context.node,
                                                 context.nowMs, &failed, &summary);
            !s)
            return Result::failure(s.error());
    }
    // A notice the relay wrote to the agent's sender is not mail the agent sent: its outcomes are not the
    // agent's (the dashboard counts notices apart too).
    if (const Status s = countStats(db, message.notice ? 0 : message.agentId, context.nowMs, summary); !s)
        return Result::failure(s.error());
    if (!message.exists)
        return summary;
    if (message.sender.isEmpty()) { // never a DSN for a null sender: no bounce loops
        if (const Status s = RetentionPurge::settle(db, messageId, context.nowMs, context.keepBodies); !s)
            return Result::failure(s.error());
        return summary;
    }

    // One failure notice per message (FailureReports): while another attempt of it is under way, this
    // attempt's failures wait for it; the attempt that ends last reports them all.
    const int failedHere = int(failed.size());
    if (const Status s =
            FailureReports::gather(db, messageId, message.failuresHeld, context.node, context.nowMs,
                                   context.jobsUnderWay.value(messageId), &failed);
        !s)
        return Result::failure(s.error());
    if (failedHere > 0 && failed.isEmpty())
        summary.failuresHeld += failedHere;

    const bool noticeDue = !delayed.isEmpty() && !message.delayNotified &&
                           context.schedule.delayNoticeDue(message.receivedAt, context.nowMs);
    if (noticeDue) {
        QSet<qint64> reported;
        for (const RecipientOutcome& outcome : result.outcomes)
            reported.insert(outcome.recipientId);
        if (const Status s =
                appendOtherDelayed(db, messageId, reported, delayed.first().willRetryUntilMs, &delayed);
            !s)
            return Result::failure(s.error());
    }
    QList<QList<DsnRecipient>> reports;
    if (!failed.isEmpty())
        reports.append(failed);
    if (noticeDue)
        reports.append(delayed);
    if (!relayed.isEmpty())
        reports.append(relayed);
    const QByteArray original = reports.isEmpty()           ? QByteArray()
                                : result.job.body.isEmpty() ? loadBody(db, messageId)
                                                            : result.job.body;
    for (const QList<DsnRecipient>& recipients : reports) {
        DsnInput input{context.hostname, message.queueId, message.sender, message.receivedAt,
                       context.nowMs,    original,        recipients};
        const auto queued = DsnSubmission::enqueue(db, input, message.agentId, message.agentName);
        if (!queued)
            return Result::failure(queued.error());
        if (!queued.value().isEmpty())
            summary.dsnQueueIds.append(queued.value());
    }
    if (noticeDue) {
        QSqlQuery& mark =
            StoreWriter::statement(db, QStringLiteral("UPDATE messages SET delay_notified = 1 WHERE id = ?"));
        mark.addBindValue(messageId);
        if (!mark.exec())
            return Result::failure(sqlFailure(mark).error());
    }
    // After the DSN, which quotes the original: the body goes in the transaction that made it final.
    if (const Status s = RetentionPurge::settle(db, messageId, context.nowMs, context.keepBodies); !s)
        return Result::failure(s.error());
    return summary;
}

Expected<RecordSummary> OutcomeRecorder::recordSuppressed(QSqlDatabase& db,
                                                          const QList<SuppressedRecipient>& skipped,
                                                          const Context& context)
{
    RecordSummary summary;
    // Per message, in the order met: the recipients its sender is told about.
    QList<std::pair<qint64, QList<DsnRecipient>>> reports;
    for (const SuppressedRecipient& s : skipped) {
        QSqlQuery& update = StoreWriter::statement(
            db,
            QStringLiteral("UPDATE recipients SET state = 'suppressed', last_code = 0, last_enhanced = '',"
                           " last_reply = ?, updated_at = ?, lease_node = '', lease_expires = 0 WHERE id = ? "
                           "AND state IN ('queued','deferred')"));
        const QString reply = SuppressionList::suppressedReply(s.reason);
        update.addBindValue(reply);
        update.addBindValue(context.nowMs);
        update.addBindValue(s.recipientId);
        if (!update.exec())
            return Expected<RecordSummary>::failure(sqlFailure(update).error());
        if (update.numRowsAffected() == 0)
            continue;
        const MessageInfo message = loadMessage(db, s.messageId);
        DeliveryAttemptResult result;
        result.route = QStringLiteral("suppression");
        RecipientRow row{QStringLiteral("suppressed"), s.recipientId, s.address, 0, QString(), reply};
        const QString key = message.queueId + QStringLiteral(".suppressed.") + QString::number(s.recipientId);
        if (const Status logged =
                insertRow(db, key, message, s.messageId, result, row, context.nowMs, context.node);
            !logged)
            return Expected<RecordSummary>::failure(logged.error());
        ++summary.suppressed;
        summary.suppressedIds.append(s.recipientId);
        auto report = std::find_if(reports.begin(), reports.end(),
                                   [&s](const auto& entry) { return entry.first == s.messageId; });
        if (report == reports.end())
            report = reports.insert(reports.end(), {s.messageId, {}});
        // The relay answered 250 for this recipient and now will not deliver: the sender must be told
        // (RFC 5321 6.1), in the relay's own words (no server said anything).
        report->second.append({s.address.toUtf8(), false, SuppressionList::noticeStatus(s.reason), QString(),
                               SuppressionList::suppressedNotice(s.reason).toUtf8(), context.nowMs, 0, true});
    }
    for (const auto& [messageId, skippedHere] : std::as_const(reports)) {
        const MessageInfo message = loadMessage(db, messageId);
        QList<DsnRecipient> recipients = skippedHere;
        if (message.exists && !message.sender.isEmpty()) {
            // One notice per message (FailureReports): the same pass hands out the message's other domains,
            // whose failures would come in a notice of their own (an outside tester got two at once).
            if (const Status s =
                    FailureReports::gather(db, messageId, message.failuresHeld, context.node, context.nowMs,
                                           context.jobsUnderWay.value(messageId), &recipients);
                !s)
                return Expected<RecordSummary>::failure(s.error());
            if (recipients.isEmpty())
                continue; // kept: nothing is final yet, the body stays for the attempt that ends last
        }
        if (message.exists && !message.sender.isEmpty()) { // never a DSN for a null sender
            DsnInput input{context.hostname, message.queueId,         message.sender, message.receivedAt,
                           context.nowMs,    loadBody(db, messageId), recipients};
            const auto queued = DsnSubmission::enqueue(db, input, message.agentId, message.agentName);
            if (!queued)
                return Expected<RecordSummary>::failure(queued.error());
            if (!queued.value().isEmpty())
                summary.dsnQueueIds.append(queued.value());
        }
        // After the DSN, which quotes the original's headers.
        if (const Status settled = RetentionPurge::settle(db, messageId, context.nowMs, context.keepBodies);
            !settled)
            return Expected<RecordSummary>::failure(settled.error());
    }
    return summary;
}

Status OutcomeRecorder::recordInterrupted(QSqlDatabase& db, const QList<DeliveryInFlight>& open,
                                          const Context& context)
{
    // A support person's `queue show` had no sign of the attempt a clean stop cut short, and the message
    // arrived twice (an outside tester): the row says when and what happens now.
    for (const DeliveryInFlight& delivery : open) {
        for (const QString& address : delivery.recipients) {
            QSqlQuery& find = StoreWriter::statement(
                db, QStringLiteral(
                        "SELECT m.id, r.id FROM messages m JOIN recipients r ON r.message_id = m.id"
                        " WHERE m.queue_id = ? AND r.address = ? AND r.state IN ('queued','deferred')"));
            find.addBindValue(delivery.queueId);
            find.addBindValue(address);
            if (!find.exec())
                return sqlFailure(find);
            if (!find.next()) {
                find.finish();
                continue; // recorded meanwhile, or deleted
            }
            const qint64 messageId = find.value(0).toLongLong();
            const qint64 recipientId = find.value(1).toLongLong();
            find.finish();
            const MessageInfo message = loadMessage(db, messageId);
            DeliveryAttemptResult result;
            result.route = QStringLiteral("stop");
            result.durationMs = std::max<qint64>(0, context.nowMs - delivery.sinceMs); // when it was cut
            // RFC 3463 4.3.2, "system not accepting network messages": the relay itself stopped.
            const RecipientRow row{QStringLiteral("deferred"), recipientId,       address, 421,
                                   QStringLiteral("4.3.2"),    interruptedReply()};
            // The recipient says it too: "queued, 0 attempts" beside this row read as never tried (an outside
            // tester). Its state stays: it is tried again after the next start.
            QSqlQuery& update = StoreWriter::statement(
                db, QStringLiteral(
                        "UPDATE recipients SET attempts = attempts + 1, last_code = ?, last_enhanced = ?,"
                        " last_reply = ?, updated_at = ? WHERE id = ? AND state IN ('queued','deferred')"));
            update.addBindValue(row.code);
            update.addBindValue(row.enhanced);
            update.addBindValue(row.reply);
            update.addBindValue(context.nowMs);
            update.addBindValue(recipientId);
            if (!update.exec())
                return sqlFailure(update);
            const QString key = delivery.queueId + QStringLiteral(".stopped.") +
                                QString::number(recipientId) + QLatin1Char('.') +
                                QString::number(context.nowMs);
            if (const Status s =
                    insertRow(db, key, message, messageId, result, row, delivery.sinceMs, context.node);
                !s)
                return s;
        }
    }
    return {};
}

Expected<RecordSummary> OutcomeRecorder::reportHeldFailures(QSqlDatabase& db, const Context& context)
{
    using Result = Expected<RecordSummary>;
    RecordSummary summary;
    const auto holding = FailureReports::messagesHolding(db);
    if (!holding)
        return Result::failure(holding.error());
    for (const qint64 messageId : holding.value()) {
        const MessageInfo message = loadMessage(db, messageId);
        QList<DsnRecipient> held;
        if (const Status s = FailureReports::gather(db, messageId, true, context.node, context.nowMs,
                                                    context.jobsUnderWay.value(messageId), &held);
            !s)
            return Result::failure(s.error());
        if (held.isEmpty() || message.sender.isEmpty())
            continue; // still under way, or nobody to tell
        DsnInput input{context.hostname,
                       message.queueId,
                       message.sender,
                       message.receivedAt,
                       context.nowMs,
                       loadBody(db, messageId),
                       held};
        const auto queued = DsnSubmission::enqueue(db, input, message.agentId, message.agentName);
        if (!queued)
            return Result::failure(queued.error());
        if (!queued.value().isEmpty())
            summary.dsnQueueIds.append(queued.value());
        if (const Status s = RetentionPurge::settle(db, messageId, context.nowMs, context.keepBodies); !s)
            return Result::failure(s.error());
    }
    return summary;
}

Expected<RecordSummary> OutcomeRecorder::bounceNow(QSqlDatabase& db, qint64 messageId, const Context& context)
{
    const MessageInfo message = loadMessage(db, messageId);
    DeliveryAttemptResult result;
    result.route = QStringLiteral("administrator"); // as a delete's row says (older rows: "admin")
    result.startedMs = context.nowMs;
    result.job.messageId = messageId;
    result.job.queueId = message.queueId;
    result.job.sender = message.sender;
    QSqlQuery& pending =
        StoreWriter::statement(db, QStringLiteral("SELECT id, address FROM recipients WHERE message_id = ?"
                                                  " AND state IN ('queued','deferred') ORDER BY id"));
    pending.addBindValue(messageId);
    if (!pending.exec())
        return Expected<RecordSummary>::failure(sqlFailure(pending).error());
    while (pending.next()) {
        const QByteArray address = pending.value(1).toString().toUtf8();
        result.outcomes.append(
            {pending.value(0).toLongLong(), address, SmtpReply::make(550, "5.0.0", administratorBounce)});
    }
    pending.finish();
    return record(db, result, context);
}

} // namespace RelayDesk

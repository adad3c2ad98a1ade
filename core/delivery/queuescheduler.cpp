#include "core/delivery/queuescheduler.h"
#include "core/delivery/queueleases.h"
#include "core/store/database.h"
#include "core/store/sqldialect.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace RelayDesk {

void QueueScheduler::setLease(QString node, qint64 leaseMs)
{
    m_leaseNode = std::move(node);
    m_leaseMs = leaseMs;
}

Status QueueScheduler::lease(QSqlDatabase& db, DueWork& work, qint64 nowMs) const
{
    QList<qint64> ids;
    for (const DeliveryJob& job : std::as_const(work.jobs))
        ids.append(job.recipientIds);
    if (ids.isEmpty())
        return {};
    const auto held = QueueLeases::claim(db, m_leaseNode, ids, nowMs, m_leaseMs);
    if (!held)
        return Status::failure(held.error());
    if (held->size() == ids.size())
        return {};
    // Another node leased some of them between the read and the claim: its recipients are its own.
    QList<DeliveryJob> kept;
    for (DeliveryJob& job : work.jobs) {
        DeliveryJob mine = job;
        mine.recipientIds.clear();
        mine.recipients.clear();
        for (qsizetype i = 0; i < job.recipientIds.size(); ++i) {
            if (held->contains(job.recipientIds[i])) {
                mine.recipientIds.append(job.recipientIds[i]);
                mine.recipients.append(job.recipients[i]);
            }
        }
        if (!mine.recipientIds.isEmpty())
            kept.append(std::move(mine));
    }
    work.jobs = std::move(kept);
    return {};
}

Expected<DueWork> QueueScheduler::collect(qint64 nowMs, const QSet<qint64>& busy, int maxJobs,
                                          qint64 othersEndedBy) const
{
    using Result = Expected<DueWork>;
    auto db = Database::connection(m_dataDir);
    if (!db)
        return Result::failure(db.error());
    // Two steps, because the recipients in flight are the oldest due ones and each pass meets them first:
    // 1. due recipient ids in due order, answered from the partial index recipients_pending alone (integers,
    //    no table rows: the index holds lease_expires too), so skipping the busy ones and those another node
    //    holds costs next to nothing;
    //    A lease of this node's own on a recipient that is not in flight (not in busy) is stale: a pass that
    //    failed after its claim (the server went away before the bodies were read) left it, and the
    //    recipient is this node's to take again now, not when the lease runs out.
    const bool leasing = !m_leaseNode.isEmpty();
    QSqlQuery ids(db.value());
    ids.setForwardOnly(true);
    ids.prepare(QStringLiteral("SELECT r.id FROM recipients r") +
                SqlDialect::indexedBy(db.value(), QStringLiteral("recipients_pending")) +
                QStringLiteral(" WHERE r.state IN ('queued','deferred') AND r.next_attempt_at <= ?"
                               " AND (r.lease_expires <= ?%1) ORDER BY r.next_attempt_at, r.id LIMIT ?")
                    .arg(leasing ? QStringLiteral(" OR r.lease_node = ?") : QString()));
    ids.addBindValue(nowMs);
    ids.addBindValue(othersEndedBy > 0 ? std::min(othersEndedBy, nowMs) : nowMs);
    if (leasing)
        ids.addBindValue(m_leaseNode);
    ids.addBindValue(busy.size() + maxJobs * 50);
    if (!ids.exec())
        return Result::failure(ids.lastError().text());
    QList<qint64> candidates;
    while (ids.next()) {
        const qint64 id = ids.value(0).toLongLong();
        if (!busy.contains(id))
            candidates << id;
    }
    ids.finish();

    // 2. the details of the others, one indexed lookup each, until the jobs are full. A message's
    //    recipients were queued together and sit next to each other in due order, so once the jobs are
    //    full the first recipient of another message ends the pass without splitting a transaction.
    QSqlQuery query(db.value());
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT r.id, r.message_id, r.address, r.domain, m.queue_id, m.agent_id, m.sender,"
                       " s.reason, r.dsn_notify, r.dsn_orcpt, m.dsn_ret, m.dsn_envid"
                       " FROM recipients r JOIN messages m ON m.id = r.message_id"
                       " LEFT JOIN suppressions s ON s.agent_id = m.agent_id AND s.address = lower(r.address)"
                       " WHERE r.id = ? AND r.state IN ('queued','deferred') AND m.held = 0"));

    DueWork work;
    QHash<QPair<qint64, QString>, qsizetype> jobIndex;
    QSet<qint64> messagesInJobs;
    for (qint64 candidate : std::as_const(candidates)) {
        query.addBindValue(candidate);
        if (!query.exec())
            return Result::failure(query.lastError().text());
        if (!query.next())
            continue; // held, or changed since step 1
        const qint64 recipientId = query.value(0).toLongLong();
        const qint64 messageId = query.value(1).toLongLong();
        if (work.jobs.size() >= maxJobs && !messagesInJobs.contains(messageId))
            break;
        const QString address = query.value(2).toString();
        if (!query.value(7).isNull()) {
            work.suppressed.append(
                {recipientId, messageId, address, query.value(7).toString(), query.value(4).toString()});
            continue;
        }
        const QString domain = query.value(3).toString().toLower();
        const auto key = qMakePair(messageId, domain);
        auto it = jobIndex.constFind(key);
        if (it == jobIndex.constEnd()) {
            if (work.jobs.size() >= maxJobs)
                continue;
            DeliveryJob job;
            job.messageId = messageId;
            job.queueId = query.value(4).toString();
            job.agentId = query.value(5).toLongLong();
            job.sender = query.value(6).toString().toUtf8();
            job.domain = domain;
            job.dsnRet = query.value(10).toString().toLatin1();
            job.dsnEnvid = query.value(11).toString().toLatin1();
            work.jobs.append(job);
            messagesInJobs.insert(messageId);
            it = jobIndex.insert(key, work.jobs.size() - 1);
        }
        DeliveryJob& job = work.jobs[it.value()];
        job.recipientIds.append(recipientId);
        job.recipients.append(address.toUtf8());
        job.notify.append(query.value(8).toInt());
        job.orcpt.append(query.value(9).toString().toLatin1());
        query.finish();
    }

    // 3. the lease on what this pass hands out, before any body is read for it.
    if (!m_leaseNode.isEmpty()) {
        if (const Status leased = lease(db.value(), work, nowMs); !leased)
            return Result::failure(leased.error());
    }

    // 4. the bodies, with the DKIM-Signature fields made when the message was first handed out (NULL: not
    //    signed yet, docs/operations.md "DKIM"), so that every attempt of every recipient sends the same
    //    bytes.
    QHash<qint64, QPair<QByteArray, bool>> bodies;
    QSqlQuery body(db.value());
    body.prepare(QStringLiteral("SELECT body, dkim_signature FROM message_bodies WHERE message_id = ?"));
    for (DeliveryJob& job : work.jobs) {
        if (!bodies.contains(job.messageId)) {
            body.addBindValue(job.messageId);
            if (!body.exec())
                return Result::failure(body.lastError().text());
            QPair<QByteArray, bool> content;
            if (body.next()) {
                const bool due = body.value(1).isNull();
                content = {due ? body.value(0).toByteArray()
                               : body.value(1).toByteArray() + body.value(0).toByteArray(),
                           due};
            }
            bodies.insert(job.messageId, content);
        }
        const auto& content = bodies[job.messageId];
        job.body = content.first;
        job.signatureDue = content.second;
    }
    return work;
}

Expected<qint64> QueueScheduler::nextDueAt(const QSet<qint64>& busy) const
{
    auto db = Database::connection(m_dataDir);
    if (!db)
        return Expected<qint64>::failure(db.error());
    QSqlQuery query(db.value());
    query.setForwardOnly(true);
    // A recipient another node holds is due to this one when the lease runs out (if that node died).
    query.prepare(QStringLiteral("SELECT r.id, CASE WHEN r.lease_expires > r.next_attempt_at THEN"
                                 " r.lease_expires ELSE r.next_attempt_at END FROM recipients r") +
                  SqlDialect::indexedBy(db.value(), QStringLiteral("recipients_pending")) +
                  QStringLiteral(" JOIN messages m ON m.id = r.message_id"
                                 " WHERE r.state IN ('queued','deferred') AND m.held = 0"
                                 " ORDER BY r.next_attempt_at, r.id LIMIT ?"));
    query.addBindValue(busy.size() + 16);
    if (!query.exec())
        return Expected<qint64>::failure(query.lastError().text());
    qint64 earliest = 0;
    while (query.next()) {
        if (busy.contains(query.value(0).toLongLong()))
            continue;
        const qint64 due = query.value(1).toLongLong();
        if (earliest == 0 || due < earliest)
            earliest = due;
    }
    return earliest;
}

} // namespace RelayDesk

#include "core/delivery/jobstartcheck.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace RelayDesk {

Expected<QString> JobStartCheck::refusal(QSqlDatabase& db, const DeliveryJob& job, const QString& leaseNode)
{
    QSqlQuery message(db);
    message.prepare(QStringLiteral("SELECT held, removed_at IS NOT NULL FROM messages WHERE id = ?"));
    message.addBindValue(job.messageId);
    if (!message.exec())
        return Expected<QString>::failure(message.lastError().text());
    if (!message.next())
        return QStringLiteral("the message is no longer in the store");
    if (message.value(1).toBool())
        return QStringLiteral("the message was deleted from the queue before its transaction began");
    if (message.value(0).toInt() != 0)
        return QStringLiteral("the message was held before its transaction began");
    message.finish();
    // One read for the message, not an IN list of the job's ids: a job may carry more recipients than a
    // statement takes parameters.
    QSqlQuery waiting(db);
    waiting.prepare(QStringLiteral("SELECT id FROM recipients WHERE message_id = ? AND state IN "
                                   "('queued','deferred')") +
                    (leaseNode.isEmpty() ? QString() : QStringLiteral(" AND lease_node = ?")));
    waiting.addBindValue(job.messageId);
    if (!leaseNode.isEmpty())
        waiting.addBindValue(leaseNode);
    if (!waiting.exec())
        return Expected<QString>::failure(waiting.lastError().text());
    QSet<qint64> pending;
    while (waiting.next())
        pending.insert(waiting.value(0).toLongLong());
    for (const qint64 id : job.recipientIds) {
        if (!pending.contains(id))
            return leaseNode.isEmpty()
                       ? QStringLiteral("its recipients no longer wait (bounced or deleted) before its "
                                        "transaction began")
                       : QStringLiteral("its recipients no longer wait (bounced or deleted), or this node no "
                                        "longer holds their queue lease, before its transaction began");
    }
    return QString();
}

} // namespace RelayDesk

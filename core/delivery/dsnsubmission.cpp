#include "core/delivery/dsnsubmission.h"
#include "core/util/queueid.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace RelayDesk {

Expected<QString> DsnSubmission::enqueue(QSqlDatabase& db, const DsnInput& input, qint64 agentId,
                                         const QString& agentName)
{
    if (input.sender.isEmpty() || input.recipients.isEmpty())
        return QString();
    const QByteArray body = DsnBuilder::build(input);
    const QString queueId = generateQueueId();
    const QString sender = QString::fromUtf8(input.sender);
    const QString domain = sender.section(QLatin1Char('@'), -1).toLower();
    const bool delayed = input.recipients.first().delayed;
    auto fail = [](const QSqlQuery& q) {
        return Expected<QString>::failure(QStringLiteral("cannot queue a DSN: %1").arg(q.lastError().text()));
    };

    QSqlQuery message(db);
    message.prepare(QStringLiteral(
        "INSERT INTO messages(queue_id, agent_id, agent_name, sender, subject, size,"
        " received_at, listener, client_address, notice_of) VALUES(?, ?, ?, '', ?, ?, ?, 'dsn', '', ?)"
        " RETURNING id"));
    message.addBindValue(queueId);
    message.addBindValue(agentId > 0 ? QVariant(agentId) : QVariant(QMetaType(QMetaType::LongLong)));
    message.addBindValue(agentName);
    message.addBindValue(delayed ? QStringLiteral("Delayed Mail (still being retried)")
                                 : QStringLiteral("Undelivered Mail Returned to Sender"));
    message.addBindValue(body.size());
    message.addBindValue(input.nowMs);
    message.addBindValue(input.queueId); // the message it reports on
    if (!message.exec() || !message.next())
        return fail(message);
    const qint64 messageId = message.value(0).toLongLong();
    message.finish(); // SQLite: a RETURNING statement ends before the commit

    QSqlQuery content(db);
    content.prepare(QStringLiteral("INSERT INTO message_bodies(message_id, body) VALUES(?, ?)"));
    content.addBindValue(messageId);
    content.addBindValue(body);
    if (!content.exec())
        return fail(content);

    QSqlQuery recipient(db);
    recipient.prepare(
        QStringLiteral("INSERT INTO recipients(message_id, address, domain, next_attempt_at, updated_at)"
                       " VALUES(?, ?, ?, ?, ?)"));
    recipient.addBindValue(messageId);
    recipient.addBindValue(sender);
    recipient.addBindValue(domain);
    recipient.addBindValue(input.nowMs);
    recipient.addBindValue(input.nowMs);
    if (!recipient.exec())
        return fail(recipient);
    return queueId;
}

} // namespace RelayDesk

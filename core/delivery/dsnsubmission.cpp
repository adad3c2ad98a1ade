#include "core/delivery/dsnsubmission.h"
#include "core/smtp/dsnparameters.h"
#include "core/util/queueid.h"

#include <QHash>
#include <QPair>

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace RelayDesk {

Status DsnSubmission::followRequest(QSqlDatabase& db, DsnInput& input)
{
    QSqlQuery message(db);
    message.prepare(QStringLiteral("SELECT id, dsn_ret, dsn_envid FROM messages WHERE queue_id = ?"));
    message.addBindValue(input.queueId);
    if (!message.exec())
        return Status::failure(QStringLiteral("cannot queue a DSN: %1").arg(message.lastError().text()));
    if (!message.next())
        return {}; // gone: nothing was asked that is still known
    const qint64 messageId = message.value(0).toLongLong();
    input.returnFull = message.value(1).toString() == QLatin1String("FULL");
    input.envid = message.value(2).toString().toLatin1();
    message.finish();
    QSqlQuery recipients(db);
    recipients.prepare(
        QStringLiteral("SELECT address, dsn_notify, dsn_orcpt FROM recipients WHERE message_id = ? AND"
                       " (dsn_notify <> 0 OR dsn_orcpt <> '')"));
    recipients.addBindValue(messageId);
    if (!recipients.exec())
        return Status::failure(QStringLiteral("cannot queue a DSN: %1").arg(recipients.lastError().text()));
    QHash<QByteArray, QPair<int, QByteArray>> asked;
    while (recipients.next())
        asked.insert(recipients.value(0).toString().toUtf8(),
                     {recipients.value(1).toInt(), recipients.value(2).toString().toLatin1()});
    if (asked.isEmpty())
        return {};
    input.recipients.removeIf([&asked](const DsnRecipient& r) {
        const int notify = asked.value(r.address).first;
        return r.relayed   ? !DsnParameters::wantsSuccess(notify)
               : r.delayed ? !DsnParameters::wantsDelay(notify)
                           : !DsnParameters::wantsFailure(notify);
    });
    for (DsnRecipient& r : input.recipients) {
        r.originalRecipient = asked.value(r.address).second;
        r.failureTold = DsnParameters::wantsFailure(asked.value(r.address).first);
    }
    return {};
}

Expected<QString> DsnSubmission::enqueue(QSqlDatabase& db, DsnInput input, qint64 agentId,
                                         const QString& agentName)
{
    if (input.sender.isEmpty() || input.recipients.isEmpty())
        return QString();
    if (const Status followed = followRequest(db, input); !followed)
        return Expected<QString>::failure(followed.error());
    if (input.recipients.isEmpty())
        return QString(); // the sender asked for no notice of this (NOTIFY=NEVER, or not this kind)
    const QByteArray body = DsnBuilder::build(input);
    const QString queueId = generateQueueId();
    const QString sender = QString::fromUtf8(input.sender);
    const QString domain = sender.section(QLatin1Char('@'), -1).toLower();
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
    message.addBindValue(QString::fromLatin1(DsnBuilder::subject(input)));
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

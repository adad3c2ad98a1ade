#include "core/query/messagedetailquery.h"
#include "core/query/deliveryattemptquery.h"
#include "core/query/deliverylogquery.h"
#include "core/query/queuequery.h"
#include "core/smtp/encodedwords.h"
#include "core/store/database.h"
#include "core/store/settings.h"

#include <QSqlError>
#include <QSqlQuery>

namespace RelayDesk {

namespace {

Expected<MessageDetail> readEnvelope(QSqlDatabase& db, const QString& queueId,
                                     MessageDetailQuery::Content content)
{
    const bool readBody = content == MessageDetailQuery::Content::Read;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT m.id, m.queue_id, m.agent_name, m.listener, m.client_address, m.sender,"
                       " m.subject, m.size, m.received_at, COALESCE(m.final_at, 0), m.held,"
                       " b.message_id IS NOT NULL, m.accepted_node,"
                       " COALESCE((SELECT n.name FROM nodes n WHERE n.id = m.accepted_node), ''),"
                       " COALESCE(m.removed_at, 0), %1,"
                       " CASE WHEN m.agent_id IS NULL AND m.agent_name <> '' THEN 1 ELSE 0 END, m.message_id,"
                       " m.notice_of FROM messages m"
                       " LEFT JOIN message_bodies b ON b.message_id = m.id WHERE m.queue_id = ?")
            .arg(readBody ? QStringLiteral("b.body, b.dkim_signature") : QStringLiteral("NULL, NULL")));
    query.addBindValue(queueId);
    if (!query.exec())
        return Expected<MessageDetail>::failure(query.lastError().text());
    if (!query.next())
        return Expected<MessageDetail>::failure(MessageDetailQuery::noSuchMessage(queueId));
    MessageDetail detail;
    detail.messageId = query.value(0).toLongLong();
    detail.queueId = query.value(1).toString();
    detail.agent = query.value(2).toString();
    detail.listener = query.value(3).toString();
    detail.clientAddress = query.value(4).toString();
    detail.sender = query.value(5).toString();
    detail.subject =
        EncodedWords::decode(query.value(6).toString().toUtf8()); // rows stored before subjects were decoded
    detail.size = query.value(7).toLongLong();
    detail.receivedAt = query.value(8).toLongLong();
    detail.finalAt = query.value(9).toLongLong();
    detail.held = query.value(10).toInt() != 0;
    detail.contentKept = query.value(11).toInt() != 0;
    detail.acceptedNode = query.value(12).toString();
    detail.acceptedNodeName = query.value(13).toString();
    detail.removedAt = query.value(14).toLongLong();
    detail.agentDeleted = query.value(17).toInt() != 0;
    detail.messageIdHeader = query.value(18).toString();
    detail.noticeOf = query.value(19).toString();
    if (readBody && detail.contentKept)
        detail.content = query.value(16).toByteArray() + query.value(15).toByteArray(); // as it is sent
    query.finish();
    if (!detail.messageIdHeader.isEmpty()) {
        // Within a week either side, through the index on received_at: a retrying program hands a message
        // over again within minutes, and no Message-ID needs an index of its own on the accept path.
        constexpr qint64 weekMs = 7LL * 24 * 3600 * 1000;
        QSqlQuery same(db);
        same.setForwardOnly(true);
        same.prepare(
            QStringLiteral("SELECT queue_id, received_at, listener, client_address FROM messages"
                           " WHERE received_at >= ? AND received_at <= ? AND message_id = ? AND id <> ?"
                           " ORDER BY received_at LIMIT 10"));
        same.addBindValue(detail.receivedAt - weekMs);
        same.addBindValue(detail.receivedAt + weekMs);
        same.addBindValue(detail.messageIdHeader);
        same.addBindValue(detail.messageId);
        if (!same.exec())
            return Expected<MessageDetail>::failure(same.lastError().text());
        while (same.next())
            detail.sameMessageId << SameMessage{same.value(0).toString(), same.value(1).toLongLong(),
                                                same.value(2).toString(), same.value(3).toString()};
    }
    if (detail.noticeOf.isEmpty()) {
        // The notices sent about it (messages_notice_of, a partial index of the notices only).
        QSqlQuery notices(db);
        notices.setForwardOnly(true);
        notices.prepare(QStringLiteral("SELECT queue_id, received_at, listener, client_address FROM messages"
                                       " WHERE notice_of = ? ORDER BY received_at LIMIT 20"));
        notices.addBindValue(detail.queueId);
        if (!notices.exec())
            return Expected<MessageDetail>::failure(notices.lastError().text());
        while (notices.next())
            detail.notices << SameMessage{notices.value(0).toString(), notices.value(1).toLongLong(),
                                          notices.value(2).toString(), notices.value(3).toString()};
    }
    return detail;
}

} // namespace

MessageDetailQuery::MessageDetailQuery(QString dataDir) : m_dataDir(std::move(dataDir)) {}

QString MessageDetailQuery::noSuchMessage(const QString& queueId)
{
    return QueueQuery::noSuchMessage(queueId);
}

Expected<MessageDetail> MessageDetailQuery::load(const QString& queueId, Content content) const
{
    auto db = Database::connection(m_dataDir);
    if (!db)
        return Expected<MessageDetail>::failure(db.error());
    // One snapshot: a recipient made final (and its body removed) between two reads would disagree.
    const bool snapshot = db.value().transaction();
    // A commit that fails (a statement still open) would leave this thread's connection in the transaction,
    // and every later read of the thread on its snapshot: rolled back then, as nothing was written.
    auto finish = [&] {
        if (snapshot && !db.value().commit())
            db.value().rollback();
    };
    auto detail = readEnvelope(db.value(), queueId, content);
    if (!detail) {
        finish();
        return detail;
    }
    auto lease = MessageLease::read(db.value(), detail->messageId);
    if (!lease) {
        finish();
        return Expected<MessageDetail>::failure(lease.error());
    }
    detail.value().lease = std::move(lease).value();
    auto recipients = DeliveryLogQuery(m_dataDir).ofMessage(detail->messageId);
    auto attempts = DeliveryAttemptQuery(m_dataDir).ofMessage(detail->messageId);
    finish();
    if (!recipients)
        return Expected<MessageDetail>::failure(recipients.error());
    if (!attempts)
        return Expected<MessageDetail>::failure(attempts.error());
    detail.value().recipients = std::move(recipients).value();
    detail.value().attempts = std::move(attempts).value();
    // Held means something of it waits: a message bounced while held (before the bounce ended holds) was
    // still called held in the viewer and by `queue show` (an outside tester).
    detail.value().held = detail->held && detail->pending();
    detail.value().bodyKeptDays = Settings(m_dataDir).intValue(QStringLiteral("retention.bodies"));
    return detail;
}

} // namespace RelayDesk

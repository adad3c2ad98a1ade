#include "core/admin/queueadmin.h"

#include "core/store/database.h"
#include "core/store/storewriter.h"

#include <QSqlError>
#include <QSqlQuery>

namespace RelayDesk {

namespace {

template <typename Action> Status withWriter(const QString& dataDir, Action action)
{
    StoreWriter writer(dataDir);
    QueueActions queue(dataDir, &writer);
    return action(queue);
}

} // namespace

QueueAdmin::QueueAdmin(QString dataDir) : m_dataDir(std::move(dataDir)) {}

QString QueueAdmin::typedId(const QString& typed) const
{
    const QString id = typed.trimmed();
    const QString lower = id.toLower();
    if (lower == id)
        return id;
    auto db = Database::connection(m_dataDir);
    if (!db)
        return id;
    const auto has = [&db](const QString& queueId) {
        QSqlQuery q(db.value());
        q.prepare(QStringLiteral("SELECT 1 FROM messages WHERE queue_id = ?"));
        q.addBindValue(queueId);
        return q.exec() && q.next();
    };
    return !has(id) && has(lower) ? lower : id;
}

QueueActionOutcome QueueAdmin::apply(QueueActionKind kind, const QStringList& queueIds)
{
    StoreWriter writer(m_dataDir);
    QueueActions queue(m_dataDir, &writer);
    return applyQueueAction(queue, kind, queueIds);
}

Expected<QueueAdmin::WaitingOlder> QueueAdmin::waitingSince(qint64 receivedBeforeMs) const
{
    // A held message is not tried, so it does not give up until it is released (an outside tester's question
    // counted one, and the relay's own notices as if their sender were told).
    auto db = Database::connection(m_dataDir);
    if (!db)
        return Expected<WaitingOlder>::failure(db.error());
    QSqlQuery q(db.value());
    q.prepare(QStringLiteral("SELECT COALESCE(SUM(CASE WHEN m.sender <> '' THEN 1 ELSE 0 END), 0),"
                             " COALESCE(SUM(CASE WHEN m.sender = '' THEN 1 ELSE 0 END), 0) FROM messages m"
                             " WHERE m.received_at < ? AND m.held = 0 AND EXISTS(SELECT 1 FROM recipients r"
                             " WHERE r.message_id = m.id AND r.state IN ('queued','deferred'))"));
    q.addBindValue(receivedBeforeMs);
    if (!q.exec() || !q.next())
        return Expected<WaitingOlder>::failure(q.lastError().text());
    return WaitingOlder{q.value(0).toInt(), q.value(1).toInt()};
}

Status QueueAdmin::retry(const QString& queueId)
{
    return withWriter(m_dataDir, [&](QueueActions& queue) { return queue.retry(queueId); });
}

Status QueueAdmin::hold(const QString& queueId)
{
    return withWriter(m_dataDir, [&](QueueActions& queue) { return queue.hold(queueId); });
}

Status QueueAdmin::release(const QString& queueId)
{
    return withWriter(m_dataDir, [&](QueueActions& queue) { return queue.release(queueId); });
}

Expected<bool> QueueAdmin::pastGiveUp(const QString& queueId) const
{
    return QueueActions(m_dataDir, nullptr).pastGiveUp(queueId);
}

Status QueueAdmin::remove(const QString& queueId, int* stopped)
{
    return withWriter(m_dataDir, [&](QueueActions& queue) { return queue.remove(queueId, stopped); });
}

Status QueueAdmin::bounce(const QString& queueId)
{
    return withWriter(m_dataDir, [&](QueueActions& queue) { return queue.bounce(queueId); });
}

QString QueueAdmin::underWayRefusal(const QString& queueId)
{
    return QueueActions::underWayRefusal(queueId);
}

Expected<QString> QueueAdmin::resend(const QString& queueId)
{
    StoreWriter writer(m_dataDir);
    return QueueActions(m_dataDir, &writer).resend(queueId);
}

} // namespace RelayDesk

#include "core/delivery/failurereports.h"

#include "core/store/storewriter.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace RelayDesk {

namespace {

Status failureOf(const QSqlQuery& query)
{
    return Status::failure(
        QStringLiteral("cannot keep a failure for its notice: %1").arg(query.lastError().text()));
}

} // namespace

Expected<bool> FailureReports::othersUnderWay(QSqlDatabase& db, qint64 messageId, const QString& node,
                                              qint64 nowMs, int jobsHere)
{
    if (jobsHere > 0)
        return true;
    // Leases are written on a shared store only (QueueLeases); on SQLite this node's jobs are all there is.
    QSqlQuery& q = StoreWriter::statement(
        db, QStringLiteral("SELECT 1 FROM recipients WHERE message_id = ? AND state IN ('queued','deferred')"
                           " AND lease_node <> '' AND lease_node <> ? AND lease_expires > ? LIMIT 1"));
    q.addBindValue(messageId);
    q.addBindValue(node.isNull() ? QStringLiteral("") : node); // a null QString would bind as NULL
    q.addBindValue(nowMs);
    if (!q.exec())
        return Expected<bool>::failure(failureOf(q).error());
    const bool found = q.next();
    q.finish();
    return found;
}

Status FailureReports::gather(QSqlDatabase& db, qint64 messageId, bool failuresHeld, const QString& node,
                              qint64 nowMs, int jobsHere, QList<DsnRecipient>* failed)
{
    if (failed->isEmpty() && !failuresHeld)
        return {};
    const auto underWay = othersUnderWay(db, messageId, node, nowMs, jobsHere);
    if (!underWay)
        return Status::failure(underWay.error());
    if (underWay.value()) {
        if (failed->isEmpty())
            return {};
        const Status kept = hold(db, messageId, *failed);
        if (kept)
            failed->clear();
        return kept;
    }
    if (!failuresHeld)
        return {};
    const auto held = take(db, messageId);
    if (!held)
        return Status::failure(held.error());
    *failed = held.value() + *failed;
    return {};
}

Status FailureReports::hold(QSqlDatabase& db, qint64 messageId, const QList<DsnRecipient>& failed)
{
    for (const DsnRecipient& recipient : failed) {
        QSqlQuery& keep = StoreWriter::statement(
            db,
            QStringLiteral("UPDATE recipients SET failure_report = ? WHERE message_id = ? AND address = ?"));
        keep.addBindValue(QString::fromUtf8(encode(recipient)));
        keep.addBindValue(messageId);
        keep.addBindValue(QString::fromUtf8(recipient.address));
        if (!keep.exec())
            return failureOf(keep);
    }
    QSqlQuery& mark =
        StoreWriter::statement(db, QStringLiteral("UPDATE messages SET failures_held = 1 WHERE id = ?"));
    mark.addBindValue(messageId);
    if (!mark.exec())
        return failureOf(mark);
    return {};
}

Expected<QList<DsnRecipient>> FailureReports::take(QSqlDatabase& db, qint64 messageId)
{
    using Result = Expected<QList<DsnRecipient>>;
    QSqlQuery& held =
        StoreWriter::statement(db, QStringLiteral("SELECT failure_report FROM recipients WHERE message_id = ?"
                                                  " AND failure_report IS NOT NULL ORDER BY id"));
    held.addBindValue(messageId);
    if (!held.exec())
        return Result::failure(failureOf(held).error());
    QList<DsnRecipient> recipients;
    while (held.next())
        recipients.append(decode(held.value(0).toString().toUtf8()));
    held.finish();
    QSqlQuery& clear = StoreWriter::statement(
        db, QStringLiteral("UPDATE recipients SET failure_report = NULL WHERE message_id = ?"
                           " AND failure_report IS NOT NULL"));
    clear.addBindValue(messageId);
    if (!clear.exec())
        return Result::failure(failureOf(clear).error());
    QSqlQuery& unmark =
        StoreWriter::statement(db, QStringLiteral("UPDATE messages SET failures_held = 0 WHERE id = ?"));
    unmark.addBindValue(messageId);
    if (!unmark.exec())
        return Result::failure(failureOf(unmark).error());
    return recipients;
}

Expected<QList<qint64>> FailureReports::messagesHolding(QSqlDatabase& db)
{
    QSqlQuery& q = StoreWriter::statement(
        db, QStringLiteral("SELECT id FROM messages WHERE failures_held = 1 ORDER BY id"));
    if (!q.exec())
        return Expected<QList<qint64>>::failure(failureOf(q).error());
    QList<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    q.finish();
    return ids;
}

QByteArray FailureReports::encode(const DsnRecipient& r)
{
    const QJsonObject o{{QStringLiteral("address"), QString::fromUtf8(r.address)},
                        {QStringLiteral("status"), QString::fromLatin1(r.status)},
                        {QStringLiteral("remote_mta"), r.remoteMta},
                        {QStringLiteral("diagnostic"), QString::fromUtf8(r.diagnostic)},
                        {QStringLiteral("last_attempt"), QString::number(r.lastAttemptMs)},
                        {QStringLiteral("local"), r.localDiagnostic}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

DsnRecipient FailureReports::decode(const QByteArray& stored)
{
    const QJsonObject o = QJsonDocument::fromJson(stored).object();
    DsnRecipient r;
    r.address = o.value(QStringLiteral("address")).toString().toUtf8();
    r.status = o.value(QStringLiteral("status")).toString().toLatin1();
    r.remoteMta = o.value(QStringLiteral("remote_mta")).toString();
    r.diagnostic = o.value(QStringLiteral("diagnostic")).toString().toUtf8();
    r.lastAttemptMs = o.value(QStringLiteral("last_attempt")).toString().toLongLong();
    r.localDiagnostic = o.value(QStringLiteral("local")).toBool();
    if (r.status.isEmpty())
        r.status = "5.0.0";
    return r;
}

} // namespace RelayDesk

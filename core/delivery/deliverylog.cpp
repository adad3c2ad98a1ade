#include "core/delivery/deliverylog.h"
#include "core/store/database.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace RelayDesk {

namespace {

const char* const columns =
    "id, attempt_key, message_id, queue_id, agent_name, sender, recipient_id, recipient, status,"
    " route, host, ip, port, started_at, duration_ms, tls_version, tls_cipher, code, enhanced,"
    " reply, sign";

DeliveryLogEntry readEntry(const QSqlQuery& q, bool withTranscript)
{
    DeliveryLogEntry e;
    e.id = q.value(0).toLongLong();
    e.attemptKey = q.value(1).toString();
    e.messageId = q.value(2).toLongLong();
    e.queueId = q.value(3).toString();
    e.agent = q.value(4).toString();
    e.sender = q.value(5).toString();
    e.recipientId = q.value(6).toLongLong();
    e.recipient = q.value(7).toString();
    e.status = q.value(8).toString();
    e.route = q.value(9).toString();
    e.host = q.value(10).toString();
    e.ip = q.value(11).toString();
    e.port = q.value(12).toInt();
    e.startedAt = q.value(13).toLongLong();
    e.durationMs = q.value(14).toLongLong();
    e.tlsVersion = q.value(15).toString();
    e.tlsCipher = q.value(16).toString();
    e.code = q.value(17).toInt();
    e.enhanced = q.value(18).toString();
    e.reply = q.value(19).toString();
    e.sign = q.value(20).toString();
    if (withTranscript)
        e.transcript = q.value(21).toString();
    return e;
}

} // namespace

Expected<QList<DeliveryLogEntry>> DeliveryLog::search(const DeliveryLogSearch& filter) const
{
    using Result = Expected<QList<DeliveryLogEntry>>;
    static const QStringList statuses = {QStringLiteral("delivered"), QStringLiteral("deferred"),
                                         QStringLiteral("bounced"), QStringLiteral("suppressed")};
    if (!filter.status.isEmpty() && !statuses.contains(filter.status))
        return Result::failure(
            QStringLiteral("unknown status '%1' (use delivered, deferred, bounced or suppressed)")
                .arg(filter.status));
    auto db = Database::connection(m_dataDir);
    if (!db)
        return Result::failure(db.error());
    QStringList where;
    QVariantList binds;
    if (!filter.agent.isEmpty()) {
        QSqlQuery agent(db.value());
        agent.prepare(QStringLiteral("SELECT id FROM agents WHERE name = ?"));
        agent.addBindValue(filter.agent);
        if (!agent.exec() || !agent.next())
            return Result::failure(QStringLiteral("no agent named %1").arg(filter.agent));
        where << QStringLiteral("agent_id = ?"); // index delivery_attempts_agent
        binds << agent.value(0);
    }
    if (!filter.status.isEmpty()) {
        where << QStringLiteral("status = ?"); // index delivery_attempts_status
        binds << filter.status;
    }
    if (!filter.recipient.isEmpty()) {
        where << QStringLiteral("instr(lower(recipient), ?) > 0");
        binds << filter.recipient.toLower();
    }
    if (filter.sinceMs > 0) {
        where << QStringLiteral("started_at >= ?"); // index delivery_attempts_time
        binds << filter.sinceMs;
    }
    QSqlQuery query(db.value());
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT ") + QLatin1String(columns) +
        (filter.withTranscript ? QStringLiteral(", transcript") : QString()) +
        QStringLiteral(" FROM delivery_attempts") +
        (where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "))) +
        QStringLiteral(" ORDER BY started_at DESC, id DESC LIMIT ? OFFSET ?"));
    for (const QVariant& v : binds)
        query.addBindValue(v);
    query.addBindValue(std::max(1, filter.limit));
    query.addBindValue(std::max(0, filter.offset));
    if (!query.exec())
        return Result::failure(query.lastError().text());
    QList<DeliveryLogEntry> entries;
    while (query.next())
        entries.append(readEntry(query, filter.withTranscript));
    return entries;
}

Expected<QList<DeliveryLogEntry>> DeliveryLog::forMessage(qint64 messageId) const
{
    using Result = Expected<QList<DeliveryLogEntry>>;
    auto db = Database::connection(m_dataDir);
    if (!db)
        return Result::failure(db.error());
    QSqlQuery query(db.value());
    query.prepare(QStringLiteral("SELECT ") + QLatin1String(columns) +
                  QStringLiteral(", transcript FROM delivery_attempts WHERE message_id = ? ORDER BY id"));
    query.addBindValue(messageId);
    if (!query.exec())
        return Result::failure(query.lastError().text());
    QList<DeliveryLogEntry> entries;
    while (query.next())
        entries.append(readEntry(query, true));
    return entries;
}

Expected<qint64> DeliveryLog::parseSince(const QString& text, qint64 nowMs)
{
    static const QRegularExpression relative(QStringLiteral("^(\\d+)\\s*([smhdw])$"));
    const QRegularExpressionMatch m = relative.match(text.trimmed());
    if (m.hasMatch()) {
        static const QHash<QChar, qint64> unit = {{QLatin1Char('s'), 1000},
                                                  {QLatin1Char('m'), 60'000},
                                                  {QLatin1Char('h'), 3'600'000},
                                                  {QLatin1Char('d'), 86'400'000},
                                                  {QLatin1Char('w'), 7 * 86'400'000LL}};
        return nowMs - m.captured(1).toLongLong() * unit.value(m.captured(2).at(0));
    }
    QDateTime time = QDateTime::fromString(text.trimmed(), Qt::ISODateWithMs);
    if (!time.isValid()) {
        const QDate date = QDate::fromString(text.trimmed(), Qt::ISODate);
        if (date.isValid())
            time = QDateTime(date, QTime(0, 0), Qt::UTC);
    }
    if (!time.isValid())
        return Expected<qint64>::failure(
            QStringLiteral(
                "cannot read the time '%1' (use an ISO date-time like 2026-11-28T09:00:00, or 30m, 1h, 2d)")
                .arg(text));
    if (time.timeSpec() == Qt::LocalTime)
        time.setTimeSpec(Qt::UTC);
    return time.toMSecsSinceEpoch();
}

} // namespace RelayDesk

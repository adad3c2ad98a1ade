#include "core/query/deliveryattemptquery.h"
#include "core/agents/agentrows.h"
#include "core/query/sqlfilter.h"
#include "core/store/database.h"
#include "core/store/sqldialect.h"

#include <QSqlError>
#include <QSqlQuery>

namespace RelayDesk {

namespace {

/// Whether a deleted agent had this name, or the log holds rows under it, in any case: a name worth filtering
/// by although no live agent has it (an outside tester asked what a removed scanner sent).
/// Whether a deleted agent had the name: one remembered in deleted_agents, or attempts of the name whose
/// agent is gone (rows older than that table). The attempts of a live agent that was never deleted are not
/// one's (an outside tester's `--deleted-agent` of such an agent found nothing, with exit 0).
bool hadAgentNamed(QSqlDatabase& db, const QString& name)
{
    QSqlQuery query(db);
    query.prepare(SqlDialect::adapt(
        db,
        QStringLiteral("SELECT 1 FROM deleted_agents WHERE lower(name) = lower(?) UNION ALL"
                       " SELECT 1 FROM delivery_attempts d WHERE lower(d.agent_name) = lower(?) AND"
                       " (d.agent_id IS NULL OR NOT EXISTS (SELECT 1 FROM agents a WHERE a.id = d.agent_id))"
                       " LIMIT 1")));
    query.addBindValue(name);
    query.addBindValue(name);
    return query.exec() && query.next();
}

using Result = Expected<QList<DeliveryAttemptRow>>;

const char* const columns =
    "id, attempt_key, message_id, queue_id, agent_name, sender, recipient_id, recipient, status,"
    " route, host, ip, port, started_at, duration_ms, tls_version, tls_cipher, code, enhanced,"
    " reply, sign, node,"
    " COALESCE((SELECT n.name FROM nodes n WHERE n.id = delivery_attempts.node), ''),"
    " COALESCE((SELECT m.accepted_node FROM messages m WHERE m.id = delivery_attempts.message_id), ''),"
    " COALESCE((SELECT n.name FROM messages m JOIN nodes n ON n.id = m.accepted_node"
    " WHERE m.id = delivery_attempts.message_id), ''),"
    " CASE WHEN agent_name <> '' AND (agent_id IS NULL OR NOT EXISTS (SELECT 1 FROM agents a"
    " WHERE a.id = delivery_attempts.agent_id)) THEN 1 ELSE 0 END";

Result readAttemptRows(QSqlQuery& query, DeliveryAttemptQuery::Transcripts transcripts)
{
    if (!query.exec())
        return Result::failure(query.lastError().text());
    QList<DeliveryAttemptRow> rows;
    while (query.next()) {
        DeliveryAttemptRow e;
        e.id = query.value(0).toLongLong();
        e.attemptKey = query.value(1).toString();
        e.messageId = query.value(2).toLongLong();
        e.queueId = query.value(3).toString();
        e.agent = query.value(4).toString();
        e.sender = query.value(5).toString();
        e.recipientId = query.value(6).toLongLong();
        e.recipient = query.value(7).toString();
        e.status = query.value(8).toString();
        e.route = query.value(9).toString();
        e.host = query.value(10).toString();
        e.ip = query.value(11).toString();
        e.port = query.value(12).toInt();
        e.startedAt = query.value(13).toLongLong();
        e.durationMs = query.value(14).toLongLong();
        e.tlsVersion = query.value(15).toString();
        e.tlsCipher = query.value(16).toString();
        e.code = query.value(17).toInt();
        e.enhanced = query.value(18).toString();
        e.reply = query.value(19).toString();
        e.sign = query.value(20).toString();
        e.node = query.value(21).toString();
        e.nodeName = query.value(22).toString();
        e.acceptedNode = query.value(23).toString();
        e.acceptedNodeName = query.value(24).toString();
        e.agentDeleted = query.value(25).toInt() != 0;
        if (transcripts == DeliveryAttemptQuery::Transcripts::Read)
            e.transcript = query.value(26).toString();
        rows.append(e);
    }
    return rows;
}

QString attemptColumns(DeliveryAttemptQuery::Transcripts transcripts)
{
    return QStringLiteral("SELECT ") + QLatin1String(columns) +
           (transcripts == DeliveryAttemptQuery::Transcripts::Read ? QStringLiteral(", transcript")
                                                                   : QString()) +
           QStringLiteral(" FROM delivery_attempts");
}

} // namespace

DeliveryAttemptQuery::DeliveryAttemptQuery(QString dataDir) : m_dataDir(std::move(dataDir)) {}

QString DeliveryAttemptQuery::statusProblem(const QString& status)
{
    static const QStringList statuses = {QStringLiteral("delivered"), QStringLiteral("deferred"),
                                         QStringLiteral("bounced"), QStringLiteral("suppressed"),
                                         QStringLiteral("deleted")};
    if (status.isEmpty() || statuses.contains(status))
        return {};
    // The window's Delivery Logs show a recipient of a held message as "held"; an attempt is never held.
    if (status == QLatin1String("held"))
        return QStringLiteral(
            "no delivery attempt is 'held': holding stops the attempts of a queued message "
            "(use delivered, deferred, bounced, suppressed or deleted here; 'relaydesk queue "
            "list' shows the held messages)");
    return QStringLiteral("unknown status '%1' (use delivered, deferred, bounced, suppressed or deleted)")
        .arg(status);
}

Result DeliveryAttemptQuery::page(const LogFilter& given, int offset, int limit,
                                  Transcripts transcripts) const
{
    if (const QString problem = statusProblem(given.status); !problem.isEmpty())
        return Result::failure(problem);
    auto db = Database::connection(m_dataDir);
    if (!db)
        return Result::failure(db.error());
    // The rows of the live agent of the name (one deleted and made again under its name starts afresh); of
    // the deleted ones that had it when asked for them, or when no live agent has it.
    LogFilter filter = given;
    if (!filter.agent.isEmpty() && !filter.deletedAgent) {
        if (const auto agent = AgentRows::findAgent(db.value(), filter.agent); !agent) {
            if (!hadAgentNamed(db.value(), filter.agent))
                return Result::failure(agent.error());
            filter.deletedAgent = true;
        } else {
            filter.agent = agent->name; // as stored: found in any case
        }
    } else if (filter.deletedAgent && !hadAgentNamed(db.value(), filter.agent)) {
        return Result::failure(QStringLiteral("no deleted Mail Agent was named '%1'").arg(filter.agent));
    }
    const SqlFilter where(filter, FilterColumns::attempts());
    QSqlQuery query(db.value());
    query.setForwardOnly(true);
    query.prepare(SqlDialect::adapt(
        db.value(), attemptColumns(transcripts) + where.whereClause() +
                        QStringLiteral(" ORDER BY started_at DESC, id DESC LIMIT ? OFFSET ?")));
    where.bind(query);
    query.addBindValue(std::max(1, limit));
    query.addBindValue(std::max(0, offset));
    return readAttemptRows(query, transcripts);
}

Result DeliveryAttemptQuery::ofRecipient(qint64 recipientId) const
{
    return ofOne("recipient_id", recipientId);
}

Result DeliveryAttemptQuery::ofMessage(qint64 messageId) const
{
    return ofOne("message_id", messageId);
}

Result DeliveryAttemptQuery::ofOne(const char* column, qint64 id) const
{
    auto db = Database::connection(m_dataDir);
    if (!db)
        return Result::failure(db.error());
    QSqlQuery query(db.value());
    query.setForwardOnly(true);
    query.prepare(attemptColumns(Transcripts::Read) + QStringLiteral(" WHERE ") + QLatin1String(column) +
                  QStringLiteral(" = ? ORDER BY id"));
    query.addBindValue(id);
    return readAttemptRows(query, Transcripts::Read);
}

} // namespace RelayDesk

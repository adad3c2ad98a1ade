#include "core/query/refusedsubmissionquery.h"
#include "core/agents/agentrows.h"
#include "core/query/sqlfilter.h"
#include "core/store/database.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace RelayDesk {

RefusedSubmissionQuery::RefusedSubmissionQuery(QString dataDir) : m_dataDir(std::move(dataDir)) {}

Expected<QList<RefusedSubmission>> RefusedSubmissionQuery::search(const RefusedSubmissionFilter& filter,
                                                                  int limit, bool* more) const
{
    using Result = Expected<QList<RefusedSubmission>>;
    auto db = Database::connection(m_dataDir);
    if (!db)
        return Result::failure(db.error());
    QStringList conditions{QStringLiteral("at >= ?")};
    QVariantList values{filter.sinceMs};
    if (const QString text = filter.text.trimmed(); !text.isEmpty()) {
        QStringList any;
        for (const char* column : {"sender", "recipients", "agent_name", "client_address", "reply"}) {
            any << QStringLiteral("lower(%1) LIKE ? ESCAPE '\\'").arg(QLatin1String(column));
            values << SqlFilter::likePattern(text.toLower());
        }
        conditions << QLatin1Char('(') + any.join(QStringLiteral(" OR ")) + QLatin1Char(')');
    }
    // By the agent's number, not its name: a new agent of a deleted one's name showed the deleted one's
    // refusals, and a name nobody had said "nothing refused" with exit 0 (an outside tester). As the delivery
    // log's search: the live agent of the name; the deleted ones that had it when asked for, or when no live
    // agent has it.
    if (!filter.agent.isEmpty()) {
        const auto live = filter.deletedAgent ? Expected<qint64>::failure(QString())
                                              : AgentRows::agentIdByName(db.value(), filter.agent);
        if (live) {
            conditions << QStringLiteral("agent_id = ?");
            values << live.value();
        } else {
            QSqlQuery deleted(db.value());
            deleted.prepare(
                QStringLiteral("SELECT agent_id FROM deleted_agents WHERE lower(name) = lower(?)"));
            deleted.addBindValue(filter.agent);
            if (!deleted.exec())
                return Result::failure(deleted.lastError().text());
            QStringList ids;
            while (deleted.next())
                ids << QString::number(deleted.value(0).toLongLong());
            if (ids.isEmpty())
                return Result::failure(
                    filter.deletedAgent
                        ? QStringLiteral("no deleted Mail Agent was named '%1'").arg(filter.agent)
                        : live.error());
            conditions << QStringLiteral("agent_id IN (%1)").arg(ids.join(QLatin1Char(',')));
        }
    }
    QSqlQuery query(db.value());
    query.setForwardOnly(true);
    if (!query.prepare(
            QStringLiteral("SELECT at, first_at, count, client_address, listener, agent_id, agent_name,"
                           " command, sender, recipients, reply FROM refused_submissions WHERE ") +
            conditions.join(QStringLiteral(" AND ")) + QStringLiteral(" ORDER BY at DESC, id DESC LIMIT ?")))
        return Result::failure(query.lastError().text());
    for (const QVariant& value : std::as_const(values))
        query.addBindValue(value);
    // At least as many rows as entries asked for: `--limit 6000` gave 4,999 entries of 9,055 rows, and did
    // not say that more matched (an outside tester).
    const int rowsRead = std::max(rowsReadAtMost, limit);
    query.addBindValue(rowsRead);
    if (!query.exec())
        return Result::failure(query.lastError().text());
    QList<RefusedSubmission> entries;
    QHash<QString, qsizetype> indexOf; // everything but the times and the count -> entry
    if (more)
        *more = false;
    int rows = 0;
    while (query.next()) {
        ++rows;
        RefusedSubmission row;
        row.lastAt = query.value(0).toLongLong();
        row.firstAt = query.value(1).toLongLong();
        row.count = std::max(1, query.value(2).toInt());
        row.address = query.value(3).toString();
        row.listener = query.value(4).toString();
        row.agentId = query.value(5).toLongLong();
        row.agentName = query.value(6).toString();
        row.command = query.value(7).toString();
        row.sender = query.value(8).toString();
        row.recipients = query.value(9).toString();
        row.reply = query.value(10).toString();
        const QString key = QStringList{row.address,    row.listener, QString::number(row.agentId),
                                        row.agentName,  row.command,  row.sender,
                                        row.recipients, row.reply}
                                .join(QChar(0x1f));
        if (const auto found = indexOf.constFind(key); found != indexOf.cend()) {
            RefusedSubmission& entry = entries[found.value()];
            entry.count += row.count;
            entry.firstAt = std::min(entry.firstAt, row.firstAt);
            continue;
        }
        if (entries.size() >= limit) {
            if (more)
                *more = true;
            continue;
        }
        indexOf.insert(key, entries.size());
        entries << std::move(row);
    }
    if (more && rows >= rowsRead)
        *more = true; // older rows were not read: there may be more, or more of the entries' counts
    return entries;
}

} // namespace RelayDesk

#include "core/query/refusedsubmissionquery.h"
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
    if (!filter.agent.isEmpty()) {
        conditions << QStringLiteral("lower(agent_name) = ?");
        values << filter.agent.toLower();
    }
    QSqlQuery query(db.value());
    query.setForwardOnly(true);
    if (!query.prepare(
            QStringLiteral("SELECT at, first_at, count, client_address, listener, agent_id, agent_name,"
                           " command, sender, recipients, reply FROM refused_submissions WHERE ") +
            conditions.join(QStringLiteral(" AND ")) + QStringLiteral(" ORDER BY at DESC LIMIT ?")))
        return Result::failure(query.lastError().text());
    for (const QVariant& value : std::as_const(values))
        query.addBindValue(value);
    query.addBindValue(rowsReadAtMost);
    if (!query.exec())
        return Result::failure(query.lastError().text());
    QList<RefusedSubmission> entries;
    QHash<QString, qsizetype> indexOf; // everything but the times and the count -> entry
    if (more)
        *more = false;
    while (query.next()) {
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
    return entries;
}

} // namespace RelayDesk

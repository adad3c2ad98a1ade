#include "core/query/sqlfilter.h"
#include "core/store/sqldialect.h"
#include "core/util/domainname.h"

#include <QSqlDriver>

#include <algorithm>

namespace RelayDesk {

FilterColumns FilterColumns::recipients()
{
    // A message keeps its agent's name; its agent_id is set to NULL when the agent is deleted.
    return {"m.agent_id IN (SELECT id FROM agents WHERE name = ?)",
            "m.agent_id IS NULL AND m.agent_name <> '' AND m.agent_name = ?",
            // Held: the recipients that wait in a held message, not those it bounced or delivered before (an
            // outside tester's "held" filter listed recipients bounced long ago).
            "m.held = 1 AND r.state IN ('queued','deferred')",
            "r.state",
            "m.received_at",
            "r.address",
            {"m.sender", "r.address", "m.subject"},
            "m.queue_id",
            "r.id IN (SELECT rowid FROM delivery_log_fts WHERE delivery_log_fts MATCH ?)",
            "m.message_id IN (?, ?)"};
}

FilterColumns FilterColumns::recipientsJoinedWithText()
{
    FilterColumns columns = recipients();
    columns.textMatch = "f.delivery_log_fts MATCH ?";
    return columns;
}

FilterColumns FilterColumns::attempts()
{
    // By agent_id, so that the index delivery_attempts_agent serves it: the live agent of the name; or every
    // deleted one that had it (deleted_agents), in any case, and a row from before numbers were kept by its
    // stored name.
    return {"agent_id IN (SELECT id FROM agents WHERE name = ?)",
            "(agent_id IN (SELECT agent_id FROM deleted_agents WHERE lower(name) = lower(?))"
            " OR (agent_id IS NULL AND agent_name <> '' AND lower(agent_name) = lower(?)))",
            nullptr,
            "status",
            "started_at",
            "recipient",
            {"sender", "recipient"},
            "queue_id",
            // Words as the window's search finds them, in the text index of the recipient the attempt was for
            // (subject, sender, recipient, last reply, queue id): `log search --search` found no message by
            // its subject (an outside tester).
            "recipient_id IN (SELECT rowid FROM delivery_log_fts WHERE delivery_log_fts MATCH ?)",
            "queue_id IN (SELECT queue_id FROM messages WHERE message_id IN (?, ?))"};
}

SqlFilter::SqlFilter(const LogFilter& filter, const FilterColumns& columns)
{
    const QLatin1String state(columns.state);
    const QLatin1String time(columns.time);
    const QLatin1String address(columns.address);
    if (!filter.agent.isEmpty()) {
        const QLatin1String condition(filter.deletedAgent ? columns.deletedAgentCondition
                                                          : columns.agentCondition);
        m_conditions << condition;
        for (auto i = std::count(condition.begin(), condition.end(), '?'); i > 0; --i)
            m_values << filter.agent;
    }
    if (columns.heldCondition && filter.status == QLatin1String("held")) {
        m_conditions << QLatin1String(columns.heldCondition);
    } else if (!filter.status.isEmpty()) {
        m_conditions << state + QStringLiteral(" = ?");
        m_values << filter.status;
    }
    if (filter.fromMs > 0) {
        m_conditions << time + QStringLiteral(" >= ?");
        m_values << filter.fromMs;
    }
    if (filter.toMs > 0) {
        m_conditions << time + QStringLiteral(" < ?");
        m_values << filter.toMs;
    }
    // A domain typed in U-labels is stored in A-labels (DomainName::asciiForm).
    const QString recipient = DomainName::asciiForm(filter.recipient.trimmed());
    if (!recipient.isEmpty()) {
        // A range over the NOCASE index recipients_address (migration 4) rather than LIKE 'x%', whose
        // index use depends on how the statement is prepared. U+10FFFF sorts after any character.
        m_conditions << address + QStringLiteral(" >= ? COLLATE NOCASE AND ") + address +
                            QStringLiteral(" < ? COLLATE NOCASE");
        m_values << recipient << QString(recipient + QString::fromUcs4(U"\U0010FFFF"));
    }
    if (!filter.recipientContains.isEmpty()) {
        m_conditions << QStringLiteral("lower(") + address + QStringLiteral(") LIKE ? ESCAPE '\\'");
        m_values << likePattern(DomainName::asciiForm(filter.recipientContains).toLower());
    }
    if (const QString queueId = filter.queueId.trimmed(); !queueId.isEmpty() && columns.queueId) {
        // Queue ids are made in small letters; one read aloud or copied from a ticket in capitals is found
        // too (an outside tester), by index: the id as typed, in small letters, or in capitals.
        m_conditions << QLatin1String(columns.queueId) + QStringLiteral(" IN (?, ?, ?)");
        m_values << queueId << queueId.toLower() << queueId.toUpper();
    }
    if (const QString id = LogFilter::bareMessageId(filter.messageId); !id.isEmpty() && columns.messageId) {
        // Stored as the header wrote it, normally "<left@right>"; a few programs leave out the brackets.
        m_conditions << QLatin1String(columns.messageId);
        m_values << QString(QLatin1Char('<') + id + QLatin1Char('>')) << id;
    }
    const QString text = filter.text.trimmed();
    if (!text.isEmpty() && columns.textMatch) {
        // A text with no word in it (only punctuation) matches nothing.
        if (const QString match = LogFilter::textQuery(false, text, filter.textAlternatives);
            match.isEmpty()) {
            m_conditions << QStringLiteral("1 = 0");
        } else {
            m_conditions << QLatin1String(columns.textMatch);
            m_textIndex = int(m_values.size());
            m_values << match;
            m_text = text;
            m_textAlternatives = filter.textAlternatives;
        }
    } else if (!text.isEmpty()) {
        QStringList any;
        for (const QString& words : QStringList{text} + filter.textAlternatives) {
            for (const char* column : columns.text) {
                any << QStringLiteral("lower(") + QLatin1String(column) +
                           QStringLiteral(") LIKE ? ESCAPE '\\'");
                m_values << likePattern(words.toLower());
            }
        }
        m_conditions << QLatin1Char('(') + any.join(QStringLiteral(" OR ")) + QLatin1Char(')');
    }
}

QString SqlFilter::whereClause() const
{
    return whereClause({});
}

QString SqlFilter::whereClause(const QString& extra) const
{
    QStringList conditions = m_conditions;
    if (!extra.isEmpty())
        conditions << extra;
    if (conditions.isEmpty())
        return {};
    return QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

void SqlFilter::bind(QSqlQuery& query) const
{
    // PostgreSQL's text search reads its own query syntax (SqlDialect::adapt rewrote the condition).
    const bool postgres = query.driver() && query.driver()->dbmsType() == QSqlDriver::PostgreSQL;
    for (int i = 0; i < m_values.size(); ++i) {
        if (i == m_textIndex && postgres)
            query.addBindValue(LogFilter::textQuery(true, m_text, m_textAlternatives));
        else
            query.addBindValue(m_values[i]);
    }
}

QString SqlFilter::likePattern(const QString& text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    escaped.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    escaped.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

} // namespace RelayDesk

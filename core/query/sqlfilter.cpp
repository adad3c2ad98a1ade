#include "core/query/sqlfilter.h"

namespace RelayDesk {

SqlFilter::SqlFilter(const LogFilter& filter)
{
    if (!filter.agent.isEmpty()) {
        m_conditions << QStringLiteral("m.agent_name = ?");
        m_values << filter.agent;
    }
    if (filter.status == QLatin1String("held")) {
        m_conditions << QStringLiteral("m.held = 1");
    } else if (!filter.status.isEmpty()) {
        m_conditions << QStringLiteral("r.state = ?");
        m_values << filter.status;
    }
    if (filter.fromMs > 0) {
        m_conditions << QStringLiteral("m.received_at >= ?");
        m_values << filter.fromMs;
    }
    if (filter.toMs > 0) {
        m_conditions << QStringLiteral("m.received_at < ?");
        m_values << filter.toMs;
    }
    const QString recipient = filter.recipient.trimmed();
    if (!recipient.isEmpty()) {
        // A range over the NOCASE index recipients_address (migration 4) rather than LIKE 'x%', whose
        // index use depends on how the statement is prepared. U+10FFFF sorts after any character.
        m_conditions << QStringLiteral("r.address >= ? COLLATE NOCASE AND r.address < ? COLLATE NOCASE");
        m_values << recipient << QString(recipient + QString::fromUcs4(U"\U0010FFFF"));
    }
    const QString text = filter.text.trimmed();
    if (!text.isEmpty()) {
        m_conditions << QStringLiteral("(m.sender LIKE ? ESCAPE '\\' OR r.address LIKE ? ESCAPE '\\'"
                                       " OR m.subject LIKE ? ESCAPE '\\')");
        const QString pattern = likePattern(text);
        m_values << pattern << pattern << pattern;
    }
}

QString SqlFilter::whereClause() const
{
    if (m_conditions.isEmpty())
        return {};
    return QStringLiteral(" WHERE ") + m_conditions.join(QStringLiteral(" AND "));
}

void SqlFilter::bind(QSqlQuery& query) const
{
    for (const QVariant& value : m_values)
        query.addBindValue(value);
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

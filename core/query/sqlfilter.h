#pragma once

#include "core/query/logfilter.h"

#include <QSqlQuery>
#include <QStringList>
#include <QVariantList>

namespace RelayDesk {

/// The columns a LogFilter applies to in one listing.
struct FilterColumns
{
    const char* agentCondition; ///< a condition with a "?" for the agent's name wherever it compares it
    const char* deletedAgentCondition; ///< the same for LogFilter::deletedAgent: deleted agents of the name
    const char* heldCondition;         ///< the condition of status "held"; nullptr: "held" is a plain state
    const char* state;
    const char* time;
    const char* address;
    QList<const char*> text;         ///< the columns free text searches with LIKE (when textMatch is not set)
    const char* queueId = nullptr;   ///< the column a queue id is compared with
    const char* textMatch = nullptr; ///< a condition with one "?" for LogFilter::ftsQuery(); nullptr: LIKE
    const char* messageId = nullptr; ///< a condition with two "?" for a Message-ID with and without <>

    /// Recipients r joined with their messages m: the delivery log's rows and the queue's; free text through
    /// the delivery_log_fts index (one row per recipient, rowid = r.id).
    static FilterColumns recipients();
    /// As recipients(), for a query that joins delivery_log_fts as f itself (FTS5 then yields the rows
    /// newest first and stops at the page's LIMIT).
    static FilterColumns recipientsJoinedWithText();
    /// delivery_attempts, one row per recipient per attempt.
    static FilterColumns attempts();
};

/// Turns a LogFilter into a WHERE clause over the columns of one listing, with its bound values. Only the
/// conditions that are set appear, so SQLite can pick the index that fits.
class SqlFilter final
{
public:
    explicit SqlFilter(const LogFilter& filter, const FilterColumns& columns = FilterColumns::recipients());

    QString whereClause() const; ///< "" or " WHERE ..."
    /// The WHERE clause with one more condition (if any) after the filter's.
    QString whereClause(const QString& extra) const;
    void bind(QSqlQuery& query) const;
    /// Escapes LIKE wildcards so that free text matches itself.
    static QString likePattern(const QString& text);

private:
    QStringList m_conditions;
    QVariantList m_values;
    int m_textIndex = -1; ///< the value bound to the text search condition, in FTS5's syntax
    QString m_text;
    QStringList m_textAlternatives;
};

} // namespace RelayDesk

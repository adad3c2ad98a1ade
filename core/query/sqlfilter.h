#pragma once

#include "core/query/logfilter.h"

#include <QSqlQuery>
#include <QStringList>
#include <QVariantList>

namespace RelayDesk {

/// Turns a LogFilter into a WHERE clause over messages m and recipients r, with its bound values.
/// Only the conditions that are set appear, so SQLite can pick the index that fits.
class SqlFilter final
{
public:
    explicit SqlFilter(const LogFilter& filter);

    QString whereClause() const; ///< "" or " WHERE ..."
    void bind(QSqlQuery& query) const;
    /// Escapes LIKE wildcards so that free text matches itself.
    static QString likePattern(const QString& text);

private:
    QStringList m_conditions;
    QVariantList m_values;
};

} // namespace RelayDesk

#pragma once

#include <QSqlDatabase>
#include <QString>

namespace RelayDesk {

/// The few SQL phrases that differ between the store's backends, SQLite and PostgreSQL (docs/postgresql.md,
/// "One schema, two dialects"). Every other statement in core/ is written once in SQL both accept.
class SqlDialect final
{
public:
    static bool isPostgreSql(const QSqlDatabase& db);
    /// Starts a write transaction: SQLite's BEGIN IMMEDIATE takes the write lock at once, so that the commit
    /// cannot fail on a lock upgrade; PostgreSQL locks rows as it goes.
    static QString beginWrite(const QSqlDatabase& db);
    /// The insertion order of a table without an id column (SQLite's rowid; PostgreSQL's ctid).
    static QString rowOrder(const QSqlDatabase& db);
    /// A condition with one "?" (bound to textQuery()) that matches the delivery_log_fts rows of free text;
    /// alias is the table's alias in the query, or empty for "the table itself".
    static QString textMatch(const QSqlDatabase& db, const QString& alias);
    /// The text search query for the words of text, each a prefix, all required (FTS5 or tsquery syntax).
    static QString textQuery(const QSqlDatabase& db, const QString& text);
    /// A case-insensitive ">= ?" or "< ?" comparison of column with a bound value, by the index on it.
    static QString caselessCompare(const QSqlDatabase& db, const QString& column, const char* op);
};

} // namespace RelayDesk

#pragma once

#include "core/util/expected.h"

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
    /// Starts a read-only transaction in which every statement sees the store as of one moment: SQLite's
    /// deferred transaction does; PostgreSQL's default takes a new snapshot per statement, so its isolation
    /// is raised to repeatable read. End it with rollback().
    static Status beginReadSnapshot(QSqlDatabase& db);
    /// SQLite's " INDEXED BY index" (the planner's choice pinned); PostgreSQL plans by itself: "".
    static QString indexedBy(const QSqlDatabase& db, const QString& index);
    /// After rows with their own ids went into table: PostgreSQL's identity sequence continues after the
    /// largest id (SQLite's rowid needs nothing). A table without an identity id is left alone.
    static Status continueIds(QSqlDatabase& db, const QString& table);
    /// PostgreSQL's statement that moves table's identity sequence past its largest id: the next insert takes
    /// MAX(id) + 1, or 1 in an empty table. Used by continueIds() and by the migrations (PostgreSqlSchema).
    static QString continueIdsStatement(const QString& table);
    /// "column contains the bytes bound to ?": SQLite's instr(), PostgreSQL's position() (bytea in bytea).
    static QString containsBytes(const QSqlDatabase& db, const QString& column);
    /// The insertion order of a table without an id column (SQLite's rowid; PostgreSQL's ctid).
    static QString rowOrder(const QSqlDatabase& db);
    /// The text search query for the words of text, all required (FTS5 or tsquery syntax; TextSearchQuery).
    static QString textQuery(bool postgreSql, const QString& text);
    /// The read side's statements for db's backend: on PostgreSQL, "X >= ? COLLATE NOCASE" (and "<") becomes
    /// "lower(X) >= lower(?)" (the lower() index), "[alias.]delivery_log_fts MATCH ?" becomes
    /// "[alias.]document @@ to_tsquery('simple', ?)" (bind textQuery()), GROUP_CONCAT( becomes string_agg(,
    /// SQLite's join-order hint CROSS JOIN a plain JOIN.
    /// SQLite's text is returned as is.
    static QString adapt(const QSqlDatabase& db, const QString& sql);
};

} // namespace RelayDesk

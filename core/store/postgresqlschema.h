#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace RelayDesk {

/// Writes the schema migrations (core/store/migrations.cpp, written once in SQLite's words) in PostgreSQL's
/// (docs/postgresql.md, "One schema, two dialects"): INTEGER → BIGINT (ids as identity columns), BLOB →
/// BYTEA, COLLATE NOCASE indexes → lower() indexes, INSERT OR IGNORE → ON CONFLICT DO NOTHING, triggers →
/// PL/pgSQL trigger functions, the FTS5 table → a table with a tsvector column and a GIN index. Keeps the
/// tables of the triggers it has seen, for DROP TRIGGER; feed it the migrations in order.
class PostgreSqlSchema final
{
public:
    QStringList translate(const QString& sqliteStatement);

private:
    QStringList trigger(const QString& statement);
    QHash<QString, QString> m_triggerTables;
};

} // namespace RelayDesk

#pragma once

#include "core/util/expected.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace RelayDesk {

/// The secrets that every node of a PostgreSQL store shares (docs/postgresql.md, "Secrets in the store"):
/// rows of node_secrets, by name ("smarthost", "dkim/DOMAIN/SELECTOR"). On SQLite the same secrets stay in
/// 0600 files of the data directory, and callers ask shared() before they come here. Runs on the
/// connection given, so that a secret can join the caller's transaction.
class NodeSecrets final
{
public:
    explicit NodeSecrets(QSqlDatabase db) : m_db(std::move(db)) {}

    /// Whether db's store keeps secrets in node_secrets (PostgreSQL) rather than in files (SQLite).
    static bool shared(const QSqlDatabase& db);
    static QString smarthostName() { return QStringLiteral("smarthost"); }
    static QString dkimName(const QString& domain, const QString& selector);

    /// The secret called name; nullopt when there is none.
    Expected<std::optional<QByteArray>> read(const QString& name) const;
    /// Adds or replaces the secret called name.
    Status write(const QString& name, const QByteArray& value, qint64 nowMs);
    /// Removes the secret called name (none: nothing to do).
    Status remove(const QString& name);

private:
    QSqlDatabase m_db;
};

} // namespace RelayDesk

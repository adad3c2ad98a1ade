#pragma once

#include "core/routing/routetable.h"
#include "core/util/expected.h"

#include <QSqlDatabase>

namespace RelayDesk {

/// Reads and writes the outbound routing configuration of a data directory: the routes and tls_policies
/// tables, the delivery.smarthost* settings and the smarthost password in smarthost.secret (mode 0600) or, on
/// PostgreSQL, in node_secrets.
class RouteStore final
{
public:
    explicit RouteStore(QString dataDir);

    /// Everything RouteTable needs, read on the calling thread.
    Expected<RouteTable> load() const;

    Expected<QList<RouteEntry>> routes() const;
    Status setRoute(const RouteEntry& entry); ///< adds or replaces the route of entry.pattern
    /// What setRoute() would refuse entry for (empty: nothing), without storing it.
    QString routeProblem(const RouteEntry& entry) const;
    Status removeRoute(const QString& pattern);

    Expected<QHash<QString, TlsPolicy>> tlsPolicies() const;
    Status setTlsPolicy(const QString& domain, TlsPolicy policy);
    Status removeTlsPolicy(const QString& domain);

    Expected<SmarthostConfig> smarthost() const;
    /// Stores the password in smarthost.secret, readable by the owner only (docs/architecture.md, "secrets
    /// stay secret"), or on PostgreSQL in the store's node_secrets, shared by every node
    /// (docs/postgresql.md); empty removes it. Bumps the 'routes' topic, so that a running engine uses it at
    /// once.
    Status setSmarthostPassword(const QByteArray& password);
    /// The stored password (empty: none), from smarthost.secret or, on PostgreSQL, from node_secrets.
    Expected<QByteArray> readSmarthostPassword() const;
    /// The SQLite store's password file (unused on PostgreSQL).
    QString secretPath() const;

private:
    /// The routes, each with its password when withPasswords (for delivery), else only passwordSet; the
    /// secret is read once, and only when a route logs in.
    Expected<QList<RouteEntry>> readRoutes(bool withPasswords) const;
    /// What is wrong with entry's login (pattern normalized): a password without a user name, a login
    /// without a verified certificate, a user name without a password stored or given.
    QString loginProblem(const RouteEntry& entry, const QString& pattern) const;
    Status writeSmarthostPassword(QSqlDatabase& db, const QByteArray& password) const;

    QString m_dataDir;
};

} // namespace RelayDesk

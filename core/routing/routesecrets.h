#pragma once

#include "core/util/expected.h"

#include <QByteArray>
#include <QHash>
#include <QSqlDatabase>
#include <QString>

namespace RelayDesk {

/// The passwords of the per-domain routes that log in (route add --username): one secret for them all, in
/// routes.secret (0600, as smarthost.secret) or, on PostgreSQL, as the node_secrets row "routes", shared by
/// every node (docs/architecture.md, "secrets stay secret"). Its text is a JSON object from each route's
/// pattern to its password in base64; it never enters the routes table, a log or a backup's clear part.
class RouteSecrets final
{
public:
    explicit RouteSecrets(QString dataDir) : m_dataDir(std::move(dataDir)) {}

    /// Every route's password by pattern (none stored: empty).
    Expected<QHash<QString, QByteArray>> read() const;
    /// The password of the route for pattern, or empty.
    Expected<QByteArray> password(const QString& pattern) const;
    /// Stores password for pattern; an empty one removes it.
    Status setPassword(const QString& pattern, const QByteArray& password);
    /// The SQLite store's file (unused on PostgreSQL).
    QString path() const;
    static QString fileName() { return QStringLiteral("routes.secret"); }
    static QString sharedName() { return QStringLiteral("routes"); }
    /// The secret's text parsed, or why it cannot be.
    static Expected<QHash<QString, QByteArray>> parse(const QByteArray& text);
    static QByteArray serialize(const QHash<QString, QByteArray>& passwords);

private:
    Status write(QSqlDatabase& db, const QHash<QString, QByteArray>& passwords) const;

    QString m_dataDir;
};

} // namespace RelayDesk

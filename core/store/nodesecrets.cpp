#include "core/store/nodesecrets.h"
#include "core/store/sqldialect.h"

#include <QSqlError>
#include <QSqlQuery>

namespace RelayDesk {

bool NodeSecrets::shared(const QSqlDatabase& db)
{
    return SqlDialect::isPostgreSql(db);
}

QString NodeSecrets::dkimName(const QString& domain, const QString& selector)
{
    return QStringLiteral("dkim/") + domain + QLatin1Char('/') + selector;
}

// Errors name the secret, never its value.
Expected<std::optional<QByteArray>> NodeSecrets::read(const QString& name) const
{
    using Result = Expected<std::optional<QByteArray>>;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT value FROM node_secrets WHERE name = ?"));
    query.addBindValue(name);
    if (!query.exec())
        return Result::failure(QStringLiteral("cannot read the secret %1 from the store: %2")
                                   .arg(name, query.lastError().text()));
    if (!query.next())
        return std::optional<QByteArray>();
    return std::optional<QByteArray>(query.value(0).toByteArray());
}

Status NodeSecrets::write(const QString& name, const QByteArray& value, qint64 nowMs)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO node_secrets(name, value, updated_at) VALUES(?, ?, ?)"
                                 " ON CONFLICT(name) DO UPDATE SET value = excluded.value,"
                                 " updated_at = excluded.updated_at"));
    query.addBindValue(name);
    query.addBindValue(value);
    query.addBindValue(nowMs);
    if (!query.exec())
        return Status::failure(
            QStringLiteral("cannot store the secret %1: %2").arg(name, query.lastError().text()));
    return {};
}

Status NodeSecrets::remove(const QString& name)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("DELETE FROM node_secrets WHERE name = ?"));
    query.addBindValue(name);
    if (!query.exec())
        return Status::failure(
            QStringLiteral("cannot remove the secret %1: %2").arg(name, query.lastError().text()));
    return {};
}

} // namespace RelayDesk

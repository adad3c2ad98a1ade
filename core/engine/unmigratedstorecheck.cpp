#include "core/engine/unmigratedstorecheck.h"
#include "core/store/database.h"
#include "core/store/sqldialect.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUuid>

namespace RelayDesk {

namespace {

/// The agents and the messages of one store: (agents, messages), or nothing when it cannot be read.
std::optional<std::pair<qint64, qint64>> agentsAndMessages(QSqlDatabase& db)
{
    QSqlQuery query(db);
    if (!query.exec(
            QStringLiteral("SELECT (SELECT COUNT(*) FROM agents), (SELECT COUNT(*) FROM messages)")) ||
        !query.next())
        return std::nullopt;
    return std::make_pair(query.value(0).toLongLong(), query.value(1).toLongLong());
}

} // namespace

Status UnmigratedStoreCheck::check(const QString& dataDir, bool command)
{
    const QString sqlitePath = Database::databasePath(dataDir);
    if (!QFile::exists(sqlitePath))
        return {};
    auto db = Database::connection(dataDir);
    if (!db || !SqlDialect::isPostgreSql(db.value()))
        return {};
    const auto shared = agentsAndMessages(db.value());
    if (!shared || shared->first > 0 || shared->second > 0)
        return {};
    std::optional<std::pair<qint64, qint64>> local;
    const QString name = QStringLiteral("relaydesk:unmigrated-check-") + QUuid::createUuid().toString();
    {
        QSqlDatabase sqlite = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        sqlite.setDatabaseName(sqlitePath);
        sqlite.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (sqlite.open())
            local = agentsAndMessages(sqlite);
        sqlite.close();
    }
    QSqlDatabase::removeDatabase(name);
    if (!local || (local->first == 0 && local->second == 0))
        return {};
    return Status::failure(
        QStringLiteral(
            "this data directory's SQLite store %1 holds %2 Mail Agent(s) and %3 message(s) that the "
            "PostgreSQL store it now uses does not have: copy them first with 'relaydesk store "
            "migrate --from-sqlite' (or set the file aside to start afresh); %4")
            .arg(sqlitePath)
            .arg(local->first)
            .arg(local->second)
            .arg(command ? QStringLiteral("until then a command would read and change the empty store, so "
                                          "nothing was done")
                         : QStringLiteral("nothing was started")));
}

} // namespace RelayDesk

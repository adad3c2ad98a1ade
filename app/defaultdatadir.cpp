#include "app/defaultdatadir.h"

#include "core/store/database.h"
#include "core/store/enginelock.h"
#include "core/util/datadirmode.h"

#include <QFileInfo>
#include <QStandardPaths>

namespace RelayDesk {

QString DefaultDataDir::servicePath()
{
    return QStringLiteral("/var/lib/relaydesk");
}

QString DefaultDataDir::own()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QString DefaultDataDir::reachableService()
{
    const QString service = servicePath();
    if (!QFileInfo(service).isDir() || !DataDirMode::accessProblem(service).isEmpty())
        return {};
    const std::optional<EngineLockHolder> holder = EngineLock::holder(service);
    return holder && holder->face == EngineFace::Service ? service : QString();
}

QString DefaultDataDir::forWindow(QString* note)
{
    const QString mine = own();
    // Set up here: an SQLite store, or the address of a PostgreSQL one.
    if (QFileInfo::exists(Database::databasePath(mine)) || QFileInfo::exists(StoreAddress::confPath(mine)))
        return mine;
    const QString service = reachableService();
    if (service.isEmpty())
        return mine;
    if (note)
        *note = QStringLiteral("no relay is set up in %1, and the relay service runs on %2: managing it "
                               "(--data-dir chooses)")
                    .arg(mine, service);
    return service;
}

} // namespace RelayDesk

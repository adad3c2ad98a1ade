#include "core/admin/admin.h"

#include "core/store/database.h"

namespace RelayDesk {

Status Admin::open(const QString& dataDir)
{
    return Database::initialize(dataDir);
}

bool Admin::isStoreAway(const QString& error)
{
    return Database::isServerAway(error);
}

bool Admin::isStoreUnwritable(const QString& error)
{
    return error.startsWith(Database::unwritablePrefix());
}

void Admin::settleStoreFiles(const QString& dataDir)
{
    Database::settleFileModes(dataDir);
}

void Admin::closeThread(const QString& dataDir)
{
    Database::releaseThreadConnection(dataDir);
}

} // namespace RelayDesk

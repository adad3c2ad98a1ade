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

void Admin::closeThread(const QString& dataDir)
{
    Database::releaseThreadConnection(dataDir);
}

} // namespace RelayDesk

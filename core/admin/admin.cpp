#include "core/admin/admin.h"

#include "core/store/database.h"
#include "core/store/datadirectory.h"

namespace RelayDesk {

Status Admin::open(const QString& dataDir)
{
    return Database::initialize(dataDir);
}

bool Admin::isOtherDirectory(const QString& dataDir)
{
    return DataDirectory::holdsOtherFiles(dataDir);
}

void Admin::closeThread(const QString& dataDir)
{
    Database::releaseThreadConnection(dataDir);
}

} // namespace RelayDesk

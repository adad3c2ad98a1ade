#include "core/admin/admin.h"

#include "core/store/database.h"
#include "core/store/storeaddress.h"

#include <QDir>
#include <QFileInfo>

namespace RelayDesk {

Status Admin::open(const QString& dataDir)
{
    return Database::initialize(dataDir);
}

bool Admin::isOtherDirectory(const QString& dataDir)
{
    const QFileInfo dir(dataDir);
    if (!dir.isDir() || !dir.isReadable() || !dir.isExecutable())
        return false;
    if (QFileInfo::exists(StoreAddress::confPath(dataDir)) ||
        QFileInfo::exists(Database::databasePath(dataDir)))
        return false;
    return !QDir(dataDir).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System);
}

void Admin::closeThread(const QString& dataDir)
{
    Database::releaseThreadConnection(dataDir);
}

} // namespace RelayDesk

#include "core/store/datadirectory.h"

#include "core/store/database.h"
#include "core/store/storeaddress.h"

#include <QDir>
#include <QFileInfo>

namespace RelayDesk {

bool DataDirectory::holdsOtherFiles(const QString& dataDir)
{
    const QFileInfo dir(dataDir);
    if (!dir.isDir() || !dir.isReadable() || !dir.isExecutable())
        return false;
    if (QFileInfo::exists(StoreAddress::confPath(dataDir)) ||
        QFileInfo::exists(Database::databasePath(dataDir)))
        return false;
    return !QDir(dataDir).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System);
}

QString DataDirectory::otherFilesProblem(const QString& dataDir)
{
    return QStringLiteral(
               "%1 is not a RelayDesk data directory: it holds other files and no relay store (check "
               "the path; a relay started with --data-dir makes its store in a new or empty "
               "directory)")
        .arg(dataDir);
}

} // namespace RelayDesk

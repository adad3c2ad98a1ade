#include "core/store/datadirectory.h"

#include "core/store/database.h"
#include "core/store/storeaddress.h"
#include "core/util/shellword.h"

#include <QDir>
#include <QFileInfo>

namespace RelayDesk {

namespace {

/// The first subdirectory of dataDir (by name) that holds a store, or "".
QString storeBelow(const QString& dataDir)
{
    const QDir dir(dataDir);
    for (const QString& name : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden, QDir::Name)) {
        if (DataDirectory::holdsStore(dir.filePath(name)))
            return dir.filePath(name);
    }
    return {};
}

} // namespace

bool DataDirectory::holdsStore(const QString& dataDir)
{
    return QFileInfo::exists(StoreAddress::confPath(dataDir)) ||
           QFileInfo::exists(Database::databasePath(dataDir));
}

bool DataDirectory::lacksStore(const QString& dataDir)
{
    const QFileInfo dir(dataDir);
    if (!dir.exists())
        return true;
    return dir.isDir() && dir.isReadable() && dir.isExecutable() && !holdsStore(dataDir);
}

bool DataDirectory::holdsOtherFiles(const QString& dataDir)
{
    const QFileInfo dir(dataDir);
    if (!dir.isDir() || !dir.isReadable() || !dir.isExecutable())
        return false;
    if (holdsStore(dataDir))
        return false;
    return !QDir(dataDir).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System);
}

/// "; DIR/sub holds one: did you mean --data-dir DIR/sub?" when a subdirectory holds a store, else "".
QString storeBelowHint(const QString& dataDir)
{
    const QString below = storeBelow(dataDir);
    return below.isEmpty()
               ? QString()
               : QStringLiteral("; %1 holds one: did you mean --data-dir %2?").arg(below, shellWord(below));
}

QString DataDirectory::otherFilesProblem(const QString& dataDir)
{
    return QStringLiteral(
               "%1 is not a RelayDesk data directory: it holds other files and no relay store (check "
               "the path; a relay started with --data-dir makes its store in a new or empty "
               "directory)%2")
        .arg(dataDir, storeBelowHint(dataDir));
}

QString DataDirectory::noStoreProblem(const QString& dataDir)
{
    if (!QFileInfo::exists(dataDir))
        return QStringLiteral("no data directory at %1, so there is nothing to show (check the path)")
            .arg(dataDir);
    return QStringLiteral("%1 holds no relay store yet, so there is nothing to show (check the path; a relay "
                          "started with --data-dir makes its store there)%2")
        .arg(dataDir, storeBelowHint(dataDir));
}

} // namespace RelayDesk

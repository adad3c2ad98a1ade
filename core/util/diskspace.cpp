#include "core/util/diskspace.h"

#include <QFile>

#include <algorithm>

#include <sys/statvfs.h>

namespace RelayDesk {

std::optional<qint64> DiskSpace::available(const QString& dir)
{
    struct statvfs info = {};
    if (::statvfs(QFile::encodeName(dir).constData(), &info) != 0)
        return std::nullopt;
    return qint64(info.f_bavail) * qint64(info.f_frsize);
}

qint64 DiskSpace::needed(qint64 maxMessageSize)
{
    return std::max<qint64>(2 * maxMessageSize, 16LL * 1024 * 1024);
}

} // namespace RelayDesk

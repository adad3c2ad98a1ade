#include "core/util/pathplace.h"

#include <QDir>
#include <QFileInfo>

namespace RelayDesk {

QString PathPlace::resolved(const QString& path)
{
    // Walk up to the deepest part that exists, resolve it, and put the rest back on.
    QString existing = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    QString rest;
    while (!QFileInfo::exists(existing)) {
        const qsizetype slash = existing.lastIndexOf(QLatin1Char('/'));
        if (slash <= 0)
            return QDir::cleanPath(QFileInfo(path).absoluteFilePath());
        rest = existing.mid(slash) + rest;
        existing = existing.left(slash);
    }
    return QDir::cleanPath(QFileInfo(existing).canonicalFilePath() + rest);
}

bool PathPlace::isInside(const QString& path, const QString& directory)
{
    const QString file = resolved(path);
    const QString folder = resolved(directory);
    return file == folder || file.startsWith(folder + QLatin1Char('/'));
}

bool PathPlace::isSameFile(const QString& a, const QString& b)
{
    return !a.isEmpty() && !b.isEmpty() && resolved(a) == resolved(b);
}

} // namespace RelayDesk

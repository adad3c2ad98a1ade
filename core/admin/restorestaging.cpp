#include "core/admin/restorestaging.h"

#include <QDir>
#include <QFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace RelayDesk {

namespace {

QString stagingPattern(const QString& name)
{
    return QStringLiteral(".%1.restore-").arg(name);
}

/// The folder opened and locked without waiting; -1 when another process holds it (or it cannot be opened).
int lockFolder(const QString& path, bool wait)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return -1;
    if (::flock(fd, LOCK_EX | (wait ? 0 : LOCK_NB)) != 0) {
        ::close(fd);
        return -1;
    }
    return fd;
}

} // namespace

RestoreStaging::RestoreStaging(const QString& parent, const QString& name)
    : m_dir(QDir(parent).filePath(stagingPattern(name) + QStringLiteral("XXXXXX")))
{
    if (m_dir.isValid())
        m_lock = lockFolder(m_dir.path(), true);
}

RestoreStaging::~RestoreStaging()
{
    if (m_lock >= 0)
        ::close(m_lock); // the lock goes with the descriptor, after the folder is gone (or kept)
}

QString RestoreStaging::errorString() const
{
    if (!m_dir.isValid())
        return m_dir.errorString();
    return QStringLiteral("cannot lock %1: %2")
        .arg(m_dir.path(), QString::fromLocal8Bit(std::strerror(errno)));
}

int RestoreStaging::removeAbandoned(const QString& parent, const QString& name)
{
    int removed = 0;
    const QDir folder(parent);
    const QStringList found =
        folder.entryList({stagingPattern(name) + QLatin1Char('*')},
                         QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot | QDir::NoSymLinks);
    for (const QString& entry : found) {
        const QString path = folder.filePath(entry);
        const int fd = lockFolder(path, false);
        if (fd < 0)
            continue; // a restore that runs right now
        if (QDir(path).removeRecursively())
            ++removed;
        ::close(fd);
    }
    return removed;
}

} // namespace RelayDesk

#include "core/admin/restorestaging.h"
#include "core/util/datadirmode.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
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

Status RestoreStaging::takeOwnerAndModeOf(uid_t owner, gid_t group, mode_t mode) const
{
    const QString root = path();
    if (::chmod(QFile::encodeName(root).constData(), mode & 07777) != 0)
        return Status::failure(QStringLiteral("cannot set the mode of %1: %2")
                                   .arg(root, QString::fromLocal8Bit(std::strerror(errno))));
    const DataDirMode modes(root);
    const bool asRoot = ::geteuid() == 0;
    QStringList paths{root};
    if (modes.groupShared() || asRoot) {
        QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                        QDirIterator::Subdirectories);
        while (it.hasNext())
            paths << it.next();
    }
    for (const QString& entry : std::as_const(paths)) {
        const QByteArray name = QFile::encodeName(entry);
        struct stat info = {};
        if (::lstat(name.constData(), &info) != 0 || S_ISLNK(info.st_mode))
            continue;
        // The owner first: a chown may clear the set-group-ID bit that the mode below sets.
        if (asRoot && (info.st_uid != owner || info.st_gid != group) &&
            ::lchown(name.constData(), owner, group) != 0)
            return Status::failure(QStringLiteral("cannot give %1 to the owner of the data directory: %2")
                                       .arg(entry, QString::fromLocal8Bit(std::strerror(errno))));
        if (entry == root) {
            ::chmod(name.constData(), mode & 07777);
        } else if (modes.groupShared()) {
            // Secrets (keys, the smarthost's password) readable by the group, the rest writable by it.
            const QString relative = QDir(root).relativeFilePath(entry);
            const bool secret = relative.startsWith(QLatin1String("dkim/")) ||
                                relative.startsWith(QLatin1String("tls/")) ||
                                relative == QLatin1String("smarthost.secret");
            const uint wanted = S_ISDIR(info.st_mode) ? modes.directoryMode()
                                : secret              ? modes.secretMode()
                                                      : modes.fileMode();
            ::chmod(name.constData(), mode_t(wanted));
        }
    }
    return {};
}

} // namespace RelayDesk

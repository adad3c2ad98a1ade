#include "core/util/datadirmode.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <grp.h>
#include <pwd.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <unistd.h>
#include <vector>

namespace RelayDesk {

namespace {

QString userName(uid_t uid)
{
    const passwd* entry = ::getpwuid(uid);
    return entry ? QString::fromLocal8Bit(entry->pw_name) : QString::number(uid);
}

QString groupName(gid_t gid)
{
    const group* entry = ::getgrgid(gid);
    return entry ? QString::fromLocal8Bit(entry->gr_name) : QString::number(gid);
}

/// Whether this process has gid among its own groups (what the kernel checks), not the group database's.
bool processInGroup(gid_t gid)
{
    if (::getegid() == gid)
        return true;
    const int count = ::getgroups(0, nullptr);
    std::vector<gid_t> groups(static_cast<size_t>(count > 0 ? count : 0));
    if (count > 0 && ::getgroups(count, groups.data()) == count)
        for (gid_t g : groups)
            if (g == gid)
                return true;
    return false;
}

/// Whether the group database lists the user in gid (as after 'adduser USER GROUP').
bool databaseInGroup(uid_t uid, gid_t gid)
{
    const passwd* entry = ::getpwuid(uid);
    if (!entry)
        return false;
    const QByteArray name(entry->pw_name);
    int count = 64;
    std::vector<gid_t> groups(static_cast<size_t>(count));
    if (::getgrouplist(name.constData(), entry->pw_gid, groups.data(), &count) < 0) {
        groups.resize(size_t(count));
        if (::getgrouplist(name.constData(), entry->pw_gid, groups.data(), &count) < 0)
            return false;
    }
    for (int i = 0; i < count; ++i)
        if (groups[size_t(i)] == gid)
            return true;
    return false;
}

} // namespace

DataDirMode::DataDirMode(const QString& dataDir)
{
    struct stat info = {};
    // Shared means that the group may read, write and enter: a 0755 directory made with a default umask
    // is not a team's, and its files stay 0600.
    if (::stat(QFile::encodeName(dataDir).constData(), &info) == 0 && (info.st_mode & S_IRWXG) == S_IRWXG) {
        m_groupShared = true;
        m_setGid = (info.st_mode & S_ISGID) != 0;
    }
}

uint DataDirMode::fileMode() const
{
    return S_IRUSR | S_IWUSR | (m_groupShared ? S_IRGRP | S_IWGRP : 0);
}

uint DataDirMode::secretMode() const
{
    return S_IRUSR | S_IWUSR | (m_groupShared ? S_IRGRP : 0);
}

uint DataDirMode::directoryMode() const
{
    return S_IRWXU | (m_groupShared ? S_IRWXG : 0) | (m_setGid ? S_ISGID : 0);
}

QFileDevice::Permissions DataDirMode::permissions(uint mode)
{
    QFileDevice::Permissions result;
    if (mode & S_IRUSR)
        result |= QFileDevice::ReadOwner;
    if (mode & S_IWUSR)
        result |= QFileDevice::WriteOwner;
    if (mode & S_IXUSR)
        result |= QFileDevice::ExeOwner;
    if (mode & S_IRGRP)
        result |= QFileDevice::ReadGroup;
    if (mode & S_IWGRP)
        result |= QFileDevice::WriteGroup;
    if (mode & S_IXGRP)
        result |= QFileDevice::ExeGroup;
    return result;
}

void DataDirMode::apply(const QString& path, uint mode)
{
    // Through an O_PATH descriptor opened without following a symbolic link, and only for a file of this
    // process's own user with one name: a link or a hard link planted in the directory never turns this into
    // a chmod of another file (root's command line included). O_PATH, because closing a real descriptor of
    // the database would drop this process's SQLite (POSIX) locks on it, and another process would then take
    // the database for unused and delete its WAL.
    const int fd = ::open(QFile::encodeName(path).constData(), O_PATH | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0)
        return;
    struct stat info = {};
    if (::fstat(fd, &info) == 0 && info.st_uid == ::geteuid() &&
        (S_ISDIR(info.st_mode) || (S_ISREG(info.st_mode) && info.st_nlink == 1)) &&
        (info.st_mode & 07777) != mode)
        ::chmod(QByteArray("/proc/self/fd/" + QByteArray::number(fd)).constData(), mode_t(mode));
    ::close(fd);
}

Status DataDirMode::prepare(const QString& dataDir)
{
    if (!QFileInfo::exists(dataDir)) {
        if (!QDir().mkpath(dataDir)) {
            // The reason, and in the window's language (an outside tester read the English words alone in a
            // German window, without why).
            const QString why = QString::fromLocal8Bit(std::strerror(errno));
            static const char* const cannotCreate =
                QT_TRANSLATE_NOOP("RelayDesk::DataDirMode", "cannot create the data directory %1 (%2)");
            return Status::failure(
                QCoreApplication::translate("RelayDesk::DataDirMode", cannotCreate).arg(dataDir, why));
        }
        ::chmod(QFile::encodeName(dataDir).constData(), S_IRWXU);
        return {};
    }
    if (const QString problem = accessProblem(dataDir); !problem.isEmpty())
        return Status::failure(problem);
    return {};
}

namespace {

// The window shows these when it cannot start (translated there; English in the command line, which installs
// no translator): the read-only mount's came half in English inside a French sentence (an outside tester).
QString accessText(const char* text)
{
    return QCoreApplication::translate("RelayDesk::DataDirMode", text);
}

} // namespace

QString DataDirMode::accessProblem(const QString& dataDir)
{
    const QByteArray path = QFile::encodeName(dataDir);
    struct stat info = {};
    if (::stat(path.constData(), &info) != 0)
        return {};
    // Before the access check: an executable file passes it (an outside tester's --data-dir /etc/hostname
    // was told "Unknown error 20 (ask as root)").
    if (!S_ISDIR(info.st_mode))
        return accessText(
                   QT_TRANSLATE_NOOP("RelayDesk::DataDirMode", "the data directory %1 is not a directory"))
            .arg(dataDir);
    if (::access(path.constData(), R_OK | W_OK | X_OK) == 0)
        return {};
    const int error = errno;
    // Only a refusal by the permissions is about owners and groups (a read-only mount is EROFS).
    if (error == EROFS)
        return accessText(
                   QT_TRANSLATE_NOOP(
                       "RelayDesk::DataDirMode",
                       "the data directory %1 is on a read-only file system: RelayDesk writes to it, so "
                       "mount it read-write (Read-only file system)"))
            .arg(dataDir);
    if (error != EACCES && error != EPERM)
        return accessText(
                   QT_TRANSLATE_NOOP("RelayDesk::DataDirMode", "the data directory %1 cannot be used (%2)"))
            .arg(dataDir, QString::fromLocal8Bit(::strerror(error)));
    const QString owner = userName(info.st_uid);
    const QString groupOfDir = groupName(info.st_gid);
    const QString me = userName(::geteuid());
    const QString where = accessText(QT_TRANSLATE_NOOP("RelayDesk::DataDirMode",
                                                       "the data directory %1 (owner %2, group %3, mode %4)"))
                              .arg(dataDir, owner, groupOfDir)
                              .arg(info.st_mode & 07777, 4, 8, QLatin1Char('0'));
    // The owner itself shut out (chmod a-w, or a copy that kept a read-only mode): another user is no fix.
    if (info.st_uid == ::geteuid())
        return accessText(
                   QT_TRANSLATE_NOOP(
                       "RelayDesk::DataDirMode",
                       "%1 belongs to %2, but its mode does not let %2 write to it: give the owner its "
                       "permissions back ('chmod u+rwx %3') (Permission denied)"))
            .arg(where, me, dataDir);
    if ((info.st_mode & S_IRWXG) != S_IRWXG)
        return accessText(QT_TRANSLATE_NOOP("RelayDesk::DataDirMode",
                                            "%1 is not open to %2: use it as %3 (Permission denied)"))
            .arg(where, me,
                 info.st_uid == 0
                     ? QStringLiteral("root")
                     : accessText(QT_TRANSLATE_NOOP("RelayDesk::DataDirMode", "%1 or root")).arg(owner));
    if (processInGroup(info.st_gid))
        return accessText(QT_TRANSLATE_NOOP("RelayDesk::DataDirMode", "%1: Permission denied")).arg(where);
    if (databaseInGroup(::geteuid(), info.st_gid))
        return accessText(QT_TRANSLATE_NOOP(
                              "RelayDesk::DataDirMode",
                              "%1 is open to the group %2, and %3 is in it, but this session is not yet: log "
                              "in again (or run 'newgrp %2') (Permission denied)"))
            .arg(where, groupOfDir, me);
    return accessText(QT_TRANSLATE_NOOP(
                          "RelayDesk::DataDirMode",
                          "%1 is open to the group %2 only, and %3 is not in it: 'sudo adduser %3 %2', then "
                          "log in again (Permission denied)"))
        .arg(where, groupOfDir, me);
}

QString DataDirMode::fileWriteProblem(const QString& dataDir, const QString& path)
{
    const QByteArray file = QFile::encodeName(path);
    struct stat info = {};
    if (::stat(file.constData(), &info) != 0 || ::access(file.constData(), W_OK) == 0)
        return {};
    const int error = errno;
    if (error == EROFS)
        return QStringLiteral(
                   "%1 is on a read-only file system: RelayDesk writes to it, so mount it read-write "
                   "(Read-only file system)")
            .arg(path);
    if (error != EACCES && error != EPERM)
        return QStringLiteral("%1 cannot be written (%2)")
            .arg(path, QString::fromLocal8Bit(::strerror(error)));
    struct stat dir = {};
    const bool dirKnown = ::stat(QFile::encodeName(dataDir).constData(), &dir) == 0;
    // The usual cause: a copy or a restore made as root without handing the files back to the directory's
    // owner (docs/operations.md, "Backup and restore").
    // When the file is the user's own already, only its mode keeps the user out.
    // A file that has the directory's owner and group already is kept out by its mode alone: a chown would
    // change nothing (an outside tester was told to run one).
    const bool directorys = dirKnown && info.st_uid == dir.st_uid && info.st_gid == dir.st_gid;
    const QString fix =
        info.st_uid == ::geteuid()
            ? QStringLiteral(": let its owner write to it again ('chmod u+w %1')").arg(path)
        : directorys && (dir.st_mode & S_IWGRP) != 0
            ? QStringLiteral(
                  ": it has the data directory's owner and group already, but its mode does not let "
                  "the group write to it ('chmod ug+w %1')")
                  .arg(path)
        : directorys ? QStringLiteral(": it is the data directory's owner's alone: use it as %1")
                           .arg(userName(info.st_uid))
        : dirKnown ? QStringLiteral(": give it back to the data directory's owner ('chown -R %1:%2 %3')")
                         .arg(userName(dir.st_uid), groupName(dir.st_gid), dataDir)
                   : QString();
    return QStringLiteral("%1 (owner %2, group %3, mode %4) cannot be written by %5%6 (Permission denied)")
        .arg(path, userName(info.st_uid), groupName(info.st_gid))
        .arg(info.st_mode & 07777, 4, 8, QLatin1Char('0'))
        .arg(userName(::geteuid()), fix);
}

QString DataDirMode::fullDiskNote(const QString& dir, bool knownFull)
{
    // Below this, SQLite cannot make its shared-memory index or grow its journal.
    constexpr quint64 nearlyFull = 1024 * 1024;
    struct statvfs info = {};
    if (::statvfs(QFile::encodeName(dir).constData(), &info) != 0)
        return {};
    const quint64 available = quint64(info.f_bavail) * quint64(info.f_frsize);
    if (available >= nearlyFull && !knownFull)
        return {};
    return QStringLiteral(" (the disk holding %1 is full: %2 bytes free; free some space and try again)")
        .arg(dir)
        .arg(available);
}

} // namespace RelayDesk

#include "core/util/serviceaccess.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <grp.h>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

#include <vector>

namespace RelayDesk {

namespace {

QString text(const char* source)
{
    return QCoreApplication::translate("RelayDesk::ServiceAccess", source);
}

/// The user that owns dataDir, and the groups it is in.
struct Account
{
    uid_t uid = 0;
    QString name;
    std::vector<gid_t> groups;
};

bool accountOf(uid_t uid, Account* account)
{
    struct passwd entry = {};
    struct passwd* found = nullptr;
    std::vector<char> buffer(16384);
    if (::getpwuid_r(uid, &entry, buffer.data(), buffer.size(), &found) != 0 || !found)
        return false;
    account->uid = uid;
    account->name = QString::fromLocal8Bit(entry.pw_name);
    int count = 64;
    account->groups.resize(size_t(count));
    if (::getgrouplist(entry.pw_name, entry.pw_gid, account->groups.data(), &count) < 0) {
        account->groups.resize(size_t(count));
        ::getgrouplist(entry.pw_name, entry.pw_gid, account->groups.data(), &count);
    }
    account->groups.resize(size_t(std::max(count, 0)));
    return true;
}

/// Whether account may do what (S_IROTH-style bits: 4 read, 1 search) on info.
bool allows(const Account& account, const struct stat& info, mode_t what)
{
    if (account.uid == 0)
        return true;
    if (info.st_uid == account.uid)
        return (info.st_mode & (what << 6)) != 0;
    for (const gid_t group : account.groups) {
        if (group == info.st_gid)
            return (info.st_mode & (what << 3)) != 0;
    }
    return (info.st_mode & what) != 0;
}

} // namespace

QString ServiceAccess::readProblem(const QString& dataDir, const QString& path)
{
    if (path.isEmpty() || dataDir.isEmpty())
        return {};
    const QString file = QFileInfo(path).absoluteFilePath();
    // The packaged service does not see these at all, whoever may read them (relaydesk.service).
    const QString service = QStringLiteral("/var/lib/relaydesk");
    if (QFileInfo(dataDir).canonicalFilePath() == service) {
        for (const char* hidden : {"/home/", "/root/", "/run/user/", "/tmp/", "/var/tmp/"}) {
            if (file.startsWith(QLatin1String(hidden)))
                return text(QT_TRANSLATE_NOOP("RelayDesk::ServiceAccess",
                                              "the relay service does not see %1: it sees no file under "
                                              "/home, /root, /run/user, /tmp or /var/tmp; put it in "
                                              "/etc/relaydesk"))
                    .arg(file);
        }
    }
    struct stat directory = {};
    if (::stat(QFile::encodeName(dataDir).constData(), &directory) != 0 || directory.st_uid == ::geteuid())
        return {};
    Account account;
    if (!accountOf(directory.st_uid, &account))
        return {};
    // Every folder on the way must let it through, and the file let it read.
    const QStringList parts = file.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    QString walked;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        walked += QLatin1Char('/') + parts[i];
        struct stat info = {};
        if (::stat(QFile::encodeName(walked).constData(), &info) != 0)
            return {}; // a file that is not there is said where it is read (PeerTrust::caFileProblem)
        const bool last = i == parts.size() - 1;
        if (!allows(account, info, last ? S_IROTH : S_IXOTH)) {
            struct group entry = {};
            struct group* found = nullptr;
            std::vector<char> buffer(16384);
            const QString group =
                ::getgrgid_r(directory.st_gid, &entry, buffer.data(), buffer.size(), &found) == 0 && found
                    ? QString::fromLocal8Bit(entry.gr_name)
                    : QString::number(directory.st_gid);
            return text(QT_TRANSLATE_NOOP("RelayDesk::ServiceAccess",
                                          "the relay runs as %1, which cannot read %2 (%3 is closed to it): "
                                          "put the file in /etc/relaydesk, or let the group %4 read it "
                                          "(chgrp %4 FILE; chmod g+r FILE)"))
                .arg(account.name, file, walked, group);
        }
    }
    return {};
}

QString ServiceAccess::trustFileProblem(const QString& path)
{
    if (path.isEmpty())
        return {};
    const QFileInfo file(path);
    if (!file.exists())
        return {};
    if (file.permissions() & QFileDevice::WriteOther)
        return QStringLiteral(
                   "%1 may be written by every user of this machine, and it decides which servers "
                   "the relay trusts (and sends the smarthost's password to): make it writable by its "
                   "owner only (chmod o-w %1)")
            .arg(path);
    // A folder every user may write lets any of them put another file in its place (one with the sticky bit,
    // such as /tmp, lets only the file's owner do so).
    struct stat folder = {};
    const QString dir = file.absolutePath();
    if (::stat(QFile::encodeName(dir).constData(), &folder) == 0 && (folder.st_mode & S_IWOTH) &&
        !(folder.st_mode & S_ISVTX))
        return QStringLiteral(
                   "%1 is in %2, where every user of this machine may put another file in its place, "
                   "and it decides which servers the relay trusts: keep it in a folder only its owner "
                   "may write, such as /etc/relaydesk")
            .arg(path, dir);
    return {};
}

} // namespace RelayDesk

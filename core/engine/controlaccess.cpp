#include "core/engine/controlaccess.h"

#include <QDir>
#include <QFile>

#include <cerrno>
#include <cstring>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

namespace RelayDesk {

ControlAccess::ControlAccess(const QString& dataDir, uint ownUid) : m_ownUid(ownUid)
{
    struct stat info = {};
    if (::stat(QFile::encodeName(dataDir).constData(), &info) == 0) {
        m_known = true;
        m_dirGid = info.st_gid;
        m_groupShared = (info.st_mode & S_IXGRP) != 0;
    }
}

QString ControlAccess::socketPath(const QString& dataDir)
{
    // Absolute: QLocalServer and QLocalSocket take a relative name for an abstract name, not a path.
    return QDir(dataDir).absoluteFilePath(QStringLiteral("control.sock"));
}

std::optional<qint64> ControlAccess::answeringPid(const QString& dataDir)
{
    const QByteArray path = QFile::encodeName(socketPath(dataDir));
    sockaddr_un address = {};
    address.sun_family = AF_UNIX;
    if (size_t(path.size()) >= sizeof address.sun_path)
        return std::nullopt; // no engine could listen there either
    std::memcpy(address.sun_path, path.constData(), size_t(path.size()));
    const int fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return std::nullopt;
    std::optional<qint64> pid;
    // A Unix socket connects at once or not at all; EAGAIN: it listens, with its backlog full.
    if (::connect(fd, reinterpret_cast<const sockaddr*>(&address), sizeof address) == 0) {
        const auto peer = peerOf(fd);
        pid = peer ? peer->pid : 0;
    } else if (errno == EAGAIN) {
        pid = 0;
    }
    ::close(fd);
    return pid;
}

std::optional<ControlPeer> ControlAccess::peerOf(int socketDescriptor)
{
    ucred credentials = {};
    socklen_t length = sizeof credentials;
    if (::getsockopt(socketDescriptor, SOL_SOCKET, SO_PEERCRED, &credentials, &length) != 0 ||
        length != sizeof credentials)
        return std::nullopt;
    ControlPeer peer;
    peer.pid = credentials.pid;
    peer.uid = credentials.uid;
    peer.gid = credentials.gid;
    // The supplementary groups of the process itself (not of its user's entry in the group database).
    QFile status(QStringLiteral("/proc/%1/status").arg(credentials.pid));
    if (credentials.pid > 0 && status.open(QIODevice::ReadOnly)) {
        const QList<QByteArray> lines = status.read(64 * 1024).split('\n');
        for (const QByteArray& line : lines) {
            if (!line.startsWith("Groups:"))
                continue;
            for (const QByteArray& word : line.mid(7).simplified().split(' ')) {
                bool ok = false;
                const uint gid = word.toUInt(&ok);
                if (ok)
                    peer.groups << gid;
            }
        }
    }
    return peer;
}

QFileDevice::Permissions ControlAccess::socketPermissions() const
{
    QFileDevice::Permissions permissions = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    if (m_groupShared)
        permissions |= QFileDevice::ReadGroup | QFileDevice::WriteGroup;
    return permissions;
}

QString ControlAccess::refusal(const ControlPeer& peer) const
{
    if (peer.uid == m_ownUid || peer.uid == 0)
        return {};
    if (m_known && m_groupShared && (peer.gid == m_dirGid || peer.groups.contains(m_dirGid)))
        return {};
    if (m_known && m_groupShared)
        return QStringLiteral("uid %1 is neither the relay's user (uid %2) nor root nor in the data "
                              "directory's group (gid %3)")
            .arg(peer.uid)
            .arg(m_ownUid)
            .arg(m_dirGid);
    return QStringLiteral("uid %1 is neither the relay's user (uid %2) nor root").arg(peer.uid).arg(m_ownUid);
}

} // namespace RelayDesk

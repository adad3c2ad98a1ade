#pragma once

#include <QFileDevice>
#include <QList>
#include <QString>

#include <optional>

namespace RelayDesk {

/// The process at the other end of a control connection, as the kernel says (SO_PEERCRED).
struct ControlPeer
{
    qint64 pid = 0;
    uint uid = 0;
    uint gid = 0;
    QList<uint> groups; ///< supplementary groups (from /proc/PID/status), empty when unknown
};

/// Who may use a data directory's control channel (docs/control-channel.md): the engine's own user, root,
/// and, when the data directory lets its group in (the packaged service's `relaydesk` group), members of
/// that group. The socket file's mode follows the same rule (0600, or 0660 with the group).
class ControlAccess final
{
public:
    /// Reads the data directory's owner, group and mode; ownUid is the engine's (effective) user.
    ControlAccess(const QString& dataDir, uint ownUid);

    /// DATA_DIR/control.sock.
    static QString socketPath(const QString& dataDir);
    /// The peer of a connected Unix socket, or nullopt if the kernel does not say.
    static std::optional<ControlPeer> peerOf(int socketDescriptor);
    /// The pid of the engine that answers on DATA_DIR/control.sock (0 when one answers but the kernel does
    /// not name it), or nullopt when nothing listens there: a socket file left by a crash answers nothing.
    static std::optional<qint64> answeringPid(const QString& dataDir);

    /// Whether the data directory lets its group in (group execute bit): the socket is then 0660.
    bool groupShared() const { return m_groupShared; }
    QFileDevice::Permissions socketPermissions() const;
    /// Empty when peer may use the channel, otherwise why not (for the log).
    QString refusal(const ControlPeer& peer) const;

private:
    uint m_ownUid;
    bool m_known = false; ///< the directory could be read
    uint m_dirGid = 0;
    bool m_groupShared = false;
};

} // namespace RelayDesk

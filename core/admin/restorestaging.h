#pragma once

#include "core/util/expected.h"

#include <QString>
#include <QTemporaryDir>

#include <sys/types.h>

namespace RelayDesk {

/// The hidden folder beside the data directory into which a backup is restored before it takes the data
/// directory's place (".NAME.restore-XXXXXX"), locked (flock) for as long as its restore runs. A restore that
/// was killed leaves its folder, decrypted, unlocked: the next restore of the same directory removes it.
class RestoreStaging final
{
public:
    /// Creates the folder in parent for the data directory called name and locks it.
    RestoreStaging(const QString& parent, const QString& name);
    ~RestoreStaging();
    Q_DISABLE_COPY_MOVE(RestoreStaging)

    bool isValid() const { return m_dir.isValid() && m_lock >= 0; }
    QString errorString() const;
    QString path() const { return m_dir.path(); }
    /// The folder has become the data directory: it stays.
    void keep() { m_dir.setAutoRemove(false); }
    /// Gives the restored folder what the directory it replaces had (existing: its stat before the
    /// restore): its mode, and in a directory shared with its group the group modes of DataDirMode on every
    /// file and folder; run as root, its owner and group too. A restore as root into the packaged service's
    /// 2770 relaydesk:relaydesk directory made it 0700 root:root, and the service could not start (an outside
    /// tester); restored keys stayed 0600, out of the group admins' reach.
    Status takeOwnerAndModeOf(uid_t owner, gid_t group, mode_t mode) const;

    /// Removes the staging folders of the data directory called name in parent that no running restore
    /// holds (left by a restore that was killed); the number removed.
    static int removeAbandoned(const QString& parent, const QString& name);

private:
    QTemporaryDir m_dir;
    int m_lock = -1;
};

} // namespace RelayDesk

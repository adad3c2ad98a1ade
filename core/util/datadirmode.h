#pragma once

#include "core/util/expected.h"

#include <QFileDevice>
#include <QString>

namespace RelayDesk {

/// What a data directory's mode says about the files in it (docs/operations.md, "Managing the service from
/// your desktop"). A private directory (0700) keeps everything to its owner. A directory shared with its
/// group (group rwx, like the packaged service's 2770 relaydesk:relaydesk) gives that group read and write on
/// the store and read on secrets, whichever member of the group created them: the service must read a key an
/// admin imported, an admin's backup a key the service generated. The directory decides, not the umask: a
/// desktop session's 0022 would otherwise shut the service out of a database file an admin's process made.
class DataDirMode final
{
public:
    explicit DataDirMode(const QString& dataDir);

    bool groupShared() const { return m_groupShared; }
    /// The store's files (database, journal, engine lock): 0600, or 0660 in a group-shared directory.
    uint fileMode() const;
    /// Private keys and passwords: 0600, or 0640 in a group-shared directory; never readable by others.
    uint secretMode() const;
    /// Subdirectories (tls/): 0700, or 0770 in a group-shared directory (with its setgid bit).
    uint directoryMode() const;
    QFileDevice::Permissions filePermissions() const { return permissions(fileMode()); }
    QFileDevice::Permissions secretPermissions() const { return permissions(secretMode()); }

    /// Creates a missing data directory for its owner alone (0700), or checks that this process may use an
    /// existing one; an existing directory's mode is never changed.
    static Status prepare(const QString& dataDir);
    /// Why this process cannot read and write dataDir (empty when it can): the owner, the group and the fix.
    static QString accessProblem(const QString& dataDir);
    /// Why this process cannot write the existing file path in dataDir (empty when it can, or when there is
    /// no such file): its owner, group and mode, and the command that gives it back to the directory's owner.
    static QString fileWriteProblem(const QString& dataDir, const QString& path);
    /// A note for a store error when the disk holding dir is (nearly) full, such as " (the disk holding DIR
    /// is full: 0 bytes free)"; empty when there is room. SQLite says "disk I/O error" for a -shm it cannot
    /// create, which reads as failing hardware. knownFull: SQLite said the disk is full, so the note comes
    /// whatever space is left now (a write may need more than there is).
    static QString fullDiskNote(const QString& dir, bool knownFull = false);
    /// Sets the mode of path if this process's user owns it (a directory, or a regular file with one link,
    /// never through a symbolic link); another member's file keeps its own.
    static void apply(const QString& path, uint mode);
    static QFileDevice::Permissions permissions(uint mode);

private:
    bool m_groupShared = false;
    bool m_setGid = false;
};

} // namespace RelayDesk

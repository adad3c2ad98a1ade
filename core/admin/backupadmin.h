#pragma once

#include "core/admin/backupfile.h"
#include "core/util/expected.h"

#include <QByteArray>
#include <QString>

namespace RelayDesk {

/// What a backup holds (or a restore put back).
struct BackupContents
{
    QString file;
    QString dataDir;
    qint64 createdAt = 0; ///< when the backup was made, ms since the epoch
    int agents = 0;
    int credentials = 0;
    int routes = 0;
    int queuedMessages = 0;
    bool withQueue = false;
    bool smarthostPassword = false;
    int routePasswords = 0; ///< routes that log in at their host (RouteSecrets)
    bool certificate = false;
    int dkimKeys = 0;                ///< DKIM private keys (dkim/DOMAIN/SELECTOR.pem)
    QString keptAside;               ///< restore --force: where the data directory that was replaced now is
    int strandedMessages = 0;        ///< restore --force: messages still waiting in the replaced store
    bool deliveryOff = false;        ///< restore: the restored settings keep delivery off
    int abandonedStagingRemoved = 0; ///< restore: copies left by an interrupted restore, removed first
    /// restore --force: the PostgreSQL store the replaced data directory used (its address without the
    /// password), empty if it used SQLite. The restored directory uses a new SQLite store of its own.
    QString previousPostgreSql;
};

/// Encrypted backup and restore of a data directory's configuration (docs/operations.md, "Backup and
/// restore"): agents, credential hashes, allowlists and trusted devices, routes and TLS policies, the
/// smarthost and its password, suppressions, settings, the TLS certificate and key, the DKIM keys, optionally
/// the queue;
/// sealed by BackupFile with a key derived from a passphrase. A restore fills a new data directory beside
/// the target and moves it into place only when everything is written, so that a wrong passphrase, a damaged
/// file or a failed write changes nothing (its errors say what went wrong; the caller says that nothing was
/// restored). Reads and writes files and derives keys (about a second): call it
/// off the GUI thread.
class BackupAdmin final
{
public:
    explicit BackupAdmin(QString dataDir) : m_dataDir(std::move(dataDir)) {}

    /// Why a backup may not be written to file (empty when it may): never inside the data directory.
    QString targetProblem(const QString& file) const;
    /// The fewest characters a new backup's passphrase has: the file holds the DKIM private keys and the
    /// smarthost password, and anyone with the file can try passphrases offline.
    static constexpr int minimumPassphraseLength = 8;
    /// Why passphrase may not protect a new backup (empty when it may).
    static QString passphraseProblem(const QByteArray& passphrase);
    /// Why a restore into this data directory cannot be done now (a relay of another process writes to it;
    /// replaceBlocker()), or empty: a face asks this before it asks for the file and the passphrase.
    QString restoreBlocker() const;
    /// Why this account cannot replace the data directory, which is not empty: it may not create the
    /// directories beside it (the service's, in root's /var/lib, for an administrator in its group). Empty
    /// when it can, or when there is nothing to replace.
    QString replaceBlocker() const;

    /// Writes the backup to file (0600, through a temporary file and a rename). The data directory must be
    /// open (Admin::open).
    Expected<BackupContents> create(const QString& file, const QByteArray& passphrase, bool withQueue,
                                    BackupKeyCost cost = BackupKeyCost::standard()) const;
    /// Whether file is a RelayDesk backup this build reads, from its header alone: a face asks for the
    /// passphrase only after this (an outside tester typed one for a file that was no backup at all).
    static Status checkFile(const QString& file);
    /// Decrypts and checks file and says what it holds, changing nothing: a wrong passphrase or a damaged
    /// file is found before anyone is asked to replace a configuration.
    Expected<BackupContents> inspect(const QString& file, const QByteArray& passphrase) const;
    /// Restores file into the data directory, which must be missing or empty unless replace is set; then the
    /// directory in place is moved aside (keptAside) and the restored one takes its name. A running relay
    /// on it uses the restored configuration after a restart.
    Expected<BackupContents> restore(const QString& file, const QByteArray& passphrase, bool replace) const;
    /// True when the data directory is missing or has no entries (a restore needs no replace).
    bool targetIsEmpty() const;

private:
    QString m_dataDir;
};

} // namespace RelayDesk

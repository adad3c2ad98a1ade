#pragma once

#include "core/util/expected.h"

#include <QList>
#include <QPair>
#include <QString>

namespace RelayDesk {

/// Where a data directory's store lives, as `relaydesk store show` tells it.
struct StoreInfo
{
    QString backend; ///< "sqlite" or "postgresql"
    QString address; ///< the SQLite file, or the PostgreSQL URL (never a password)
    int schemaVersion = 0;
    int buildSchemaVersion = 0; ///< the version this build writes
    /// Why the store could not be read (its server away or refusing); empty when it was. The rest is still
    /// filled from the data directory: where it points is what an operator needs during an outage.
    QString unreadable;
};

/// The rows `store migrate --from-sqlite` copied, table by table (verified equal in source and target).
struct StoreCopyReport
{
    QList<QPair<QString, qint64>> tables;
    QString keptAside; ///< where the SQLite file now lies (no longer used)
};

/// What `store use` found on both sides: the relay already in the database, and the data directory's own
/// SQLite store that the directory leaves behind.
struct StoreUseReport
{
    qint64 databaseAgents = 0;  ///< Mail Agents in the database before (another relay's, when not 0)
    qint64 databaseNodes = 0;   ///< nodes that ran on it
    qint64 localAgents = 0;     ///< in the data directory's SQLite store (0 when it has none)
    qint64 localMessages = 0;   ///< messages there, queued or logged
    qint64 localSettings = 0;   ///< settings changed there (the settings table holds only changed ones)
    QString nameTaken;          ///< this node's name, when a node of the database already has it
    bool nameTakenHere = false; ///< that node runs on this machine too (it has the shared listener addresses)
    bool superuser = false;     ///< the relay logs in as a PostgreSQL superuser (docs/postgresql.md: do not)

    bool databaseHoldsRelay() const { return databaseAgents > 0 || databaseNodes > 0; }
    bool localHoldsData() const { return localAgents > 0 || localMessages > 0; }
    /// Anything the directory would leave behind, changed settings included (an outside tester's settings
    /// stayed in the SQLite store without a word).
    bool localHoldsAnything() const { return localHoldsData() || localSettings > 0; }
};

/// What `store use sqlite` did: the SQLite file the directory uses again, or where the one that was
/// moved aside by a migration lies.
struct StoreBackReport
{
    QString sqlitePath;
    bool sqliteExists = false;
    QStringList keptAside; ///< relaydesk.sqlite.migrated-* files in the data directory, newest last
};

/// The store backend of a data directory (docs/postgresql.md): which one it uses, pointing it at a PostgreSQL
/// database, and moving an SQLite store's contents there.
class StoreAdmin final
{
public:
    explicit StoreAdmin(QString dataDir) : m_dataDir(std::move(dataDir)) {}

    Expected<StoreInfo> show() const;
    /// Connects to url (the password given, or read from passwordFile, a 0600 file), brings its schema to
    /// this build's version and only then writes DATA_DIR/store.conf: on any failure nothing changes.
    /// When the database already holds a relay and the data directory has an SQLite store with data of its
    /// own, it refuses unless join: the directory would silently leave that data (and its queued mail).
    Expected<StoreUseReport> use(const QString& url, const QString& password, const QString& passwordFile,
                                 bool join = false) const;
    /// Back to the data directory's SQLite store (store.conf and store.password removed), e.g. after pointing
    /// it at the wrong database. Refused while an engine runs on the directory.
    Expected<StoreBackReport> useSqlite() const;
    /// Copies the data directory's SQLite store (agents, credentials, settings, routes, DKIM keys, the queue
    /// and the delivery log) into its PostgreSQL store in one transaction; refuses when the target holds
    /// data; verifies the counts before it commits; then moves the SQLite file aside.
    Expected<StoreCopyReport> migrateFromSqlite() const;

private:
    QString m_dataDir;
};

} // namespace RelayDesk

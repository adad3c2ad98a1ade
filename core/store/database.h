#pragma once

#include "core/store/storeaddress.h"
#include "core/util/expected.h"

#include <QSqlDatabase>
#include <QString>

namespace RelayDesk {

/// Opens the store of a data directory, one connection per thread: its own SQLite file (WAL, foreign keys) or
/// the PostgreSQL database its store.conf names (docs/postgresql.md), both brought to the same numbered
/// migrations.
class Database final
{
public:
    /// Creates the directory (mode 0700) and the schema if needed. Call once per process before connection().
    /// Gives the SQLite store's files (the database, -wal, -shm: SQLite makes the last two with the
    /// database's mode, read-only when it is) the data directory's file mode, as far as this account may.
    static void settleFileModes(const QString& dataDir);
    /// How initialize() begins its error when this account may not write the store's files.
    static QString unwritablePrefix() { return QStringLiteral("the store cannot be written: "); }
    static Status initialize(const QString& dataDir);
    /// SQLite's quick_check of the store before an engine runs on it (PostgreSQL checks its own pages): a
    /// damaged file is said, with what to do, instead of taking mail into it (an outside tester's relay
    /// answered 250 on a file SQLite called malformed).
    static Status checkIntegrity(const QString& dataDir);
    /// This thread's own connection to the store of dataDir, whichever backend (docs/architecture.md: no
    /// QSqlDatabase crosses threads).
    static Expected<QSqlDatabase> connection(const QString& dataDir);
    /// PostgreSQL: the next connection() on this thread asks the server whether the session still works,
    /// whenever it last asked (call after a failure that may be a lost connection). SQLite: it checks that
    /// the store file is still the one it opened (a restore by another process replaces it), as it does by
    /// itself at most once a second.
    static void checkBeforeNextUse(const QString& dataDir);
    /// How often this thread's connections were opened again after their server went away: a holder of
    /// prepared statements drops them when it moves.
    static quint64 reconnects();
    /// error says that the PostgreSQL server did not answer at all (down, not yet up, no route), rather than
    /// refusing this relay (password, TLS, no such database): worth waiting for.
    static bool isServerAway(const QString& error);
    /// error says that an open PostgreSQL session ended under a statement (the server stopped or restarted).
    static bool isConnectionLost(const QString& error);
    /// Either of the two: the store is away, nothing is wrong with what was asked of it.
    static bool isStoreAway(const QString& error);
    /// Closes and forgets this thread's connection (call before a worker thread ends).
    static void releaseThreadConnection(const QString& dataDir);
    /// The SQLite file of dataDir (whether or not the store lives there).
    static QString databasePath(const QString& dataDir);
    /// The schema version this build writes.
    static int schemaVersion();

    /// libpq's words of a failure to open a PostgreSQL store (raw) in plain ones, telling apart what an
    /// operator acts on differently: a server away (isServerAway: wait), a password refused or missing, TLS.
    static QString explainOpenFailure(const StoreAddress& address, const QString& raw);
    /// libpq's words of raw as sentences joined with "; ", without the Qt driver's "QPSQL: ..." tail.
    static QString libpqText(const QString& raw);
    /// Opens a connection named connectionName to a PostgreSQL address (the caller removes it); the error
    /// says in plain words whether the server was unreachable, refused the password or failed TLS.
    static Expected<QSqlDatabase> openPostgreSql(const StoreAddress& address, const QString& password,
                                                 const QString& connectionName);
    /// Brings the schema of an open store (either backend) to schemaVersion().
    static Status migrate(QSqlDatabase& db);
    /// The schema version of an open store (0: empty).
    static Expected<int> schemaVersionOf(QSqlDatabase& db);
};

} // namespace RelayDesk

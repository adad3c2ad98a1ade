#include "core/store/database.h"
#include "core/store/migrations.h"
#include "core/store/postgresqlschema.h"
#include "core/store/sqldialect.h"
#include "core/store/storehealth.h"
#include "core/store/walwritebuffer.h"
#include "core/util/clock.h"
#include "core/util/datadirmode.h"
#include "core/util/logcategories.h"
#include "core/util/logline.h"

#include <QDir>

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLockFile>
#include <QMutex>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <atomic>
#include <cerrno>
#include <optional>
#include <sys/stat.h>

namespace RelayDesk {

namespace {

// Serialises the schema migrations of processes that share one PostgreSQL store.
constexpr qint64 migrationLockKey = 0x52656c6179446b;

/// A number of this thread's own, never given to another thread. A thread object's address is not: a thread
/// that ended without releasing its connection left that name behind, and a later thread at the same address
/// got Qt's "does not belong to the calling thread" connection, whose reads all failed (settings then read as
/// their defaults: the window showed the machine's short name for a moment).
quint64 threadSerial()
{
    static std::atomic<quint64> next{1};
    thread_local const quint64 serial = next.fetch_add(1);
    return serial;
}

QString connectionName(const QString& dataDir)
{
    return QStringLiteral("relaydesk:%1:%2").arg(QDir(dataDir).absolutePath()).arg(threadSerial());
}

// docs/postgresql.md, "When the server restarts": a PostgreSQL session does not survive its server, and Qt's
// driver does not notice; at most once a second per thread, a connection that has been used is asked whether
// it still works before it is handed out again.
constexpr qint64 postgreSqlCheckIntervalMs = 1000;
thread_local QHash<QString, qint64> t_postgreSqlCheckedMs;
thread_local quint64 t_reconnects = 0;

bool stillConnected(QSqlDatabase& db, const QString& name)
{
    const qint64 now = nowMs();
    qint64& checked = t_postgreSqlCheckedMs[name];
    if (now - checked < postgreSqlCheckIntervalMs)
        return true;
    QSqlQuery ping(db);
    if (!ping.exec(QStringLiteral("SELECT 1")))
        return false;
    checked = now;
    return true;
}

// A SQLite store whose file was replaced under an open connection (`backup restore` of another process
// renames the data directory's files away and puts the restored ones in their place): the connection would go
// on reading the old file. At most once a second per thread, the file's identity is compared with the one the
// connection opened, and a replaced file is opened anew.
constexpr qint64 sqliteFileCheckIntervalMs = 1000;
struct SqliteFileIdentity
{
    dev_t device = 0;
    ino_t inode = 0;
    qint64 checkedMs = 0;
    bool removalLogged = false; ///< this thread has said that the file is gone
};

/// What became of the file a connection opened.
enum class SqliteFileState
{
    Same,     ///< still there (or out of reach for a moment: the open connection is what there is)
    Replaced, ///< another file in its place, or moved to PostgreSQL: opened anew
    Removed,  ///< gone: nothing written now would be kept
};
thread_local QHash<QString, SqliteFileIdentity> t_sqliteFiles;

std::optional<SqliteFileIdentity> fileIdentity(const QString& path)
{
    struct stat info = {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return std::nullopt;
    return SqliteFileIdentity{info.st_dev, info.st_ino, nowMs()};
}

/// Whether the connection name's file is still the one it opened (checked at most once a second while it is).
SqliteFileState sqliteFileState(const QString& name, const QString& dataDir)
{
    const auto known = t_sqliteFiles.find(name);
    if (known == t_sqliteFiles.end())
        return SqliteFileState::Same; // not opened by connection() (a test's own), nothing to compare with
    const qint64 now = nowMs();
    if (now - known->checkedMs < sqliteFileCheckIntervalMs)
        return SqliteFileState::Same;
    const QString path = Database::databasePath(dataDir);
    const auto current = fileIdentity(path);
    if (!current) {
        const int error = errno;
        // Gone with a store.conf in its place: `store migrate` moved the store to PostgreSQL and the file
        // aside, and a window opened before went on showing it (an outside tester); opened anew, as the
        // address says.
        if (QFileInfo::exists(StoreAddress::confPath(dataDir)))
            return SqliteFileState::Replaced;
        // Removed (the data directory deleted while the relay ran): what is written now goes to a file nobody
        // can open again, and an outside tester's three messages answered 250 were lost at the next stop.
        // Anything else (permissions changed for a moment): the open connection is what there is.
        if (error != ENOENT && error != ENOTDIR)
            return SqliteFileState::Same;
        if (!known->removalLogged) {
            known->removalLogged = true;
            qCCritical(lcQueue) << LogLine("store_file_removed")
                                       .add("path", path)
                                       .add("effect",
                                            "nothing is stored (mail is refused with 451) until the "
                                            "file is back: restore it from a backup");
        }
        return SqliteFileState::Removed;
    }
    if (current->device == known->device && current->inode == known->inode) {
        known->checkedMs = now;
        return SqliteFileState::Same;
    }
    return SqliteFileState::Replaced;
}

bool exec(QSqlDatabase& db, const QString& sql, QString* error)
{
    QSqlQuery query(db);
    if (query.exec(sql))
        return true;
    if (error)
        *error = query.lastError().text();
    return false;
}

Status openSqlite(QSqlDatabase& db, const QString& path)
{
    // Before the first connection: every connection of the process writes its WAL through it.
    WalWriteBuffer::install();
    db.setDatabaseName(path);
    // busy_timeout: another process (the admin command line) may hold the write lock for a moment.
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    const QString dir = QFileInfo(path).absolutePath();
    if (!db.open()) {
        // A store another user owns with mode 0600 was "unable to open database file": say whose it is.
        if (const QString problem = DataDirMode::fileWriteProblem(dir, path); !problem.isEmpty())
            return Status::failure(QStringLiteral("the store cannot be opened: %1").arg(problem));
        return Status::failure(QStringLiteral("cannot open %1: %2%3")
                                   .arg(path, db.lastError().text(), DataDirMode::fullDiskNote(dir)));
    }
    QString error;
    // docs/architecture.md, "durable accept": synchronous=FULL makes every commit fsync the WAL before it
    // returns.
    // journal_size_limit: a log that grew (a burst, or a full disk's failed commits) is cut back to 8 MiB
    // when a checkpoint lets it start over; it stayed at its largest, and after a full disk the space an
    // admin freed was the log's (an outside tester's 12 MiB on a 24 MiB disk, with the queue empty). The
    // log of one checkpoint interval (1,000 pages, 4 MiB) stays below it.
    for (const char* pragma : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL", "PRAGMA foreign_keys=ON",
                               "PRAGMA journal_size_limit=8388608"}) {
        if (!exec(db, QString::fromLatin1(pragma), &error))
            return Status::failure(
                QStringLiteral("cannot configure %1: %2%3").arg(path, error, DataDirMode::fullDiskNote(dir)));
    }
    return {};
}

Status migrateSqlite(QSqlDatabase& conn)
{
    QSqlQuery query(conn);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return Status::failure(
            QStringLiteral("cannot read schema version: %1").arg(query.lastError().text()));
    int version = query.value(0).toInt();
    query.finish();
    const QList<QStringList> migrations = schemaMigrations();
    if (version > migrations.size())
        return Status::failure(
            QStringLiteral(
                "the data directory was written by a newer RelayDesk (schema %1, this build knows %2)")
                .arg(version)
                .arg(migrations.size()));
    QString error;
    while (version < migrations.size()) {
        // BEGIN IMMEDIATE: two processes starting at once must not both run a migration.
        if (!exec(conn, QStringLiteral("BEGIN IMMEDIATE"), &error))
            return Status::failure(QStringLiteral("cannot start migration: %1").arg(error));
        QSqlQuery check(conn);
        check.exec(QStringLiteral("PRAGMA user_version"));
        check.next();
        version = check.value(0).toInt();
        check.finish();
        if (version >= migrations.size()) {
            exec(conn, QStringLiteral("COMMIT"), nullptr);
            break;
        }
        for (const QString& statement : migrations[version]) {
            if (!exec(conn, statement, &error)) {
                exec(conn, QStringLiteral("ROLLBACK"), nullptr);
                return Status::failure(QStringLiteral("migration %1 failed: %2").arg(version + 1).arg(error));
            }
        }
        ++version;
        if (!exec(conn, QStringLiteral("PRAGMA user_version=%1").arg(version), &error) ||
            !exec(conn, QStringLiteral("COMMIT"), &error)) {
            exec(conn, QStringLiteral("ROLLBACK"), nullptr);
            return Status::failure(QStringLiteral("migration %1 failed: %2").arg(version).arg(error));
        }
    }
    return {};
}

// PostgreSQL: the version in schema_version, every missing migration in one transaction (PostgreSQL's DDL is
// transactional), under an advisory lock so that nodes starting at once migrate once.
Status migratePostgreSql(QSqlDatabase& conn)
{
    QString error;
    if (!exec(conn, QStringLiteral("BEGIN"), &error))
        return Status::failure(QStringLiteral("cannot start migration: %1").arg(error));
    const auto fail = [&conn](const QString& message) {
        exec(conn, QStringLiteral("ROLLBACK"), nullptr);
        return Status::failure(message);
    };
    if (!exec(conn, QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(migrationLockKey), &error) ||
        !exec(conn, QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version(version BIGINT NOT NULL)"),
              &error))
        return fail(QStringLiteral("cannot start migration: %1").arg(error));
    auto current = Database::schemaVersionOf(conn);
    if (!current)
        return fail(current.error());
    int version = current.value();
    const QList<QStringList> migrations = schemaMigrations();
    if (version > migrations.size())
        return fail(
            QStringLiteral("the store was written by a newer RelayDesk (schema %1, this build knows %2)")
                .arg(version)
                .arg(migrations.size()));
    if (version == migrations.size()) {
        exec(conn, QStringLiteral("COMMIT"), nullptr);
        return {};
    }
    // A database with no store yet must hold nothing else: the store's 25 tables went in beside another
    // application's, or failed on a name both use with the driver's words alone (an outside tester).
    if (version == 0) {
        QSqlQuery others(conn);
        if (!others.exec(
                QStringLiteral("SELECT table_name FROM information_schema.tables WHERE table_schema ="
                               " current_schema() AND table_name <> 'schema_version'"
                               " ORDER BY table_name LIMIT 4")))
            return fail(
                QStringLiteral("cannot list the tables of the database: %1").arg(others.lastError().text()));
        QStringList names;
        while (others.next())
            names << others.value(0).toString();
        if (!names.isEmpty())
            return fail(QStringLiteral("the database %1 holds another application's tables (%2%3) and no "
                                       "RelayDesk store: RelayDesk keeps its store in a database of its own "
                                       "(as a superuser: CREATE DATABASE relaydesk OWNER %4)")
                            .arg(conn.databaseName(), names.mid(0, 3).join(QStringLiteral(", ")),
                                 names.size() > 3 ? QStringLiteral(", ...") : QString(), conn.userName()));
    }
    PostgreSqlSchema schema;
    for (int i = 0; i < migrations.size(); ++i) {
        for (const QString& statement : migrations[i]) {
            const QStringList translated = schema.translate(statement);
            if (i < version)
                continue;
            for (const QString& sql : translated) {
                if (!exec(conn, sql, &error))
                    return fail(QStringLiteral("migration %1 failed: %2 (%3)").arg(i + 1).arg(error, sql));
            }
        }
    }
    if (!exec(conn, QStringLiteral("DELETE FROM schema_version"), &error) ||
        !exec(conn, QStringLiteral("INSERT INTO schema_version(version) VALUES(%1)").arg(migrations.size()),
              &error) ||
        !exec(conn, QStringLiteral("COMMIT"), &error))
        return fail(QStringLiteral("migration failed: %1").arg(error));
    return {};
}

// The test suite on PostgreSQL (docs/postgresql.md, "Tests"): with RELAYDESK_TEST_PG set to a server's admin
// address (and RELAYDESK_TEST_PG_PASSWORD_FILE to its password), a new data directory that has neither an
// SQLite file nor a store.conf gets a fresh database of its own on that server.
Status adoptTestDatabase(const QString& dataDir)
{
    const QString admin = qEnvironmentVariable("RELAYDESK_TEST_PG");
    if (admin.isEmpty() || QFile::exists(StoreAddress::confPath(dataDir)) ||
        QFile::exists(Database::databasePath(dataDir)))
        return {};
    QLockFile lock(QDir(dataDir).filePath(QStringLiteral(".store.conf.lock")));
    lock.setStaleLockTime(0);
    if (!lock.tryLock(60'000))
        return Status::failure(QStringLiteral("cannot lock %1").arg(dataDir));
    if (QFile::exists(StoreAddress::confPath(dataDir)))
        return {};
    auto address = StoreAddress::parse(admin);
    if (!address)
        return Status::failure(QStringLiteral("RELAYDESK_TEST_PG: %1").arg(address.error()));
    const QString passwordFile = qEnvironmentVariable("RELAYDESK_TEST_PG_PASSWORD_FILE");
    QString password;
    if (!passwordFile.isEmpty()) {
        QFile file(passwordFile);
        if (!file.open(QIODevice::ReadOnly))
            return Status::failure(QStringLiteral("cannot read %1").arg(passwordFile));
        password = QString::fromUtf8(file.readAll()).trimmed();
    }
    const QString name = QStringLiteral("rdtest_%1_%2")
                             .arg(QRandomGenerator::global()->generate64(), 16, 16, QLatin1Char('0'))
                             .arg(quintptr(QThread::currentThread()) & 0xffff, 4, 16, QLatin1Char('0'));
    const QString connection = QStringLiteral("relaydesk:test-admin:%1").arg(name);
    {
        auto db = Database::openPostgreSql(address.value(), password, connection);
        if (!db)
            return Status::failure(db.error());
        QString error;
        const bool created = exec(db.value(), QStringLiteral("CREATE DATABASE %1").arg(name), &error);
        db.value().close();
        if (!created) {
            QSqlDatabase::removeDatabase(connection);
            return Status::failure(QStringLiteral("cannot create the test database: %1").arg(error));
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return address->withDatabase(name).save(dataDir, QString(), passwordFile);
}

} // namespace

QString Database::databasePath(const QString& dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("relaydesk.sqlite"));
}

int Database::schemaVersion()
{
    return int(schemaMigrations().size());
}

Expected<int> Database::schemaVersionOf(QSqlDatabase& db)
{
    QSqlQuery query(db);
    if (SqlDialect::isPostgreSql(db)) {
        if (!query.exec(QStringLiteral("SELECT to_regclass('schema_version') IS NOT NULL")) || !query.next())
            return Expected<int>::failure(
                QStringLiteral("cannot read schema version: %1").arg(query.lastError().text()));
        if (!query.value(0).toBool())
            return 0;
        if (!query.exec(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_version")) ||
            !query.next())
            return Expected<int>::failure(
                QStringLiteral("cannot read schema version: %1").arg(query.lastError().text()));
        return query.value(0).toInt();
    }
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return Expected<int>::failure(
            QStringLiteral("cannot read schema version: %1").arg(query.lastError().text()));
    return query.value(0).toInt();
}

Status Database::migrate(QSqlDatabase& db)
{
    return SqlDialect::isPostgreSql(db) ? migratePostgreSql(db) : migrateSqlite(db);
}

Status Database::checkIntegrity(const QString& dataDir)
{
    auto db = connection(dataDir);
    if (!db)
        return Status::failure(db.error());
    if (SqlDialect::isPostgreSql(db.value()))
        return {};
    // quick_check reads every page but not every index entry against its row: a second or two for a store
    // of a million delivery-log rows, once at start. The first problems it names are enough to say.
    QSqlQuery check(db.value());
    QStringList problems;
    if (!check.exec(QStringLiteral("PRAGMA quick_check(3)")))
        problems << check.lastError().text();
    while (problems.isEmpty() && check.next()) {
        const QString line = check.value(0).toString();
        if (line != QLatin1String("ok"))
            problems << line;
    }
    while (check.next())
        problems << check.value(0).toString();
    if (problems.isEmpty())
        return {};
    return Status::failure(
        QStringLiteral(
            "the store %1 is damaged (SQLite's check: %2). The relay does not start on it, so that "
            "no mail goes into it: copy the data directory aside, then restore your last backup "
            "('relaydesk --data-dir DIR backup restore FILE --force'), or salvage what it holds with "
            "sqlite3's .recover (docs/operations.md, \"A damaged store\")")
            .arg(databasePath(dataDir), problems.join(QStringLiteral("; "))));
}

Status Database::initialize(const QString& dataDir)
{
    static QMutex mutex;
    QMutexLocker locker(&mutex);
    // A new directory is its owner's alone; an existing one keeps its mode (a group-shared one stays shared).
    if (Status prepared = DataDirMode::prepare(dataDir); !prepared)
        return prepared;
    if (Status adopted = adoptTestDatabase(dataDir); !adopted)
        return adopted;

    auto db = connection(dataDir);
    if (!db)
        return Status::failure(db.error());
    QSqlDatabase conn = db.value();
    const bool postgreSql = SqlDialect::isPostgreSql(conn);
    // SQLite opens a file it may not write read-only without a word, and every write then fails with
    // "attempt to write a readonly database": say which file and what to do before anything relies on it.
    const QString path = databasePath(dataDir);
    const QStringList files{path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm")};
    for (const QString& file : postgreSql ? QStringList() : files)
        if (const QString problem = DataDirMode::fileWriteProblem(dataDir, file); !problem.isEmpty())
            return Status::failure(unwritablePrefix() + problem);
    if (Status migrated = migrate(conn); !migrated) {
        // The server went away while the store was being prepared (a restart): as unreachable as one that
        // did not answer, and waited for as such, not "cannot start: FATAL: terminating connection ..." (an
        // outside tester's node gave up).
        if (postgreSql && isConnectionLost(migrated.error()))
            return Status::failure(QStringLiteral("cannot reach the PostgreSQL server at %1:%2 (%3)")
                                       .arg(conn.hostName())
                                       .arg(conn.port())
                                       .arg(libpqText(migrated.error())));
        return migrated;
    }
    if (postgreSql) {
        // What the relay cannot set for itself: a server that does not flush its log to disk may lose, in a
        // crash of its machine, mail the relay has acknowledged.
        QSqlQuery fsync(conn);
        if (fsync.exec(QStringLiteral("SHOW fsync")) && fsync.next() &&
            fsync.value(0).toString() == QLatin1String("off"))
            StoreHealth::noteNotDurable(QStringLiteral("fsync"));
        return {};
    }
    settleFileModes(dataDir);
    return {};
}

void Database::settleFileModes(const QString& dataDir)
{
    // 0600, or 0660 where the directory lets its group in; SQLite gives the -wal and -shm files the
    // database's mode when it creates them, and those left by an older release follow here.
    const QString path = databasePath(dataDir);
    const DataDirMode mode(dataDir);
    for (const QString& file :
         QStringList{path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm")})
        DataDirMode::apply(file, mode.fileMode());
}

QString Database::libpqText(const QString& raw)
{
    // libpq's lines ("connection to server ... failed: Connection refused\n\tIs the server running ...")
    // as one sentence each, without the driver's own "QPSQL: Unable to connect", which says nothing more (an
    // outside tester read "Connection refused Is the server running ... QPSQL: Unable to connect").
    QStringList lines;
    for (const QString& line : raw.split(QLatin1Char('\n'))) {
        QString text = line.simplified();
        if (const qsizetype driver = text.indexOf(QLatin1String("QPSQL:")); driver >= 0)
            text = text.left(driver).trimmed();
        if (!text.isEmpty())
            lines << text;
    }
    return lines.join(QStringLiteral("; "));
}

QString Database::explainOpenFailure(const StoreAddress& address, const QString& raw)
{
    // An IPv6 address as a URL writes it: "[::1]:5432" (an outside tester read "::1:5432").
    const QString host = address.host().contains(QLatin1Char(':'))
                             ? QStringLiteral("[%1]").arg(address.host())
                             : address.host();
    const QString where = QStringLiteral("%1:%2").arg(host).arg(address.port());
    const QString lower = raw.toLower();
    const QString why = libpqText(raw);
    // Nothing said at all: a session the server closed while it was being opened (an outside tester's node
    // started while PostgreSQL restarted said "cannot open the PostgreSQL store ... ()").
    if (why.isEmpty())
        return QStringLiteral(
                   "cannot reach the PostgreSQL server at %1 (it closed the connection without a word)")
            .arg(where);
    if (lower.contains(QLatin1String("no password supplied")))
        return QStringLiteral("the PostgreSQL server at %1 asks user '%2' for a password, and none was given "
                              "(%3)")
            .arg(where, address.user(), why);
    if (lower.contains(QLatin1String("password authentication failed")))
        return QStringLiteral("the PostgreSQL server at %1 refused the password of user '%2' (%3)")
            .arg(where, address.user(), why);
    if (lower.contains(QLatin1String("ssl")) || lower.contains(QLatin1String("certificate")))
        return QStringLiteral("TLS to the PostgreSQL server at %1 failed (%2)").arg(where, why);
    // A server that is down, not up yet, shutting down or recovering after a crash answers again by itself:
    // a relay waits for it (isServerAway) and tells its clients to try later.
    // So is one that ends the session as it opens (SQLSTATE 57P01, "terminating connection due to
    // administrator command": a restart).
    for (const char* words :
         {"could not connect", "connection refused", "timeout", "could not translate",
          "the database system is shutting down", "the database system is starting up",
          "the database system is in recovery mode", "the database system is not yet accepting connections",
          "terminating connection", "server closed the connection unexpectedly",
          "no connection to the server"}) {
        if (lower.contains(QLatin1String(words)))
            return QStringLiteral("cannot reach the PostgreSQL server at %1 (%2)").arg(where, why);
    }
    // No server message at all after libpq's "failed:": the socket's own failure (refused, timed out, no
    // route), in the system's language ("Connexion refusée" in a French window): away, whatever the words.
    static const QRegularExpression socketFailure(QStringLiteral("failed: (?!FATAL|ERROR|PANIC)"));
    if (raw.contains(QLatin1String("connection to server")) && socketFailure.match(raw).hasMatch())
        return QStringLiteral("cannot reach the PostgreSQL server at %1 (%2)").arg(where, why);
    // A typing mistake in the address, said as such (an outside tester's "nodb").
    static const QRegularExpression noDatabase(QStringLiteral("database \"([^\"]*)\" does not exist"));
    if (const auto match = noDatabase.match(raw); match.hasMatch())
        return QStringLiteral("the PostgreSQL server at %1 has no database '%2': create it, or correct the "
                              "store's address (%3)")
            .arg(where, match.captured(1), why);
    return QStringLiteral("cannot open the PostgreSQL store %1 (%2)").arg(address.display(), why);
}

Expected<QSqlDatabase> Database::openPostgreSql(const StoreAddress& address, const QString& password,
                                                const QString& connectionName)
{
    QSqlDatabase db = QSqlDatabase::contains(connectionName)
                          ? QSqlDatabase::database(connectionName, false)
                          : QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
    if (!db.isValid())
        return Expected<QSqlDatabase>::failure(QStringLiteral(
            "Qt's PostgreSQL driver (QPSQL, Debian package libqt6sql6-psql) is not installed"));
    db.setHostName(address.host());
    db.setPort(address.port());
    db.setUserName(address.user());
    db.setPassword(password);
    db.setDatabaseName(address.database());
    db.setConnectOptions(address.connectOptions());
    if (!db.open())
        return Expected<QSqlDatabase>::failure(explainOpenFailure(address, db.lastError().text()));
    QString error;
    // Quiet NOTICEs (IF NOT EXISTS) and UTC for the server's own clock functions.
    if (!exec(db, QStringLiteral("SET client_min_messages = warning"), &error))
        return Expected<QSqlDatabase>::failure(explainOpenFailure(address, error));
    // A 250 follows a commit that is on disk, whatever the server's default (an outside tester's server ran
    // with synchronous_commit=off, and three acknowledged messages were lost when it crashed). A transaction
    // that may lose its commit says so itself (the lease claim, SET LOCAL).
    if (!exec(db, QStringLiteral("SET synchronous_commit = on"), &error))
        return Expected<QSqlDatabase>::failure(explainOpenFailure(address, error));
    return db;
}

Expected<QSqlDatabase> Database::connection(const QString& dataDir)
{
    const QString name = connectionName(dataDir);
    const bool reopening = QSqlDatabase::contains(name);
    if (reopening) {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        const bool postgreSql = SqlDialect::isPostgreSql(db);
        if (db.isOpen() && postgreSql && stillConnected(db, name))
            return db;
        if (db.isOpen() && !postgreSql) {
            const SqliteFileState file = sqliteFileState(name, dataDir);
            if (file == SqliteFileState::Same)
                return db;
            if (file == SqliteFileState::Removed)
                return Expected<QSqlDatabase>::failure(
                    QStringLiteral("the store file %1 was removed while the relay ran: nothing can be stored "
                                   "until it is back (restore the data directory from a backup)")
                        .arg(databasePath(dataDir)));
            qCInfo(lcQueue) << LogLine("store_file_replaced")
                                   .add("path", databasePath(dataDir))
                                   .add("effect",
                                        "opened again (a restore replaced the data directory's files)");
            db.close(); // counted below: statements prepared on the old file go with it
        }
        // Closed (Qt's driver closes a PostgreSQL connection whose server went away) or no longer answering:
        // a new session is opened below, and what was prepared in the old one is gone.
        if (db.isOpen())
            db.close();
        t_postgreSqlCheckedMs.remove(name);
        ++t_reconnects;
    }
    auto address = StoreAddress::ofDataDir(dataDir);
    if (!address)
        return Expected<QSqlDatabase>::failure(address.error());
    if (address->isPostgreSql()) {
        auto password = address->password();
        if (!password)
            return Expected<QSqlDatabase>::failure(password.error());
        auto opened = openPostgreSql(address.value(), password.value(), name);
        // During an outage every use tries to open again, many times a second: the failures are said once
        // by StoreHealth, and a session is said to be open again only when it is.
        if (!opened) {
            StoreHealth::noteFailure(opened.error());
            return opened;
        }
        StoreHealth::noteSuccess();
        if (reopening)
            qCInfo(lcQueue) << LogLine("store_session_reopened").add("connection", name);
        return opened;
    }
    QSqlDatabase db = QSqlDatabase::contains(name)
                          ? QSqlDatabase::database(name, false)
                          : QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    const Status status = openSqlite(db, databasePath(dataDir));
    if (!status)
        return Expected<QSqlDatabase>::failure(status.error());
    if (const auto opened = fileIdentity(databasePath(dataDir)))
        t_sqliteFiles.insert(name, opened.value());
    return db;
}

void Database::checkBeforeNextUse(const QString& dataDir)
{
    const QString name = connectionName(dataDir);
    t_postgreSqlCheckedMs.remove(name);
    if (const auto it = t_sqliteFiles.find(name); it != t_sqliteFiles.end())
        it->checkedMs = 0;
}

bool Database::isServerAway(const QString& error)
{
    return error.startsWith(QLatin1String("cannot reach the PostgreSQL server at "));
}

bool Database::isConnectionLost(const QString& error)
{
    // libpq's words, and Qt's for a statement on the session it then closed.
    for (const char* words : {"server closed the connection unexpectedly", "no connection to the server",
                              "terminating connection", "database not open"}) {
        if (error.contains(QLatin1String(words), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

bool Database::isStoreAway(const QString& error)
{
    return isServerAway(error) || isConnectionLost(error);
}

quint64 Database::reconnects()
{
    return t_reconnects;
}

void Database::releaseThreadConnection(const QString& dataDir)
{
    const QString name = connectionName(dataDir);
    if (!QSqlDatabase::contains(name))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace RelayDesk

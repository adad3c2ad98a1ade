#include "core/admin/storeadmin.h"
#include "core/dkim/dkimkeystore.h"
#include "core/routing/routestore.h"
#include "core/store/database.h"
#include "core/store/enginelock.h"
#include "core/store/nodeidentity.h"
#include "core/store/nodesecrets.h"
#include "core/store/sqldialect.h"
#include "core/store/storeaddress.h"
#include "core/util/datadirmode.h"
#include "core/util/filecontents.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <openssl/crypto.h>

#include <sys/stat.h>

namespace RelayDesk {

namespace {

// The store's tables in an order that satisfies their foreign keys. admin_changes is not copied (the target
// has its own topics); tables this list does not know are copied after these, in name order.
const char* const copyOrder[] = {"settings",
                                 "agents",
                                 "agent_networks",
                                 "credentials",
                                 "sender_domains",
                                 "agent_limits",
                                 "routes",
                                 "tls_policies",
                                 "dkim_keys",
                                 "suppressions",
                                 "auth_lockouts",
                                 "security_events",
                                 "agent_daily_stats",
                                 "messages",
                                 "message_bodies",
                                 "recipients",
                                 "delivery_attempts",
                                 "delivery_log_fts",
                                 "delivery_log_fts_pending"};
bool exec(QSqlDatabase& db, const QString& sql, QString* error)
{
    QSqlQuery query(db);
    if (query.exec(sql))
        return true;
    *error = query.lastError().text();
    return false;
}

Expected<qint64> countOf(QSqlDatabase& db, const QString& table)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table)) || !query.next())
        return Expected<qint64>::failure(
            QStringLiteral("cannot count %1: %2").arg(table, query.lastError().text()));
    return query.value(0).toLongLong();
}

// The SQLite store's own tables (not FTS5's shadow tables), copy order first.
QStringList sourceTables(QSqlDatabase& source)
{
    QStringList known;
    for (const char* table : copyOrder)
        known << QString::fromLatin1(table);
    QStringList tables;
    QStringList others;
    QSqlQuery query(source);
    query.exec(
        QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
                       " AND name NOT LIKE 'delivery_log_fts_%' ORDER BY name"));
    QStringList present;
    while (query.next())
        present << query.value(0).toString();
    present << QStringLiteral("delivery_log_fts_pending");
    for (const QString& table : known) {
        if (present.contains(table))
            tables << table;
    }
    for (const QString& table : std::as_const(present)) {
        if (!known.contains(table) && table != QLatin1String("admin_changes") &&
            table != QLatin1String("node_secrets") && !tables.contains(table))
            others << table;
    }
    return tables + others;
}

QStringList targetColumns(QSqlDatabase& target, const QString& table)
{
    QStringList columns;
    QSqlQuery query(target);
    query.prepare(QStringLiteral("SELECT column_name FROM information_schema.columns WHERE table_schema ="
                                 " current_schema() AND table_name = ? AND is_generated = 'NEVER'"
                                 " ORDER BY ordinal_position"));
    query.addBindValue(table);
    if (query.exec()) {
        while (query.next())
            columns << query.value(0).toString();
    }
    return columns;
}

Expected<qint64> copyTable(QSqlDatabase& source, QSqlDatabase& target, const QString& table)
{
    const QStringList columns = targetColumns(target, table);
    if (columns.isEmpty())
        return Expected<qint64>::failure(QStringLiteral("the PostgreSQL store has no table %1").arg(table));
    QSqlQuery read(source);
    read.setForwardOnly(true);
    if (!read.exec(QStringLiteral("SELECT %1 FROM %2").arg(columns.join(QStringLiteral(", ")), table)))
        return Expected<qint64>::failure(
            QStringLiteral("cannot read %1: %2").arg(table, read.lastError().text()));
    QStringList marks;
    for (qsizetype i = 0; i < columns.size(); ++i)
        marks << QStringLiteral("?");
    QSqlQuery write(target);
    // The triggers of recipients note every copied row for the search index: the pending table's own
    // rows then meet them.
    if (!write.prepare(QStringLiteral("INSERT INTO %1(%2) VALUES(%3) ON CONFLICT DO NOTHING")
                           .arg(table, columns.join(QStringLiteral(", ")), marks.join(QStringLiteral(", ")))))
        return Expected<qint64>::failure(
            QStringLiteral("cannot copy %1: %2").arg(table, write.lastError().text()));
    qint64 rows = 0;
    while (read.next()) {
        for (int i = 0; i < columns.size(); ++i)
            write.bindValue(i, read.value(i));
        if (!write.exec())
            return Expected<qint64>::failure(
                QStringLiteral("cannot copy a row of %1: %2").arg(table, write.lastError().text()));
        ++rows;
    }
    return rows;
}

// The secrets the SQLite store keeps in files (smarthost.secret, the private keys of the DKIM keys still in
// use) as node_secrets rows of the target, each read back and compared (docs/postgresql.md, "Secrets in the
// store"). Returns the files, to remove once the copy is committed; an error names a file, never a secret.
Expected<QStringList> copySecrets(const QString& dataDir, QSqlDatabase& source, QSqlDatabase& target)
{
    using Result = Expected<QStringList>;
    QList<QPair<QString, QString>> secrets; // name in the store, file
    const QString smarthost = RouteStore(dataDir).secretPath();
    if (QFile::exists(smarthost))
        secrets << qMakePair(NodeSecrets::smarthostName(), smarthost);
    QSqlQuery keys(source);
    if (!keys.exec(QStringLiteral("SELECT domain, selector FROM dkim_keys WHERE state <> 'retired'")))
        return Result::failure(QStringLiteral("cannot read the DKIM keys: %1").arg(keys.lastError().text()));
    const DkimKeyStore keyStore(dataDir);
    while (keys.next()) {
        const QString domain = keys.value(0).toString();
        const QString selector = keys.value(1).toString();
        secrets << qMakePair(NodeSecrets::dkimName(domain, selector), keyStore.keyPath(domain, selector));
    }
    NodeSecrets stored(target);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QStringList files;
    for (const auto& [name, file] : std::as_const(secrets)) {
        auto value = readFileContents(file);
        if (!value)
            return Result::failure(value.error());
        Status written = stored.write(name, value.value(), now);
        auto readBack =
            written ? stored.read(name) : Expected<std::optional<QByteArray>>::failure(written.error());
        const bool same = readBack && readBack.value() && readBack.value().value() == value.value();
        OPENSSL_cleanse(value.value().data(), size_t(value.value().size()));
        if (readBack && readBack.value())
            OPENSSL_cleanse(readBack.value()->data(), size_t(readBack.value()->size()));
        if (!readBack)
            return Result::failure(readBack.error());
        if (!same)
            return Result::failure(
                QStringLiteral("the copy of %1 in the store does not match its file").arg(file));
        files << file;
    }
    return files;
}

/// Writes the write-ahead log of the SQLite store at path into its file and empties it, as far as no other
/// process holds a read of it (a window reading at that moment); best effort.
void checkpointWholly(const QString& path)
{
    const QString name = QStringLiteral("relaydesk:migrate-checkpoint");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (db.open()) {
            QSqlQuery query(db);
            query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
            query.finish();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace

Expected<StoreInfo> StoreAdmin::show() const
{
    auto address = StoreAddress::ofDataDir(m_dataDir);
    if (!address)
        return Expected<StoreInfo>::failure(address.error());
    StoreInfo info;
    info.backend = address->isPostgreSql() ? QStringLiteral("postgresql") : QStringLiteral("sqlite");
    info.address = address->isPostgreSql() ? address->display() : Database::databasePath(m_dataDir);
    info.buildSchemaVersion = Database::schemaVersion();
    if (!address->isPostgreSql() && !QFile::exists(Database::databasePath(m_dataDir)))
        return info; // no store yet: nothing to open (and nothing is created)
    // A PostgreSQL store that cannot be read still has an address (an outside tester's "store show" failed
    // during an outage, when where the store lives was what he needed).
    auto db = Database::connection(m_dataDir);
    if (!db) {
        if (!address->isPostgreSql())
            return Expected<StoreInfo>::failure(db.error());
        info.unreadable = db.error();
        return info;
    }
    auto version = Database::schemaVersionOf(db.value());
    if (!version) {
        if (!address->isPostgreSql())
            return Expected<StoreInfo>::failure(version.error());
        info.unreadable = version.error();
        return info;
    }
    info.schemaVersion = version.value();
    return info;
}

namespace {

/// Whether a node of the database already goes by the name this directory's node would have: two nodes on
/// one machine were both "vm" in node list and the queue, and the second took the first's listener addresses
/// (an outside tester).
void noteNameTaken(QSqlDatabase& db, const QString& dataDir, StoreUseReport* report)
{
    const NodeIdentity self = NodeIdentity::peek(dataDir); // a refused `store use` leaves no node id behind
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT home FROM nodes WHERE name = ? AND id <> ?"));
    query.addBindValue(self.name);
    query.addBindValue(self.id.isEmpty() ? QStringLiteral("") : self.id); // a null QString binds as NULL
    if (!query.exec())
        return;
    const QString thisHost = self.home.section(QLatin1Char(':'), 0, 0);
    while (query.next()) {
        report->nameTaken = self.name;
        if (query.value(0).toString().section(QLatin1Char(':'), 0, 0) == thisHost)
            report->nameTakenHere = true;
    }
}

qint64 rowsOr0(QSqlDatabase& db, const QString& table)
{
    const auto rows = countOf(db, table);
    return rows ? rows.value() : 0;
}

/// The agents, messages and changed settings of the data directory's SQLite file, read without changing it;
/// zeros when there is no such file.
StoreUseReport localData(const QString& dataDir)
{
    StoreUseReport report;
    const QString path = Database::databasePath(dataDir);
    if (!QFile::exists(path))
        return report;
    const QString name = QStringLiteral("relaydesk:store-use-local");
    {
        QSqlDatabase local = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        local.setDatabaseName(path);
        local.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        if (local.open()) {
            report.localAgents = rowsOr0(local, QStringLiteral("agents"));
            report.localMessages = rowsOr0(local, QStringLiteral("messages"));
            report.localSettings = rowsOr0(local, QStringLiteral("settings"));
            local.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return report;
}

} // namespace

Expected<StoreUseReport> StoreAdmin::use(const QString& url, const QString& givenPassword,
                                         const QString& passwordFile, bool join) const
{
    using Result = Expected<StoreUseReport>;
    auto address = StoreAddress::parse(url);
    if (!address)
        return Result::failure(address.error());
    // A running engine keeps the store it started with: pointed elsewhere under it, the command line would
    // read and write one store and the relay another (an outside tester's agent made that way could not log
    // in, and the mail the relay accepted meanwhile was missing from `queue list`).
    // The same store again (a new password after the server's was changed) is no move: the running engine
    // keeps its sessions and opens its next ones with the new password.
    const auto current = StoreAddress::ofDataDir(m_dataDir);
    const bool sameStore = current && current->isPostgreSql() && current->sameStoreAs(address.value());
    if (const auto holder = EngineLock::holder(m_dataDir); holder && !sameStore)
        return Result::failure(
            QStringLiteral("a %1 runs on the data directory %2 and uses its store: stop it "
                           "first, then point the data directory at the new store "
                           "(nothing was changed)")
                .arg(holder->description(), m_dataDir));
    QString password = givenPassword;
    if (!passwordFile.isEmpty()) {
        struct stat info
        {
        };
        if (::stat(QFile::encodeName(passwordFile).constData(), &info) != 0)
            return Result::failure(QStringLiteral("cannot read the password file %1").arg(passwordFile));
        if ((info.st_mode & 0077) != 0)
            return Result::failure(QStringLiteral("the password file %1 may be read by others (chmod 600 it)")
                                       .arg(passwordFile));
        QFile file(passwordFile);
        if (!file.open(QIODevice::ReadOnly))
            return Result::failure(
                QStringLiteral("cannot read the password file %1: %2").arg(passwordFile, file.errorString()));
        password = QString::fromUtf8(file.readAll()).trimmed();
    }
    if (Status prepared = DataDirMode::prepare(m_dataDir); !prepared)
        return Result::failure(prepared.error());
    StoreUseReport report = localData(m_dataDir);
    const QString connection = QStringLiteral("relaydesk:store-use");
    Status result;
    {
        auto db = Database::openPostgreSql(address.value(), password, connection);
        if (!db) {
            result = Status::failure(db.error());
        } else {
            result = Database::migrate(db.value());
            if (result) {
                report.databaseAgents = rowsOr0(db.value(), QStringLiteral("agents"));
                report.databaseNodes = rowsOr0(db.value(), QStringLiteral("nodes"));
                noteNameTaken(db.value(), m_dataDir, &report);
                // A superuser could read and change every database of the server (an outside tester's relay
                // logged in as postgres without a word).
                QSqlQuery role(db.value());
                report.superuser =
                    role.exec(QStringLiteral("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")) &&
                    role.next() && role.value(0).toBool();
            }
            db.value().close();
        }
    }
    QSqlDatabase::removeDatabase(connection);
    if (!result)
        return Result::failure(result.error());
    // Both sides hold a relay: the directory would leave its own silently, queued mail included (an outside
    // tester's agent vanished, and the advice to migrate could only fail on the full database).
    if (report.databaseHoldsRelay() && report.localHoldsData() && !join && !sameStore)
        return Result::failure(
            QStringLiteral(
                "the database already holds a relay (%1 Mail Agent(s), %2 node(s)), and this data "
                "directory has its own SQLite store (%3 Mail Agent(s), %4 message(s)), which it "
                "would leave unused: its queued mail would not be delivered. Add --join to run "
                "this directory as a node of the database's relay anyway, or copy the SQLite store "
                "into an empty database with 'relaydesk store use' on it and 'relaydesk store "
                "migrate --from-sqlite' (nothing was changed)")
                .arg(report.databaseAgents)
                .arg(report.databaseNodes)
                .arg(report.localAgents)
                .arg(report.localMessages));
    Database::releaseThreadConnection(m_dataDir);
    if (Status saved = address->save(m_dataDir, passwordFile.isEmpty() ? password : QString(), passwordFile);
        !saved)
        return Result::failure(saved.error());
    return report;
}

Expected<StoreBackReport> StoreAdmin::useSqlite() const
{
    using Result = Expected<StoreBackReport>;
    if (const auto holder = EngineLock::holder(m_dataDir))
        return Result::failure(
            QStringLiteral("a %1 runs on the data directory %2 and uses its store: stop it "
                           "first, then point the data directory back at SQLite (nothing "
                           "was changed)")
                .arg(holder->description(), m_dataDir));
    StoreBackReport report;
    report.sqlitePath = Database::databasePath(m_dataDir);
    report.sqliteExists = QFile::exists(report.sqlitePath);
    const QDir dir(m_dataDir);
    for (const QString& name :
         dir.entryList({QStringLiteral("relaydesk.sqlite.migrated-*")}, QDir::Files, QDir::Name)) {
        if (!name.endsWith(QLatin1String("-wal")) && !name.endsWith(QLatin1String("-shm")))
            report.keptAside << dir.filePath(name); // its log and shared memory go with it, by their names
    }
    // Without a store the directory would not be a relay's any more (the commands refuse a directory of other
    // files): the copy a migration moved aside goes back first, by the admin's hand, since PostgreSQL may
    // have received more since.
    if (!report.sqliteExists && !report.keptAside.isEmpty())
        return Result::failure(
            QStringLiteral("there is no SQLite store here since 'store migrate' moved it to %1: "
                           "rename it to %2 first, and a %1-wal beside it to %2-wal (what PostgreSQL "
                           "received since is not in them), then run this again (nothing was changed)")
                .arg(report.keptAside.last(), report.sqlitePath));
    for (const QString& file : {StoreAddress::confPath(m_dataDir), StoreAddress::passwordPath(m_dataDir)}) {
        if (QFile::exists(file) && !QFile::remove(file))
            return Result::failure(QStringLiteral("cannot remove %1").arg(file));
    }
    Database::releaseThreadConnection(m_dataDir);
    // A directory that had only ever used PostgreSQL gets an empty SQLite store now, so that it stays a
    // relay's data directory.
    if (!report.sqliteExists) {
        if (Status made = Database::initialize(m_dataDir); !made)
            return Result::failure(made.error());
        Database::releaseThreadConnection(m_dataDir);
    }
    return report;
}

Expected<StoreCopyReport> StoreAdmin::migrateFromSqlite() const
{
    using Result = Expected<StoreCopyReport>;
    auto address = StoreAddress::ofDataDir(m_dataDir);
    if (!address)
        return Result::failure(address.error());
    if (!address->isPostgreSql())
        return Result::failure(QStringLiteral("this data directory's store is SQLite: point it at PostgreSQL "
                                              "first with 'relaydesk store use URL'"));
    const QString sqlitePath = Database::databasePath(m_dataDir);
    if (!QFile::exists(sqlitePath))
        return Result::failure(QStringLiteral("there is no SQLite store to copy (%1)").arg(sqlitePath));
    // An engine started before `store use` keeps writing to the SQLite file: moved aside under it, what it
    // accepts after the copy would be lost.
    if (const auto holder = EngineLock::holder(m_dataDir))
        return Result::failure(
            QStringLiteral("a %1 runs on the data directory %2: stop it before copying the "
                           "store (nothing was copied)")
                .arg(holder->description(), m_dataDir));
    auto target = Database::connection(m_dataDir);
    if (!target)
        return Result::failure(target.error());
    QSqlDatabase pg = target.value();
    if (Status migrated = Database::migrate(pg); !migrated)
        return Result::failure(migrated.error());

    const QString sourceName = QStringLiteral("relaydesk:migrate-source");
    StoreCopyReport report;
    QStringList secretFiles;
    QString failure;
    {
        QSqlDatabase source = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), sourceName);
        source.setDatabaseName(sqlitePath);
        source.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        QString error;
        if (!source.open()) {
            failure = QStringLiteral("cannot open %1: %2").arg(sqlitePath, source.lastError().text());
        } else if (Status migrated = Database::migrate(source); !migrated) {
            failure = migrated.error();
        } else if (!exec(source, QStringLiteral("BEGIN"), &error) ||
                   !exec(pg, QStringLiteral("BEGIN"), &error) ||
                   // Nothing may write either store while the copy runs (a relay on it must be stopped).
                   !exec(pg, QStringLiteral("LOCK TABLE agents, messages, settings IN EXCLUSIVE MODE"),
                         &error)) {
            failure = QStringLiteral("cannot start the copy: %1").arg(error);
        } else {
            // This directory's own node registered itself if a relay ran on the empty store before the copy
            // (an outside tester's window did, and the copy was refused for good): not data, and registered
            // again when the relay starts.
            if (const QString self = NodeIdentity::peek(m_dataDir).id; !self.isEmpty()) {
                QSqlQuery own(pg);
                own.prepare(QStringLiteral("DELETE FROM nodes WHERE id = ?"));
                own.addBindValue(self);
                if (!own.exec())
                    failure = QStringLiteral("cannot start the copy: %1").arg(own.lastError().text());
            }
            const QStringList tables = failure.isEmpty() ? sourceTables(source) : QStringList();
            for (const QString& table : tables + QStringList{QStringLiteral("node_secrets")}) {
                if (table == QLatin1String("delivery_log_fts_pending"))
                    continue;
                auto existing = countOf(pg, table);
                if (!existing) {
                    failure = existing.error();
                    break;
                }
                if (existing.value() > 0) {
                    failure = QStringLiteral("the PostgreSQL store already holds data (%1 rows in %2): "
                                             "copy into an empty database")
                                  .arg(existing.value())
                                  .arg(table);
                    break;
                }
            }
            for (const QString& table : tables) {
                if (!failure.isEmpty())
                    break;
                auto copied = copyTable(source, pg, table);
                if (!copied)
                    failure = copied.error();
                else
                    report.tables << qMakePair(table, copied.value());
            }
            // The search index's to-do list is the source's, not every copied recipient.
            if (failure.isEmpty() &&
                (!exec(pg,
                       QStringLiteral("DELETE FROM delivery_log_fts_pending WHERE recipient_id IN"
                                      " (SELECT rowid FROM delivery_log_fts)"),
                       &error))) {
                failure = QStringLiteral("cannot copy the search index: %1").arg(error);
            }
            for (const auto& [table, rows] : std::as_const(report.tables)) {
                if (!failure.isEmpty())
                    break;
                if (Status continued = SqlDialect::continueIds(pg, table); !continued)
                    failure = continued.error();
            }
            // Verify: every table holds as many rows in PostgreSQL as in SQLite.
            for (const auto& [table, rows] : std::as_const(report.tables)) {
                if (!failure.isEmpty())
                    break;
                if (table == QLatin1String("delivery_log_fts_pending"))
                    continue;
                auto inSource = countOf(source, table);
                auto inTarget = countOf(pg, table);
                if (!inSource || !inTarget || inSource.value() != inTarget.value() ||
                    inSource.value() != rows)
                    failure = QStringLiteral("the copy of %1 does not match (SQLite %2 rows, PostgreSQL %3)")
                                  .arg(table)
                                  .arg(inSource ? inSource.value() : -1)
                                  .arg(inTarget ? inTarget.value() : -1);
            }
            if (failure.isEmpty()) {
                auto copied = copySecrets(m_dataDir, source, pg);
                if (!copied)
                    failure = copied.error();
                else
                    secretFiles = copied.value();
                report.tables << qMakePair(QStringLiteral("node_secrets"), qint64(secretFiles.size()));
            }
            if (failure.isEmpty() && !exec(pg, QStringLiteral("COMMIT"), &error))
                failure = QStringLiteral("cannot commit the copy: %1").arg(error);
            // A session that went away is closed by Qt's driver: a statement on it only adds a warning.
            if (!failure.isEmpty() && pg.isOpen())
                exec(pg, QStringLiteral("ROLLBACK"), &error);
            exec(source, QStringLiteral("ROLLBACK"), &error);
        }
        source.close();
    }
    QSqlDatabase::removeDatabase(sourceName);
    // The server went away in the middle: the driver's words, several lines of them twice over, say less
    // than this (an outside tester read "\x0a", an empty "()" and a Qt warning).
    if (!failure.isEmpty() && Database::isConnectionLost(failure))
        return Result::failure(QStringLiteral("the PostgreSQL server closed the connection during the copy: "
                                              "nothing was copied; run the command again once the server is "
                                              "back"));
    if (!failure.isEmpty())
        return Result::failure(failure.simplified() + QStringLiteral(" (nothing was copied)"));
    // The SQLite file is no longer this data directory's store: kept aside, never read again, whole. Its
    // write-ahead log is written into it first; what another process (a window) keeps it from writing goes
    // aside with it under the matching name: the copy named was empty and the data stayed in a
    // relaydesk.sqlite-wal under the old name, deleted by a later purge (an outside tester).
    checkpointWholly(sqlitePath);
    const QString aside = sqlitePath + QStringLiteral(".migrated-") +
                          QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddTHHmmss"));
    if (!QFile::rename(sqlitePath, aside))
        return Result::failure(
            QStringLiteral("the copy is committed, but %1 could not be moved aside: remove it by "
                           "hand")
                .arg(sqlitePath));
    for (const QLatin1String part : {QLatin1String("-wal"), QLatin1String("-shm")}) {
        if (QFile::exists(sqlitePath + part) && !QFile::rename(sqlitePath + part, aside + part))
            return Result::failure(
                QStringLiteral("the copy is committed and %1 moved aside as %2, but %3 could not "
                               "go with it: rename it to %4 by hand (the copy aside needs it)")
                    .arg(sqlitePath, aside, sqlitePath + part, aside + part));
    }
    report.keptAside = aside;
    // The secrets live in the store now: no copy stays behind in a file.
    for (const QString& file : std::as_const(secretFiles))
        QFile::remove(file);
    return report;
}

} // namespace RelayDesk

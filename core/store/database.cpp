#include "core/store/database.h"
#include "core/store/migrations.h"
#include "core/util/datadirmode.h"

#include <QDir>
#include <QFile>
#include <QMutex>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

namespace RelayDesk {

namespace {

QString connectionName(const QString& dataDir)
{
    const quintptr thread = reinterpret_cast<quintptr>(QThread::currentThread());
    return QStringLiteral("relaydesk:%1:%2").arg(QDir(dataDir).absolutePath()).arg(thread);
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

Status openInto(QSqlDatabase& db, const QString& path)
{
    db.setDatabaseName(path);
    // busy_timeout: another process (the admin command line) may hold the write lock for a moment.
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    if (!db.open())
        return Status::failure(QStringLiteral("cannot open %1: %2").arg(path, db.lastError().text()));
    QString error;
    // docs/architecture.md, "durable accept": synchronous=FULL makes every commit fsync the WAL before it
    // returns.
    for (const char* pragma :
         {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL", "PRAGMA foreign_keys=ON"}) {
        if (!exec(db, QString::fromLatin1(pragma), &error))
            return Status::failure(QStringLiteral("cannot configure %1: %2").arg(path, error));
    }
    return {};
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

Status Database::initialize(const QString& dataDir)
{
    static QMutex mutex;
    QMutexLocker locker(&mutex);
    // A new directory is its owner's alone; an existing one keeps its mode (a group-shared one stays shared).
    if (Status prepared = DataDirMode::prepare(dataDir); !prepared)
        return prepared;

    auto db = connection(dataDir);
    if (!db)
        return Status::failure(db.error());
    QSqlDatabase conn = db.value();
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
        check.finish(); // an open read would lock the schema against DROP INDEX

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
    // 0600, or 0660 where the directory lets its group in; SQLite gives the -wal and -shm files the
    // database's mode when it creates them, and those left by an older release follow here.
    const DataDirMode mode(dataDir);
    const QString path = databasePath(dataDir);
    for (const QString& file :
         QStringList{path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm")})
        DataDirMode::apply(file, mode.fileMode());
    return {};
}

Expected<QSqlDatabase> Database::connection(const QString& dataDir)
{
    const QString name = connectionName(dataDir);
    if (QSqlDatabase::contains(name)) {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isOpen())
            return db;
    }
    QSqlDatabase db = QSqlDatabase::contains(name)
                          ? QSqlDatabase::database(name, false)
                          : QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    const Status status = openInto(db, databasePath(dataDir));
    if (!status)
        return Expected<QSqlDatabase>::failure(status.error());
    return db;
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

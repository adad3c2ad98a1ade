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
};

/// The rows `store migrate --from-sqlite` copied, table by table (verified equal in source and target).
struct StoreCopyReport
{
    QList<QPair<QString, qint64>> tables;
    QString keptAside; ///< where the SQLite file now lies (no longer used)
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
    Status use(const QString& url, const QString& password, const QString& passwordFile) const;
    /// Copies the data directory's SQLite store (agents, credentials, settings, routes, DKIM keys, the queue
    /// and the delivery log) into its PostgreSQL store in one transaction; refuses when the target holds
    /// data; verifies the counts before it commits; then moves the SQLite file aside.
    Expected<StoreCopyReport> migrateFromSqlite() const;

private:
    QString m_dataDir;
};

} // namespace RelayDesk

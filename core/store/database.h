#pragma once

#include "core/util/expected.h"

#include <QSqlDatabase>
#include <QString>

namespace RelayDesk {

/// Opens the SQLite store of a data directory (WAL, foreign keys, numbered migrations), one connection per
/// thread.
class Database final
{
public:
    /// Creates the directory (mode 0700) and the schema if needed. Call once per process before connection().
    static Status initialize(const QString& dataDir);
    /// This thread's own connection to the store of dataDir (contract: no QSqlDatabase crosses threads).
    static Expected<QSqlDatabase> connection(const QString& dataDir);
    /// Closes and forgets this thread's connection (call before a worker thread ends).
    static void releaseThreadConnection(const QString& dataDir);
    static QString databasePath(const QString& dataDir);
    static int schemaVersion();
};

} // namespace RelayDesk

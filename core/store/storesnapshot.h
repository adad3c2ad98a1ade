#pragma once

#include "core/util/expected.h"

#include <QCborMap>
#include <QHash>
#include <QString>
#include <QStringList>

namespace RelayDesk {

/// The rows of a store that a configuration backup carries (docs/operations.md, "Backup and restore"): the
/// configuration tables whole, and optionally the queue (messages with a pending recipient, their bodies and
/// their pending recipients). Read in one read transaction; written into a new, empty store in one
/// transaction, by column name, so that a backup of an older schema fills the columns it knows.
class StoreSnapshot final
{
public:
    /// {"schema": N, "tables": {name: {"columns": [...], "rows": [[...], ...]}}}; tables that this schema
    /// does not have are left out.
    static Expected<QCborMap> read(const QString& dataDir, bool withQueue);
    /// Inserts the rows of snapshot into the (empty, migrated) store of dataDir, replacing the values of the
    /// settings named in settingOverrides; all or nothing. Refuses a snapshot of a newer schema.
    static Status write(const QString& dataDir, const QCborMap& snapshot,
                        const QHash<QString, QString>& settingOverrides = {});
    /// The configuration tables in the order they are written (a table before those that refer to it).
    static QStringList configurationTables();
    /// The queue's tables, in the same order.
    static QStringList queueTables();
};

} // namespace RelayDesk

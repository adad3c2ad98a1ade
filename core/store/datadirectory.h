#pragma once

#include <QString>

namespace RelayDesk {

/// What a data directory holds before anything is made in it: a relay's store (SQLite file, or store.conf
/// naming a PostgreSQL one), nothing yet, or other files, which no face of RelayDesk may turn into a relay
/// (docs/reliability.md, "A delete during a delivery, a repeated delete,
/// a mistyped data directory").
class DataDirectory final
{
public:
    /// Whether dataDir is a directory this process can look into that holds other files but no store: most
    /// likely a mistyped path (a home directory, the parent of the real data directory). An empty directory
    /// is a new data directory; one this process cannot look into is left to the store, which says why.
    static bool holdsOtherFiles(const QString& dataDir);
    /// What the command line, the service and the window say about such a directory; it names a
    /// subdirectory that holds a store (the parent of the real data directory was given).
    static QString otherFilesProblem(const QString& dataDir);
    /// Whether dataDir holds a relay's store (its SQLite file, or store.conf naming a PostgreSQL one).
    static bool holdsStore(const QString& dataDir);
    /// Whether dataDir is missing, or a directory this process can look into without a store in it. One it
    /// cannot look into is left to the store, which says why.
    static bool lacksStore(const QString& dataDir);
    /// What a command that only reads says about a directory without a store: it makes none, since a
    /// mistyped path would get an empty relay that answers "the queue is empty".
    static QString noStoreProblem(const QString& dataDir);
};

} // namespace RelayDesk

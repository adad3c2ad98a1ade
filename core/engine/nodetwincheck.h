#pragma once

#include "core/util/expected.h"

#include <QString>

namespace RelayDesk {

/// Refuses to start an engine under a node id that a live engine elsewhere already uses on the shared
/// PostgreSQL store (docs/scaling.md, "One id, one node"): a data directory copied from a node carries its
/// node-id, and two engines under one id would free and take each other's queue leases, so that every
/// recipient in flight is delivered twice.
class NodeTwinCheck final
{
public:
    /// Nothing to do on SQLite (a copy has a database file of its own) or where the row is this data
    /// directory's own (a restart after a crash), stopped, or silent. Otherwise the row's heartbeat is
    /// read again after one heartbeat interval: if it moved, another engine is alive under this id.
    static Status check(const QString& dataDir);
};

} // namespace RelayDesk

#pragma once

#include "core/util/expected.h"

#include <QString>

namespace RelayDesk {

/// Which node of a cluster this data directory is (docs/scaling.md, "Nodes"): a random id made once and kept
/// in the file node-id, and a name, from the file node-name or else the machine's host name. Every node
/// that shares one store has its own data directory, so its own id; the id marks its leases, its heartbeat
/// row and the log rows of what it accepted and delivered.
struct NodeIdentity
{
    QString id;
    QString name;
    /// Where this engine runs: "host:/canonical/data/dir". A copy of the data directory has the same id
    /// and another home.
    QString home;

    /// Reads the identity, making the id file (0600, written whole or not at all) the first time.
    static Expected<NodeIdentity> load(const QString& dataDir);
    /// load(), remembered for the process; an empty id if the data directory cannot keep one.
    static NodeIdentity of(const QString& dataDir);
    /// The node's identity as far as it exists, without creating its id: the id (empty before the node's
    /// first use of a shared store), the name and home load() would give.
    static NodeIdentity peek(const QString& dataDir);
    /// Stores the node's name (empty: the host name again).
    static Status rename(const QString& dataDir, const QString& name);
    /// A name a node may have: 1-64 printable characters without spaces at the ends.
    static QString nameProblem(const QString& name);
};

} // namespace RelayDesk

#pragma once

#include "core/store/noderegistry.h"

#include "core/util/expected.h"

#include <QSqlDatabase>
#include <QString>

namespace RelayDesk {

/// Which node holds a queued message by its lease, and whether that node still answers: the Queue view,
/// `queue list` and `queue show` say the same.
struct MessageLease
{
    /// On a shared store (docs/scaling.md, "Queue leases"): the node whose lease on a recipient of it ran
    /// latest, and until when; a lease not run out says that node is delivering it now. Empty on SQLite.
    QString leaseNode;
    QString leaseNodeName;
    qint64 leaseExpires = 0;
    /// That node's last heartbeat; 0 when it stopped or is no longer listed.
    qint64 leaseNodeHeartbeat = 0;
    /// The node delivering it now by its lease (its name, else its id), or empty.
    QString deliveringNode(qint64 nowMs) const
    {
        if (leaseNode.isEmpty() || leaseExpires <= nowMs || !leaseNodeAlive(nowMs))
            return {};
        return leaseNodeName.isEmpty() ? leaseNode : leaseNodeName;
    }
    /// The node that took it and no longer answers (killed, its machine down) while its lease runs: nobody
    /// delivers it until leaseExpires, when another node takes it (an outside tester read "being delivered by
    /// node B" for a node killed minutes before). Empty otherwise.
    QString strandedNode(qint64 nowMs) const
    {
        if (leaseNode.isEmpty() || leaseExpires <= nowMs || leaseNodeAlive(nowMs))
            return {};
        return leaseNodeName.isEmpty() ? leaseNode : leaseNodeName;
    }
    /// The lease that runs latest (run out or not) on a pending recipient of the message, read from db (empty
    /// when none: always on SQLite).
    static Expected<MessageLease> read(QSqlDatabase& db, qint64 messageId);
    bool leaseNodeAlive(qint64 nowMs) const
    {
        return leaseNodeHeartbeat > 0 && nowMs - leaseNodeHeartbeat <= NodeRegistry::aliveWithinMs;
    }
};

} // namespace RelayDesk

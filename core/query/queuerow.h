#pragma once

#include "core/store/noderegistry.h"

#include <QString>

namespace RelayDesk {

/// One message in the queue (with at least one recipient still to deliver): a row of the Queue view and of
/// `queue list`, and the message of `queue show`.
struct QueueRow
{
    qint64 messageId = 0;
    QString queueId;
    QString agent;
    bool agentDeleted = false; ///< the Mail Agent that handed the message over has been deleted since
    QString sender;
    QString subject;
    QString recipients; ///< the undelivered recipients, comma-separated
    int recipientCount = 0;
    QString state; ///< "held", "deferred" (some recipient failed temporarily) or "queued"
    int attempts = 0;
    qint64 receivedAt = 0;
    qint64 nextAttemptAt = 0;
    qint64 size = 0;
    int lastCode = 0;
    QString lastEnhanced;
    QString lastReply;
    bool held = false;
    bool contentKept = true; ///< false once the body left the store (every recipient final)
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
    bool leaseNodeAlive(qint64 nowMs) const
    {
        return leaseNodeHeartbeat > 0 && nowMs - leaseNodeHeartbeat <= NodeRegistry::aliveWithinMs;
    }
};

} // namespace RelayDesk

#pragma once

#include <QString>

namespace RelayDesk {

/// One node of the cluster as the nodes table knows it (docs/scaling.md, "Nodes"): `node list` and the
/// Nodes view.
struct NodeRow
{
    QString id;
    QString name;
    QString address; ///< its listeners
    QString version;
    QString home; ///< where its engine runs, "host:/data/dir" (NodeIdentity::home; empty for older rows)
    qint64 startedAt = 0;
    qint64 lastHeartbeat = 0;
    qint64 stoppedAt = 0; ///< a clean stop (0: running, or died without one)
    int inFlight = 0;     ///< deliveries in progress at the last heartbeat
    int sessions = 0;     ///< live sessions (clients connected) at the last heartbeat
    /// Of a node that is not alive: the recipients whose leases it still holds, which no node delivers until
    /// heldUntil (the last of those leases ends) or until the node is forgotten.
    int held = 0;
    qint64 heldUntil = 0;
    bool alive = false; ///< running, with a recent heartbeat
    bool self = false;  ///< the node of the data directory that asked

    /// "alive", "stopped" or "not responding" (its heartbeat stopped without a clean stop).
    QString stateName() const
    {
        if (alive)
            return QStringLiteral("alive");
        return stoppedAt > 0 ? QStringLiteral("stopped") : QStringLiteral("not responding");
    }
};

} // namespace RelayDesk

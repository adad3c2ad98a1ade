#include "core/store/messagelease.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace RelayDesk {

Expected<MessageLease> MessageLease::read(QSqlDatabase& db, qint64 messageId)
{
    // docs/scaling.md, "Queue leases": as the Queue view reads them (QueueQuery), the lease that runs latest,
    // its node's name and heartbeat (0 once it stopped).
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "SELECT x.lease_node, x.lease_expires, COALESCE(n.name, ''), CASE WHEN COALESCE(n.stopped_at, 0) = 0"
        " THEN COALESCE(n.last_heartbeat, 0) ELSE 0 END FROM recipients x LEFT JOIN nodes n ON"
        " n.id = x.lease_node WHERE x.message_id = ? AND x.lease_node <> ''"
        " AND x.state IN ('queued','deferred') ORDER BY x.lease_expires DESC LIMIT 1"));
    query.addBindValue(messageId);
    if (!query.exec())
        return Expected<MessageLease>::failure(query.lastError().text());
    MessageLease lease;
    if (query.next()) {
        lease.leaseNode = query.value(0).toString();
        lease.leaseExpires = query.value(1).toLongLong();
        lease.leaseNodeName = query.value(2).toString();
        lease.leaseNodeHeartbeat = query.value(3).toLongLong();
    }
    return lease;
}

} // namespace RelayDesk

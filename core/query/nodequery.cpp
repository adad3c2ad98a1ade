#include "core/query/nodequery.h"
#include "core/store/database.h"
#include "core/store/nodeidentity.h"
#include "core/store/noderegistry.h"

#include <QSqlError>
#include <QSqlQuery>

namespace RelayDesk {

NodeQuery::NodeQuery(QString dataDir) : m_dataDir(std::move(dataDir)) {}

Expected<QList<NodeRow>> NodeQuery::nodes(qint64 nowMs) const
{
    using Result = Expected<QList<NodeRow>>;
    auto db = Database::connection(m_dataDir);
    if (!db)
        return Result::failure(db.error());
    QSqlQuery query(db.value());
    query.setForwardOnly(true);
    if (!query.exec(
            QStringLiteral("SELECT id, name, address, version, started_at, last_heartbeat, in_flight,"
                           " stopped_at, home, sessions FROM nodes ORDER BY last_heartbeat DESC, id")))
        return Result::failure(query.lastError().text());
    const QString self = NodeIdentity::of(m_dataDir).id;
    QList<NodeRow> rows;
    while (query.next()) {
        NodeRow row;
        row.id = query.value(0).toString();
        row.name = query.value(1).toString();
        row.address = query.value(2).toString();
        row.version = query.value(3).toString();
        row.startedAt = query.value(4).toLongLong();
        row.lastHeartbeat = query.value(5).toLongLong();
        row.stoppedAt = query.value(7).toLongLong();
        row.home = query.value(8).toString();
        row.alive = row.stoppedAt == 0 && nowMs - row.lastHeartbeat <= NodeRegistry::aliveWithinMs;
        // A node that is not alive delivers nothing: its last count would only mislead.
        row.inFlight = row.alive ? query.value(6).toInt() : 0;
        row.sessions = row.alive ? query.value(9).toInt() : 0;
        row.self = row.id == self;
        rows.append(row);
    }
    // What a node that died still holds: its recipients wait for the leases to run out (docs/scaling.md,
    // "Queue leases"). "lease_node <> ''" is the partial index's condition; on SQLite no lease is ever
    // written.
    QSqlQuery leases(db.value());
    leases.setForwardOnly(true);
    leases.prepare(
        QStringLiteral("SELECT lease_node, COUNT(*), MAX(lease_expires) FROM recipients"
                       " WHERE lease_node <> '' AND lease_expires > ? AND state IN ('queued','deferred')"
                       " GROUP BY lease_node"));
    leases.addBindValue(nowMs);
    if (!leases.exec())
        return Result::failure(leases.lastError().text());
    while (leases.next()) {
        for (NodeRow& row : rows) {
            if (row.id == leases.value(0).toString() && !row.alive) {
                row.held = leases.value(1).toInt();
                row.heldUntil = leases.value(2).toLongLong();
            }
        }
    }
    return rows;
}

} // namespace RelayDesk

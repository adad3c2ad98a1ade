#pragma once

#include "core/util/expected.h"

#include <QSqlDatabase>
#include <QString>

namespace RelayDesk {

/// The nodes table (docs/scaling.md, "Nodes"): a running engine registers its node when it starts, refreshes
/// last_heartbeat and its deliveries in flight every few seconds, and notes a clean stop. Statements for
/// StoreWriter jobs, in SQL that SQLite and PostgreSQL both accept.
class NodeRegistry final
{
public:
    /// How often a running engine refreshes its row.
    static constexpr int heartbeatIntervalMs = 3000;
    /// A node whose heartbeat is older than this is shown as not alive.
    static constexpr qint64 aliveWithinMs = 4 * heartbeatIntervalMs;

    struct Registration
    {
        QString id;
        QString name;
        QString address; ///< the node's listeners, as configured
        QString version;
        qint64 startedAt = 0;
        QString home; ///< NodeIdentity::home
    };

    /// Also forgets a cleanly stopped row of the same home under another id: this directory's earlier
    /// identity.
    static Status registerNode(QSqlDatabase& db, const Registration& node);
    /// Deletes the node's row if it stopped or its last heartbeat is older than silentBeforeMs; whether it
    /// did.
    static Expected<bool> forget(QSqlDatabase& db, const QString& id, qint64 silentBeforeMs);
    static Status heartbeat(QSqlDatabase& db, const QString& id, qint64 nowMs, int inFlight, int sessions);
    /// The node's listeners' addresses after a live change ("127.0.0.1:2587, ..."): `node list` and the Nodes
    /// panel showed those of its start (an outside tester).
    static Status setAddress(QSqlDatabase& db, const QString& id, const QString& address);
    /// The name `node rename` gave (a missing row, before the node's first start, is no error).
    static Status setName(QSqlDatabase& db, const QString& id, const QString& name);
    static Status stopped(QSqlDatabase& db, const QString& id, qint64 nowMs);
};

} // namespace RelayDesk

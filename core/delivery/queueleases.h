#pragma once

#include "core/util/expected.h"

#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QString>

namespace RelayDesk {

/// Leases on due recipients (docs/scaling.md, "Queue leases"): a node delivers a recipient only while it
/// holds its lease (recipients.lease_node, lease_expires), so two nodes sharing one store never deliver the
/// same recipient at the same time. The runner renews its leases while deliveries run; the outcome's record
/// frees them in the same transaction; a node that dies leaves leases that simply run out, and then any node
/// takes the recipients again. On PostgreSQL a claim locks the rows with FOR UPDATE SKIP LOCKED and sets
/// the lease in the same transaction; SQLite has one writer at a time, so one UPDATE ... RETURNING is atomic.
class QueueLeases final
{
public:
    /// Of ids, those this node holds now: each was still pending and free (never leased, or its lease ran
    /// out) or already this node's; each now leased to node until nowMs + leaseMs.
    static Expected<QSet<qint64>> claim(QSqlDatabase& db, const QString& node, const QList<qint64>& ids,
                                        qint64 nowMs, qint64 leaseMs);
    /// Moves the expiry of every lease the node still holds (not run out by nowMs) to nowMs + leaseMs;
    /// returns how many.
    static Expected<int> renew(QSqlDatabase& db, const QString& node, qint64 nowMs, qint64 leaseMs);
    /// Frees the leases node holds on ids (a job that was not sent after all); returns how many.
    static Expected<int> release(QSqlDatabase& db, const QString& node, const QList<qint64>& ids);
    /// Frees every lease of node (a node that starts has nothing in flight, whatever an earlier run left).
    static Expected<int> releaseAll(QSqlDatabase& db, const QString& node);
};

} // namespace RelayDesk

#pragma once

#include "core/smtp/deliveryjob.h"
#include "core/util/expected.h"

#include <QSqlDatabase>

namespace RelayDesk {

/// Whether a job that waited (for a connection slot, for room at its server, for its signature) may still
/// begin its transaction: its message neither held nor deleted, and each of its recipients still waiting and,
/// on a shared store, leased by this node. `queue delete` and `queue bounce` change the recipients' state
/// (and clear the lease), `queue hold` the message: an outside tester's deleted messages were delivered
/// minutes after the delete, once a connection slot freed.
class JobStartCheck final
{
public:
    /// Why the job may not start (a log line's reason), or an empty string when it may. leaseNode: this
    /// node's name on a shared store, empty on a store of one node (no leases).
    static Expected<QString> refusal(QSqlDatabase& db, const DeliveryJob& job, const QString& leaseNode);
};

} // namespace RelayDesk

#pragma once

#include "core/delivery/dsnbuilder.h"
#include "core/util/expected.h"

#include <QSqlDatabase>

namespace RelayDesk {

/// Queues a DSN as a new message with the null reverse-path (RFC 5321 4.5.5), inside a StoreWriter job.
class DsnSubmission final
{
public:
    /// Returns the new queue ID, or an empty string when no DSN is due: never for a null sender, so bounces
    /// cannot loop (RFC 3464 2, RFC 5321 6.1), and not for the recipients whose sender asked for no such
    /// notice (RFC 3461 4.1, NOTIFY). What the sender asked (RET, ENVID, ORCPT) is read from the original's
    /// rows here, so that every notice the relay writes follows it.
    static Expected<QString> enqueue(QSqlDatabase& db, DsnInput input, qint64 agentId,
                                     const QString& agentName);

private:
    /// Applies the original message's DSN parameters to input: drops the recipients whose NOTIFY asks for
    /// no notice of this kind, sets their Original-Recipient, the ENVID and RET=FULL.
    static Status followRequest(QSqlDatabase& db, DsnInput& input);
};

} // namespace RelayDesk

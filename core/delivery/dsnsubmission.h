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
    /// cannot loop (RFC 3464 2, RFC 5321 6.1).
    static Expected<QString> enqueue(QSqlDatabase& db, const DsnInput& input, qint64 agentId,
                                     const QString& agentName);
};

} // namespace RelayDesk

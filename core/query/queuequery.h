#pragma once

#include "core/query/logfilter.h"
#include "core/query/queuerow.h"
#include "core/util/expected.h"

#include <QList>

namespace RelayDesk {

/// Reads the queue (messages with recipients still queued or deferred) a page at a time. Read-only; run it on
/// a worker thread with that thread's own connection (contract 6).
class QueueQuery final
{
public:
    /// Columns in the order the Queue view shows them; LogFilter::sortColumn is one of these.
    enum Column
    {
        Received,
        Agent,
        Sender,
        Recipients,
        Subject,
        State,
        Attempts,
        NextAttempt,
        LastReply,
        ColumnCount
    };

    explicit QueueQuery(QString dataDir);

    Expected<QList<QueueRow>> page(const LogFilter& filter, int offset, int limit) const;

private:
    QString m_dataDir;
};

} // namespace RelayDesk

#pragma once

#include "core/query/deliverylogrow.h"
#include "core/query/logfilter.h"
#include "core/util/expected.h"

#include <QList>

namespace RelayDesk {

/// Reads the delivery log (one row per recipient) a page at a time. Read-only; uses the calling thread's
/// own connection, so run it on a worker thread, never on the GUI thread (contract 6).
class DeliveryLogQuery final
{
public:
    /// Columns in the order the Delivery Logs view shows them; LogFilter::sortColumn is one of these.
    enum Column
    {
        Received,
        Agent,
        Sender,
        Recipient,
        Subject,
        State,
        Attempts,
        Updated,
        LastReply,
        ColumnCount
    };

    explicit DeliveryLogQuery(QString dataDir);

    /// Rows [offset, offset + limit): for small results and scripts (OFFSET re-reads the skipped rows).
    Expected<QList<DeliveryLogRow>> page(const LogFilter& filter, int offset, int limit) const;
    /// The limit rows that follow after (the last row of the previous page; nullptr: the first page), by
    /// keyset: WHERE (sort key, r.id) < (after's) ORDER BY sort key, r.id. Costs the same at row 1,000,000
    /// as at row 0.
    Expected<QList<DeliveryLogRow>> pageAfter(const LogFilter& filter, const DeliveryLogRow* after,
                                              int limit) const;
    /// The SQL and bound values pageAfter runs (for EXPLAIN QUERY PLAN in tests).
    static QString pageSql(const LogFilter& filter, bool keyset);
    Expected<int> count(const LogFilter& filter) const;
    /// Every attempt of one recipient, oldest first (empty while the attempts table does not exist).
    Expected<QList<DeliveryAttemptRow>> attempts(qint64 recipientId) const;

private:
    QString m_dataDir;
};

} // namespace RelayDesk

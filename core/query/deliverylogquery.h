#pragma once

#include "core/query/deliverylogrow.h"
#include "core/query/logfilter.h"
#include "core/util/expected.h"

#include <QList>
#include <QVariant>

namespace RelayDesk {

/// Reads the delivery log one row per recipient, a keyset page at a time. Read-only; uses the calling
/// thread's own connection, so run it on a worker thread, never on the GUI thread (docs/architecture.md, "the
/// GUI never waits" in docs/architecture.md).
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
        QueueId,
        Host, ///< the host of the latest attempt (not sortable: the natural order instead)
        ColumnCount
    };
    using Row = DeliveryLogRow;

    explicit DeliveryLogQuery(QString dataDir);

    /// The limit rows that follow after (the last row of the previous page; nullptr: the first page), by
    /// keyset: WHERE (sort key, r.id) < (after's) ORDER BY sort key, r.id. Newest first unless the filter
    /// sorts by a column.
    Expected<QList<DeliveryLogRow>> pageAfter(const LogFilter& filter, const DeliveryLogRow* after,
                                              int limit) const;
    /// The SQL pageAfter runs (for EXPLAIN QUERY PLAN in tests).
    static QString pageSql(const LogFilter& filter, bool keyset);
    /// How many rows match the filter (all of them, not a page).
    Expected<qint64> count(const LogFilter& filter) const;
    /// Every recipient of one message, in the order the message named them.
    Expected<QList<DeliveryLogRow>> ofMessage(qint64 messageId) const;
    /// A column's value in a row, as the listing sorts by it.
    static QVariant columnValue(const DeliveryLogRow& row, int column);

private:
    QString m_dataDir;
};

} // namespace RelayDesk

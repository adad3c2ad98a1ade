#pragma once

#include "core/insight/deliverylogrow.h"
#include "core/insight/logfilter.h"
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

    Expected<QList<DeliveryLogRow>> page(const LogFilter& filter, int offset, int limit) const;
    Expected<int> count(const LogFilter& filter) const;
    /// Every attempt of one recipient, oldest first (empty while the attempts table does not exist).
    Expected<QList<DeliveryAttemptRow>> attempts(qint64 recipientId) const;

private:
    QString m_dataDir;
};

} // namespace RelayDesk

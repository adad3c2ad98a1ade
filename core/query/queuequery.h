#pragma once

#include "core/query/logfilter.h"
#include "core/query/queuerow.h"
#include "core/util/expected.h"

#include <QList>
#include <QVariant>

namespace RelayDesk {

/// Reads the queue (messages with recipients still queued or deferred) a keyset page at a time, and one
/// message by its queue id. Read-only; run it on a worker thread with that thread's own connection
/// (docs/architecture.md, "the GUI never waits").
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
    using Row = QueueRow;

    explicit QueueQuery(QString dataDir);

    /// The limit messages that follow after (the last row of the previous page; nullptr: the first page), by
    /// keyset over (sort key, message id). Soonest due first unless the filter sorts by a column.
    Expected<QList<QueueRow>> pageAfter(const LogFilter& filter, const QueueRow* after, int limit) const;
    /// How many messages pageAfter lists under filter, over every page (the Queue page's count).
    Expected<qint64> count(const LogFilter& filter) const;
    /// How many recipients of these messages wait (queued or deferred), whatever a filter shows: what a
    /// bounce or a delete of the whole messages takes with it.
    Expected<qint64> pendingRecipients(const QList<qint64>& messageIds) const;
    /// How much waits now, for `relaydesk status` (a monitoring script read a healthy relay while 200
    /// messages waited: an outside tester). The relay's own notices are counted apart, as on the Dashboard.
    struct Depth
    {
        qint64 messages = 0;   ///< messages with a recipient queued or deferred, notices not counted
        qint64 recipients = 0; ///< their recipients that wait
        qint64 deferred = 0;   ///< of those, waiting for a retry after a temporary failure (not held)
        qint64 held = 0;       ///< of those, in held messages
        qint64 notices = 0;    ///< bounce and delay notices that wait
        qint64 oldestMs = 0;   ///< when the oldest waiting message (notices included) came; 0: none
    };
    Expected<Depth> depth() const;
    /// One message by queue id, pending or not (its pending recipients only in recipients and state).
    Expected<QueueRow> message(const QString& queueId) const;
    /// A pending recipient's last reply (PendingReply), for the Queue's details pane.
    struct PendingReply
    {
        QString address;
        int code = 0;
        QString enhanced;
        QString reply;
    };
    /// The pending recipients of a message with their last replies, in the order the message named them; at
    /// most limit of them.
    Expected<QList<PendingReply>> pendingReplies(qint64 messageId, int limit = 1000) const;
    /// A column's value in a row, as the listing sorts by it.
    static QVariant columnValue(const QueueRow& row, int column);
    static QString noSuchMessage(const QString& queueId);

private:
    QString m_dataDir;
};

} // namespace RelayDesk

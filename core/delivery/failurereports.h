#pragma once

#include "core/delivery/dsnbuilder.h"
#include "core/util/expected.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace RelayDesk {

/// One failure notice per message (RFC 3464 2.1: a DSN reports on the recipients of one message): the
/// failures of an attempt made while another attempt of the same message is under way wait in the store
/// (recipients.failure_report, messages.failures_held), and the attempt that ends last reports them with
/// its own. An outside tester's sender got two notices for one message that failed at two domains.
class FailureReports final
{
public:
    /// Whether an attempt other than the one being recorded delivers recipients of the message now: one of
    /// this node's (\a jobsHere, from the queue runner) or, on a shared store, another node's live lease.
    static Expected<bool> othersUnderWay(QSqlDatabase& db, qint64 messageId, const QString& node,
                                         qint64 nowMs, int jobsHere);
    /// The one decision of the recorders: while another attempt of the message is under way (othersUnderWay),
    /// \a failed is kept for its later notice and emptied; otherwise the failures held before (if
    /// \a failuresHeld) are taken and put first. What is left in \a failed is reported now.
    static Status gather(QSqlDatabase& db, qint64 messageId, bool failuresHeld, const QString& node,
                         qint64 nowMs, int jobsHere, QList<DsnRecipient>* failed);
    /// Keeps \a failed for the message's later notice.
    static Status hold(QSqlDatabase& db, qint64 messageId, const QList<DsnRecipient>& failed);
    /// The failures held for the message, in the order of its recipients; none are held afterwards.
    static Expected<QList<DsnRecipient>> take(QSqlDatabase& db, qint64 messageId);
    /// The messages that hold failures (a straggler's: its last attempt was recorded by another node at the
    /// same moment, or a node died while delivering it).
    static Expected<QList<qint64>> messagesHolding(QSqlDatabase& db);

    static QByteArray encode(const DsnRecipient& recipient);
    static DsnRecipient decode(const QByteArray& stored);
};

} // namespace RelayDesk

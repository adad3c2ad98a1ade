#pragma once

#include <QString>

namespace RelayDesk {

/// One queued message (with at least one recipient still to deliver), as the Queue view lists it.
struct QueueRow
{
    qint64 messageId = 0;
    QString queueId;
    QString agent;
    QString sender;
    QString subject;
    QString recipients; ///< the undelivered recipients, comma-separated
    int recipientCount = 0;
    QString state; ///< "held", "deferred" (some recipient failed temporarily) or "queued"
    int attempts = 0;
    qint64 receivedAt = 0;
    qint64 nextAttemptAt = 0;
    qint64 size = 0;
    int lastCode = 0;
    QString lastEnhanced;
    QString lastReply;
};

} // namespace RelayDesk

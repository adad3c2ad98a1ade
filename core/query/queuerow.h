#pragma once

#include "core/store/messagelease.h"

#include <QString>

namespace RelayDesk {

/// One message in the queue (with at least one recipient still to deliver): a row of the Queue view and of
/// `queue list`, and the message of `queue show`.
struct QueueRow : MessageLease
{
    qint64 messageId = 0;
    QString queueId;
    QString agent;
    bool agentDeleted = false; ///< the Mail Agent that handed the message over has been deleted since
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
    bool held = false;
    bool contentKept = true; ///< false once the body left the store (every recipient final)
};

} // namespace RelayDesk

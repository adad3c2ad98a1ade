#pragma once

#include "core/query/deliveryattemptrow.h"
#include "core/query/deliverylogrow.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace RelayDesk {

/// One message in full: its envelope, every recipient with its state, every delivery attempt with its
/// transcript, and the stored message while the store keeps it. The message viewer's data, and `queue show`.
struct MessageDetail
{
    qint64 messageId = 0;
    QString queueId;
    QString agent;
    bool agentDeleted = false; ///< the Mail Agent that handed the message over has been deleted since
    QString listener; ///< submission, smtps, lan; dsn for the relay's own notices; resend for a resent copy
    QString clientAddress;
    QString sender; ///< empty for the null reverse-path <>
    QString subject;
    QString acceptedNode;     ///< id of the node that accepted it ("" for the relay's own notices)
    QString acceptedNodeName; ///< its name in the nodes table ("" if unknown)
    qint64 size = 0;
    qint64 receivedAt = 0;
    qint64 finalAt = 0;   ///< when its last recipient became final (0 while any is pending)
    qint64 removedAt = 0; ///< when an administrator deleted it from the queue (0: not deleted)
    bool held = false;
    bool contentKept = false; ///< false once the body left the store (docs/reliability.md, "Retention")
    QByteArray content;       ///< the stored message (empty unless read and kept)
    QList<DeliveryLogRow> recipients;   ///< in the order the message named them
    QList<DeliveryAttemptRow> attempts; ///< oldest first, with transcripts

    /// True while some recipient is queued or deferred.
    bool pending() const
    {
        for (const DeliveryLogRow& recipient : recipients) {
            if (recipient.state == QLatin1String("queued") || recipient.state == QLatin1String("deferred"))
                return true;
        }
        return false;
    }

    /// True if an administrator's delete stopped some recipient (state 'deleted'); false if the delete came
    /// after every recipient was final and removed only the kept body.
    bool stoppedByDelete() const
    {
        for (const DeliveryLogRow& recipient : recipients) {
            if (recipient.state == QLatin1String("deleted"))
                return true;
        }
        return false;
    }
};

} // namespace RelayDesk

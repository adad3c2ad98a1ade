#pragma once

#include "core/query/deliveryattemptrow.h"
#include "core/query/deliverylogrow.h"
#include "core/store/messagelease.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace RelayDesk {

/// One message in full: its envelope, every recipient with its state, every delivery attempt with its
/// transcript, and the stored message while the store keeps it. The message viewer's data, and `queue show`.
/// Another message that carried the same Message-ID (RFC 5322 3.6.4): the same message handed over again.
struct SameMessage
{
    QString queueId;
    qint64 receivedAt = 0;
    QString listener; ///< "resend" for a copy an administrator resent
    QString clientAddress;
};

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
    MessageLease lease;       ///< the node holding a recipient of it now (a shared store only)
    qint64 size = 0;
    qint64 receivedAt = 0;
    qint64 finalAt = 0;   ///< when its last recipient became final (0 while any is pending)
    qint64 removedAt = 0; ///< when an administrator deleted it from the queue (0: not deleted)
    bool held = false;
    bool contentKept = false; ///< false once the body left the store (docs/reliability.md, "Retention")
    /// retention.bodies when read: the days the body stays after the last recipient is final (0: removed
    /// then, so a message still on its way can never be resent)
    int bodyKeptDays = 0;
    QByteArray content;      ///< the stored message (empty unless read and kept)
    QString messageIdHeader; ///< its Message-ID as written, "" for one stored before it was kept
    QString noticeOf; ///< of the relay's own notice: the queue id of the message it reports on ("" if none)
    /// Other messages with the same Message-ID received within a week of it, oldest first (at most 10):
    /// "the customer got it twice" is a submission twice, or a resend, not a delivery twice.
    QList<SameMessage> sameMessageId;
    /// The relay's own bounce and delay notices about this message, oldest first (their listener: "dsn").
    QList<SameMessage> notices;
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

#pragma once

#include <QString>

namespace RelayDesk {

/// One recipient of one message and where its delivery stands: a row of the Delivery Logs view, a pending
/// recipient of `queue list`, a recipient of `queue show`.
struct DeliveryLogRow
{
    qint64 recipientId = 0;
    qint64 messageId = 0;
    QString queueId;
    QString agent;
    QString sender;
    QString recipient;
    QString subject;
    QString state; ///< the recipient's state in the store: queued, deferred, delivered, bounced, suppressed,
                   ///< deleted
    int attempts = 0;
    qint64 receivedAt = 0;
    qint64 updatedAt = 0;
    qint64 nextAttemptAt = 0; ///< when it is due (meaningful while queued or deferred)
    int lastCode = 0;         ///< 0 before any attempt
    QString lastEnhanced;
    QString lastReply;
    QString lastHost;            ///< the host of the latest attempt ("" before any)
    bool contentKept = true;     ///< false once the body left the store (every recipient final)
    bool messageDeleted = false; ///< an administrator deleted the message from the queue
    bool agentDeleted = false;   ///< the Mail Agent that handed the message over has been deleted since
    bool held = false;           ///< its message is held
    QString
        noticeOf; ///< of the relay's own bounce or delay notice: the queue id of the message it reports on
    QString messageIdHeader; ///< its message's Message-ID (RFC 5322 3.6.4), "" when it had none

    /// The state as the Delivery Logs view and `queue list` show it: "held" while pending in a held message.
    QString shownState() const
    {
        const bool pending = state == QLatin1String("queued") || state == QLatin1String("deferred");
        return held && pending ? QStringLiteral("held") : state;
    }
};

} // namespace RelayDesk

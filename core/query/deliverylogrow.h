#pragma once

#include <QString>

namespace RelayDesk {

/// One recipient of one message, as the Delivery Logs view lists it.
struct DeliveryLogRow
{
    qint64 recipientId = 0;
    qint64 messageId = 0;
    QString queueId;
    QString agent;
    QString sender;
    QString recipient;
    QString subject;
    QString state;
    int attempts = 0;
    qint64 receivedAt = 0;
    qint64 updatedAt = 0;
    int lastCode = 0; ///< 0 before any attempt
    QString lastEnhanced;
    QString lastReply;
    bool contentKept = true; ///< false once the body left the store (every recipient final)
};

/// One delivery attempt of a recipient, for the details pane.
struct DeliveryAttemptRow
{
    qint64 at = 0;
    QString host;
    int code = 0;
    QString enhanced;
    QString reply;
    QString transcript;
};

} // namespace RelayDesk

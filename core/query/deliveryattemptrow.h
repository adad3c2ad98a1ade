#pragma once

#include <QString>

namespace RelayDesk {

/// One delivery attempt of one recipient (a delivery_attempts row): `log search`, the attempts of
/// `queue show`, and the details pane of the Delivery Logs view.
struct DeliveryAttemptRow
{
    qint64 id = 0;
    QString attemptKey; ///< shared by the recipients of one SMTP transaction
    qint64 messageId = 0;
    QString queueId;
    QString agent;
    bool agentDeleted = false; ///< the agent that handed the message over has been deleted since
    QString sender;
    qint64 recipientId = 0;
    QString recipient;
    QString status; ///< delivered, deferred, bounced, suppressed, deleted
    QString route;
    QString host;
    QString ip;
    int port = 0;
    qint64 startedAt = 0;
    qint64 durationMs = 0;
    QString tlsVersion;
    QString tlsCipher;
    int code = 0;
    QString enhanced;
    QString reply;
    QString sign;             ///< road sign: green, yellow, red
    QString node;             ///< id of the node that made the attempt ("" before nodes were recorded)
    QString nodeName;         ///< its name in the nodes table ("" if unknown)
    QString acceptedNode;     ///< id of the node that accepted the message ("" if unknown)
    QString acceptedNodeName; ///< its name
    QString transcript;
};

} // namespace RelayDesk

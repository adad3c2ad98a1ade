#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace RelayDesk {

/// What MAIL asked of the message's delivery status notifications (RFC 3461 4.3, 4.4).
struct DsnRequest
{
    QByteArray ret;   ///< "FULL", "HDRS", or empty when not given
    QByteArray envid; ///< xtext as the client sent it, or empty
};

/// A message the protocol has fully received and wants committed to the queue.
struct SubmittedMessage
{
    QString queueId;
    QByteArray sender; ///< empty for <>
    QList<QByteArray> recipients;
    DsnRequest dsn;
    QList<int> notify;       ///< NOTIFY of each recipient, same order (DsnParameters::Notify bits, 0: none)
    QList<QByteArray> orcpt; ///< ORCPT of each recipient, same order (empty: none)
    QByteArray content;      ///< the relay's Received: header followed by the message, CRLF line ends
    qint64 agentId = 0;
    QString agentName;
};

/// Why a commit failed: decides between 452 4.3.1 and 451 4.3.0.
enum class CommitFailure
{
    None,
    StorageFull,
    LocalError,
    StoreUnavailable, ///< the store's server went away: 451 4.3.0 as a local error, logged as what it is
    StoreLocked       ///< another program held the store's lock past the wait: 451 4.3.0, logged as such
};

} // namespace RelayDesk

#pragma once

#include <QCoreApplication>
#include <QString>

namespace RelayDesk {

/// What the window says of a queued message waiting for a node that took it and stopped answering
/// (docs/scaling.md, "Queue leases"), in the words of `queue list`: the Queue said plain "queued", and Retry
/// now failed with the reason behind Show Details (an outside tester).
class StrandedMessageText final
{
    Q_DECLARE_TR_FUNCTIONS(RelayDesk::StrandedMessageText)

public:
    /// The Queue's Status cell: "queued (node node1 stopped; taken again after ...)".
    static QString state(const QString& stateText, const QString& node, qint64 leaseExpiresMs);
    /// Why Retry now is greyed for it, and what frees it sooner.
    static QString whyNoRetry(const QString& queueId, const QString& node, qint64 leaseExpiresMs);
};

} // namespace RelayDesk

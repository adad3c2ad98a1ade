#pragma once

#include "core/delivery/deliveriesinflight.h"

#include <QHash>
#include <QString>

namespace RelayDesk {

/// The deliveries under way in the relay engine that runs on a data directory, for `queue list` and
/// `queue show`: the store does not say which recipients are being delivered right now (docs/operations.md,
/// "The queue").
class CliDeliveries
{
public:
    /// Asked over the control channel; empty when no engine runs or it does not answer within a second.
    static CliDeliveries of(const QString& dataDir);

    /// The delivery under way to this recipient of this message, or nullptr.
    const DeliveryInFlight* find(const QString& queueId, const QString& recipient) const;
    /// The earliest delivery under way of this message, or nullptr.
    const DeliveryInFlight* first(const QString& queueId) const;

private:
    QHash<QString, QList<DeliveryInFlight>> m_byQueueId; ///< oldest first
};

} // namespace RelayDesk

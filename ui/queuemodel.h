#pragma once

#include "core/delivery/deliveriesinflight.h"
#include "core/query/queuequery.h"
#include "ui/keysettablemodel.h"

namespace RelayDesk {

/// The queue, one row per message with recipients still to deliver, loaded a page at a time off the GUI
/// thread. The last reply column is tinted with its road sign.
class QueueModel final : public KeysetTableModel<QueueQuery>
{
    Q_OBJECT
public:
    explicit QueueModel(QString dataDir, QObject* parent = nullptr);

    qint64 rowKey(int row) const override { return rowAt(row).messageId; }
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    /// With delivery turned off (delivery.enabled), no row promises a next attempt.
    void setDeliveryEnabled(bool enabled);
    bool deliveryEnabled() const { return m_deliveryEnabled; }
    /// With the relay of this computer stopped, no row promises a next attempt either.
    void setRelayRunning(bool running);
    bool relayRunning() const { return m_relayRunning; }
    /// The running engine's deliveries under way: their messages show "delivering" and since when (the store
    /// keeps their last state and a next attempt in the past until the outcome is recorded).
    void setDeliveries(const QList<DeliveryInFlight>& deliveries);
    /// The row's undelivered recipients, one address each (the listing joins them with ", ").
    static QStringList recipientsOf(const QueueRow& row);
    /// The earliest delivery under way of this message, or nullptr.
    const DeliveryInFlight* delivering(const QueueRow& row) const;
    /// Being delivered now: by this engine (delivering()), or, on a shared store, by the node whose lease on
    /// it has not run out (docs/scaling.md; an outside tester's Queue showed another node's deliveries as
    /// waiting).
    bool underWay(const QueueRow& row) const;
    /// On a shared store, the node that took the message and stopped answering: nobody delivers it, and Retry
    /// now cannot, until that node's lease runs out (docs/scaling.md, "Queue leases"). Empty otherwise.
    QString waitingForNode(const QueueRow& row) const;

private:
    bool m_deliveryEnabled = true;
    bool m_relayRunning = true;
    QHash<QString, DeliveryInFlight> m_delivering; ///< by queue id, the earliest of each message
};

} // namespace RelayDesk

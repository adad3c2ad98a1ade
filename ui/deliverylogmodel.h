#pragma once

#include "core/delivery/deliveriesinflight.h"
#include "core/query/deliverylogquery.h"
#include "ui/keysettablemodel.h"

#include <QHash>

namespace RelayDesk {

/// The delivery log, one row per recipient, loaded a page at a time off the GUI thread. The last reply
/// column is tinted with its road sign.
class DeliveryLogModel final : public KeysetTableModel<DeliveryLogQuery>
{
    Q_OBJECT
public:
    explicit DeliveryLogModel(QString dataDir, QObject* parent = nullptr);

    static QStringList headers();
    /// The table's headers and the Message-ID: the first row of an export.
    static QStringList csvHeaders();
    static QStringList csvFields(const DeliveryLogRow& row);

    qint64 rowKey(int row) const override { return rowAt(row).recipientId; }
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// The deliveries the running relay has under way: their recipients show "delivering" (the store says
    /// "queued" until the outcome, and the Queue page said "delivering" beside it: an outside tester).
    void setDeliveries(const QList<DeliveryInFlight>& deliveries);
    /// When the relay took row's recipient for the delivery under way; 0 when none is.
    qint64 deliveringSince(const DeliveryLogRow& row) const;

private:
    QHash<QString, qint64> m_delivering; ///< "queue id|recipient" -> since (ms)
};

} // namespace RelayDesk

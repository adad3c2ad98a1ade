#pragma once

#include "core/query/deliverylogquery.h"
#include "ui/pagedtablemodel.h"

namespace RelayDesk {

/// The delivery log, one row per recipient, loaded a page at a time off the GUI thread. The last reply
/// column is tinted with its road sign.
class DeliveryLogModel final : public PagedTableModel
{
    Q_OBJECT
public:
    explicit DeliveryLogModel(QString dataDir, QObject* parent = nullptr);

    const DeliveryLogRow& rowAt(int row) const { return m_rows.at(row); }
    static QStringList headers();
    static QStringList csvFields(const DeliveryLogRow& row);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    void requestPage(const LogFilter& filter, int offset, int limit, quint64 generation) override;
    void clearRows() override { m_rows.clear(); }
    int loadedRows() const override { return static_cast<int>(m_rows.size()); }

private:
    QList<DeliveryLogRow> m_rows;
};

} // namespace RelayDesk

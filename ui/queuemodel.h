#pragma once

#include "core/query/queuequery.h"
#include "ui/pagedtablemodel.h"

namespace RelayDesk {

/// The queue, one row per message with recipients still to deliver, loaded a page at a time off the GUI
/// thread. The last reply column is tinted with its road sign.
class QueueModel final : public PagedTableModel
{
    Q_OBJECT
public:
    explicit QueueModel(QString dataDir, QObject* parent = nullptr);

    const QueueRow& rowAt(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    void requestPage(const LogFilter& filter, int offset, int limit, quint64 generation) override;
    void clearRows() override { m_rows.clear(); }
    int loadedRows() const override { return static_cast<int>(m_rows.size()); }

private:
    QList<QueueRow> m_rows;
};

} // namespace RelayDesk

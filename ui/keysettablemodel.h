#pragma once

#include "ui/pagedtablemodel.h"
#include "ui/queryrunner.h"

#include <optional>

namespace RelayDesk {

/// A PagedTableModel over one core query (DeliveryLogQuery or QueueQuery): each page is read on the worker by
/// keyset, after the last row loaded, so that page 5,000 costs what page 1 costs.
template <typename Query> class KeysetTableModel : public PagedTableModel
{
public:
    using Row = typename Query::Row;

    KeysetTableModel(const QString& threadName, QString dataDir, QObject* parent)
        : PagedTableModel(threadName, std::move(dataDir), parent)
    {
    }

    const Row& rowAt(int row) const { return m_rows.at(row); }
    int rowCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
    }
    int columnCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : Query::ColumnCount;
    }

protected:
    void requestPage(const LogFilter& filter, int offset, int limit, quint64 generation) override
    {
        using Page = Expected<QList<Row>>;
        std::optional<Row> after;
        if (offset > 0 && offset <= m_rows.size())
            after = m_rows.at(offset - 1);
        runner()->template run<Page>(
            this,
            [dir = dataDir(), filter, after, limit, current = isCurrent(), generation]() {
                if (!current(generation))
                    return Page(QList<Row>()); // overtaken: dropped on arrival anyway
                return Query(dir).pageAfter(filter, after ? &*after : nullptr, limit);
            },
            [this, generation](Page page) { appendPage(generation, page, m_rows); });
    }
    void requestRefresh(const LogFilter& filter, int limit, quint64 generation) override
    {
        using Page = Expected<QList<Row>>;
        runner()->template run<Page>(
            this,
            [dir = dataDir(), filter, limit, current = isCurrent(), generation]() {
                if (!current(generation))
                    return Page(QList<Row>());
                return Query(dir).pageAfter(filter, nullptr, limit);
            },
            [this, generation, limit](Page page) { replaceRows(generation, limit, page, m_rows); });
    }
    void clearRows() override { m_rows.clear(); }
    int loadedRows() const override { return static_cast<int>(m_rows.size()); }

private:
    QList<Row> m_rows;
};

} // namespace RelayDesk

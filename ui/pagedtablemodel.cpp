#include "ui/pagedtablemodel.h"

#include "ui/queryrunner.h"

namespace RelayDesk {

PagedTableModel::PagedTableModel(const QString& threadName, QString dataDir, QObject* parent)
    : QAbstractTableModel(parent), m_dataDir(std::move(dataDir))
{
    m_runner = new QueryRunner(threadName, m_dataDir, this);
}

PagedTableModel::~PagedTableModel()
{
    // Join the worker before the rows it may still deliver to are destroyed.
    delete m_runner;
    m_runner = nullptr;
}

void PagedTableModel::setFilter(const LogFilter& filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    reload();
}

void PagedTableModel::reload()
{
    beginResetModel();
    m_latest->store(++m_generation);
    clearRows();
    m_loading = false;
    m_exhausted = false;
    m_refreshPending = false;
    endResetModel();
    Q_EMIT reloaded();
    fetchMore({});
}

void PagedTableModel::refresh()
{
    if (m_loading) {
        m_refreshPending = true;
        return;
    }
    m_loading = true;
    requestRefresh(m_filter, qBound(m_pageSize, loadedRows(), qMax(m_pageSize, maxRefreshRows)),
                   m_generation);
}

void PagedTableModel::refreshIfPending()
{
    if (m_refreshPending) {
        m_refreshPending = false;
        refresh();
    }
}

bool PagedTableModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_loading && !m_exhausted;
}

void PagedTableModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    m_loading = true;
    requestPage(m_filter, loadedRows(), m_pageSize, m_generation);
}

void PagedTableModel::sort(int column, Qt::SortOrder order)
{
    LogFilter filter = m_filter;
    filter.sortColumn = column;
    filter.sortOrder = order;
    setFilter(filter);
}

} // namespace RelayDesk

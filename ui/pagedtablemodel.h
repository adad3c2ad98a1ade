#pragma once

#include "core/query/logfilter.h"
#include "core/util/expected.h"

#include <QAbstractTableModel>

#include <atomic>
#include <functional>
#include <memory>

namespace RelayDesk {

class QueryRunner;

/// A table that loads its rows a page at a time on a worker thread as the view scrolls (canFetchMore /
/// fetchMore), so that a million-row log opens at once and the GUI thread never waits on SQLite. A filter or
/// sort change starts a new generation; pages of older generations that arrive late are dropped. refresh()
/// reads the loaded rows again in one query (live updates): the view keeps its place through
/// aboutToRefresh/refreshed (ViewStateKeeper).
class PagedTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    PagedTableModel(const QString& threadName, QString dataDir, QObject* parent = nullptr);
    ~PagedTableModel() override;

    void setFilter(const LogFilter& filter);
    const LogFilter& filter() const { return m_filter; }
    /// Forgets the loaded rows and loads the first page again (a new filter: selection and place are gone).
    void reload();
    /// Reads the rows loaded so far (at least a page, at most maxRefreshRows) again with the same filter, and
    /// replaces them in one reset between aboutToRefresh and refreshed. While a page or a refresh is being
    /// read, one more refresh follows it, so that calls coalesce.
    void refresh();
    /// The identity of a row across reloads (recipient id, message id).
    virtual qint64 rowKey(int row) const = 0;
    static constexpr int maxRefreshRows = 10000;
    void setPageSize(int rows) { m_pageSize = rows; }
    bool isLoading() const { return m_loading; }
    const QString& dataDir() const { return m_dataDir; }

    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    void sort(int column, Qt::SortOrder order) override;

Q_SIGNALS:
    void pageLoaded(int rowsInPage);
    void loadFailed(const QString& error);
    /// After reload(): the rows were forgotten (a new filter or sort), no selection is kept.
    void reloaded();
    /// Around the reset of refresh(): save the view's place before, restore it after.
    void aboutToRefresh();
    void refreshed();

protected:
    /// Starts loading rows [offset, offset + limit) with filter on the worker; the result must come back
    /// through appendPage() with the same generation.
    virtual void requestPage(const LogFilter& filter, int offset, int limit, quint64 generation) = 0;
    /// Starts reading the first limit rows with filter; the result must come back through replaceRows().
    virtual void requestRefresh(const LogFilter& filter, int limit, quint64 generation) = 0;
    virtual void clearRows() = 0;
    virtual int loadedRows() const = 0;
    QueryRunner* runner() const { return m_runner; }
    /// Whether generation is still the latest; safe to call on the worker, so that queued requests that a
    /// newer filter or sort overtook are skipped instead of run.
    std::function<bool(quint64)> isCurrent() const
    {
        return [latest = m_latest](quint64 generation) { return latest->load() == generation; };
    }

    template <typename Row>
    void appendPage(quint64 generation, const Expected<QList<Row>>& page, QList<Row>& rows)
    {
        if (generation != m_generation)
            return;
        if (!page) {
            m_loading = false;
            m_exhausted = true;
            Q_EMIT loadFailed(page.error());
            return;
        }
        m_exhausted = page->size() < m_pageSize;
        // Still "loading" while the rows go in: a view that asks for more from rowsAboutToBeInserted must
        // not request the same offset again.
        if (!page->isEmpty()) {
            const int first = static_cast<int>(rows.size());
            beginInsertRows({}, first, first + static_cast<int>(page->size()) - 1);
            rows.append(page.value());
            endInsertRows();
        }
        m_loading = false;
        Q_EMIT pageLoaded(static_cast<int>(page->size()));
        refreshIfPending();
    }

    template <typename Row>
    void replaceRows(quint64 generation, int limit, const Expected<QList<Row>>& page, QList<Row>& rows)
    {
        if (generation != m_generation)
            return;
        m_loading = false;
        if (!page) {
            Q_EMIT loadFailed(page.error()); // the rows shown stay
        } else {
            Q_EMIT aboutToRefresh();
            beginResetModel();
            rows = page.value();
            m_exhausted = page->size() < limit;
            endResetModel();
            Q_EMIT refreshed();
            Q_EMIT pageLoaded(static_cast<int>(page->size()));
        }
        refreshIfPending();
    }

private:
    void refreshIfPending();

    QString m_dataDir;
    QueryRunner* m_runner = nullptr;
    LogFilter m_filter;
    quint64 m_generation = 0;
    std::shared_ptr<std::atomic<quint64>> m_latest = std::make_shared<std::atomic<quint64>>(0);
    int m_pageSize = 200;
    bool m_loading = false;
    bool m_exhausted = false;
    bool m_refreshPending = false;
};

} // namespace RelayDesk

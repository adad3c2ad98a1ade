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
/// sort change starts a new generation; pages of older generations that arrive late are dropped.
class PagedTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    PagedTableModel(const QString& threadName, QString dataDir, QObject* parent = nullptr);
    ~PagedTableModel() override;

    void setFilter(const LogFilter& filter);
    const LogFilter& filter() const { return m_filter; }
    /// Forgets the loaded rows and loads the first page again.
    void reload();
    void setPageSize(int rows) { m_pageSize = rows; }
    bool isLoading() const { return m_loading; }
    const QString& dataDir() const { return m_dataDir; }

    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    void sort(int column, Qt::SortOrder order) override;

Q_SIGNALS:
    void pageLoaded(int rowsInPage);
    void loadFailed(const QString& error);

protected:
    /// Starts loading rows [offset, offset + limit) with filter on the worker; the result must come back
    /// through appendPage() with the same generation.
    virtual void requestPage(const LogFilter& filter, int offset, int limit, quint64 generation) = 0;
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
    }

private:
    QString m_dataDir;
    QueryRunner* m_runner = nullptr;
    LogFilter m_filter;
    quint64 m_generation = 0;
    std::shared_ptr<std::atomic<quint64>> m_latest = std::make_shared<std::atomic<quint64>>(0);
    int m_pageSize = 200;
    bool m_loading = false;
    bool m_exhausted = false;
};

} // namespace RelayDesk

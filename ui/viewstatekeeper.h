#pragma once

#include <QObject>
#include <QSet>

class QTableView;

namespace RelayDesk {

class PagedTableModel;

/// Keeps a table view's place across PagedTableModel::refresh(): the selected rows and the current row by
/// their keys (rows that are gone drop out), and the scroll position. A view scrolled to the top stays at the
/// top, so new rows come into sight, unless a row selected there is in sight; one scrolled down, or with a
/// selected row in sight, keeps the same row at the top.
class ViewStateKeeper final : public QObject
{
    Q_OBJECT
public:
    ViewStateKeeper(QTableView* view, PagedTableModel* model);

private:
    void save();
    void restore();

    QTableView* m_view;
    PagedTableModel* m_model;
    QSet<qint64> m_selected;
    qint64 m_current = 0;
    int m_currentColumn = 0;
    bool m_hasCurrent = false;
    qint64 m_top = 0;
    bool m_atTop = true;
    int m_vertical = 0;
    int m_horizontal = 0;
};

} // namespace RelayDesk

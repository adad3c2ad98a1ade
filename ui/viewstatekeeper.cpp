#include "ui/viewstatekeeper.h"

#include "ui/pagedtablemodel.h"

#include <QRect>
#include <QScrollBar>
#include <QTableView>

namespace RelayDesk {

ViewStateKeeper::ViewStateKeeper(QTableView* view, PagedTableModel* model)
    : QObject(view), m_view(view), m_model(model)
{
    connect(model, &PagedTableModel::aboutToRefresh, this, &ViewStateKeeper::save);
    connect(model, &PagedTableModel::refreshed, this, &ViewStateKeeper::restore);
}

void ViewStateKeeper::save()
{
    m_selected.clear();
    for (const QModelIndex& index : m_view->selectionModel()->selectedRows())
        m_selected.insert(m_model->rowKey(index.row()));
    const QModelIndex current = m_view->currentIndex();
    m_hasCurrent = current.isValid();
    m_current = m_hasCurrent ? m_model->rowKey(current.row()) : 0;
    m_currentColumn = m_hasCurrent ? current.column() : 0;
    m_vertical = m_view->verticalScrollBar()->value();
    m_horizontal = m_view->horizontalScrollBar()->value();
    // At the top the view follows new rows into sight, unless a person has picked a row in sight there: the
    // rows then stay where they are, so that the row clicked is still under the mouse (an outside tester's
    // click on a red row selected a green one a second later, and the selection slid out of view).
    bool pickedInSight = false;
    for (const QModelIndex& index : m_view->selectionModel()->selectedRows()) {
        const QRect shown = m_view->visualRect(index);
        if (shown.isValid() && shown.bottom() >= 0 && shown.top() < m_view->viewport()->height())
            pickedInSight = true;
    }
    m_atTop = m_vertical == 0 && !pickedInSight;
    const int topRow = m_view->rowAt(0);
    m_top = topRow >= 0 ? m_model->rowKey(topRow) : 0;
}

void ViewStateKeeper::restore()
{
    QItemSelection selection;
    int currentRow = -1;
    int topRow = -1;
    const int lastColumn = m_model->columnCount() - 1;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const qint64 key = m_model->rowKey(row);
        if (m_selected.contains(key))
            selection.select(m_model->index(row, 0), m_model->index(row, lastColumn));
        if (m_hasCurrent && key == m_current)
            currentRow = row;
        if (!m_atTop && key == m_top)
            topRow = row;
    }
    QItemSelectionModel* selectionModel = m_view->selectionModel();
    if (currentRow >= 0)
        selectionModel->setCurrentIndex(m_model->index(currentRow, m_currentColumn),
                                        QItemSelectionModel::NoUpdate);
    if (!selection.isEmpty())
        selectionModel->select(selection, QItemSelectionModel::ClearAndSelect);
    // The scroll bars' ranges follow the new rows only once the view is laid out.
    m_view->doItemsLayout();
    if (m_atTop)
        m_view->verticalScrollBar()->setValue(0);
    else if (topRow >= 0)
        m_view->scrollTo(m_model->index(topRow, 0), QAbstractItemView::PositionAtTop);
    else
        m_view->verticalScrollBar()->setValue(m_vertical);
    m_view->horizontalScrollBar()->setValue(m_horizontal);
}

} // namespace RelayDesk

#include "ui/tablecolumns.h"

#include <QHeaderView>
#include <QMenu>
#include <QScrollBar>
#include <QSettings>
#include <QTableView>

namespace RelayDesk {

TableColumns::TableColumns(QTableView* view, QList<int> hiddenByDefault)
    : QObject(view), m_view(view), m_hiddenByDefault(std::move(hiddenByDefault))
{
    const QSettings preferences;
    QList<int> hidden = m_hiddenByDefault;
    // Saved as "3,7" (an empty text: every column shown), which reads back the same from any format.
    if (preferences.contains(settingsKey())) {
        hidden.clear();
        for (const QString& column :
             preferences.value(settingsKey()).toString().split(u',', Qt::SkipEmptyParts))
            hidden << column.toInt();
    }
    apply(hidden);

    QHeaderView* header = m_view->horizontalHeader();
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    header->setToolTip(tr("Right-click to choose the columns"));
    connect(header, &QWidget::customContextMenuRequested, this, [this, header](const QPoint& at) {
        QMenu menu(header);
        fillMenu(&menu);
        menu.exec(header->mapToGlobal(at));
    });
}

void TableColumns::restoreDefaults()
{
    QSettings().remove(settingsKey());
    apply(m_hiddenByDefault);
}

void TableColumns::fillMenu(QMenu* menu)
{
    const QAbstractItemModel* model = m_view->model();
    const QHeaderView* header = m_view->horizontalHeader();
    const int shownCount = model->columnCount() - header->hiddenSectionCount();
    // In the order the person sees them, which is not the model's where a column was moved.
    for (int visual = 0; visual < model->columnCount(); ++visual) {
        const int column = header->logicalIndex(visual);
        QAction* action = menu->addAction(model->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        action->setEnabled(header->isSectionHidden(column) || shownCount > 1);
        connect(action, &QAction::toggled, this, [this, column](bool shown) { setShown(column, shown); });
    }
    menu->addSeparator();
    connect(menu->addAction(tr("Default columns")), &QAction::triggered, this,
            &TableColumns::restoreDefaults);
}

void TableColumns::apply(const QList<int>& hidden)
{
    const int count = m_view->model()->columnCount();
    // A saved choice that hides every column (or names none that exist) would leave an empty table.
    bool anyShown = false;
    for (int column = 0; column < count; ++column)
        anyShown = anyShown || !hidden.contains(column);
    for (int column = 0; column < count; ++column)
        m_view->setColumnHidden(column, anyShown && hidden.contains(column));
}

void TableColumns::setShown(int column, bool shown)
{
    m_view->setColumnHidden(column, !shown);
    save();
    // Once the view has laid the column out again (its scroll range is updated later).
    if (shown)
        QMetaObject::invokeMethod(
            this, [this, column] { bringIntoSight(column); }, Qt::QueuedConnection);
}

void TableColumns::bringIntoSight(int column)
{
    // A column shown again takes its old place, often past the right edge of a page that fits 1024x700: an
    // outside tester's shown column started out of sight. The view scrolls sideways to it, and only sideways.
    m_view->doItemsLayout(); // the scroll range as the column's width is now, not as it was when hidden
    QHeaderView* header = m_view->horizontalHeader();
    // Wider than the view (a list of every sender domain): narrowed to two thirds of it, so that it comes
    // into sight whole with its title; it showed "naines d'expédit", cut at both edges (an outside tester).
    if (const int room = m_view->viewport()->width(); header->sectionSize(column) > room && room > 0) {
        header->resizeSection(column, room * 2 / 3);
        m_view->doItemsLayout();
    }
    const int left = header->sectionPosition(column);
    const int right = left + header->sectionSize(column);
    const int shownFrom = header->offset();
    const int shownTo = shownFrom + m_view->viewport()->width();
    if (left >= shownFrom && right <= shownTo)
        return;
    // With rows, the row at the top stays the row at the top.
    if (const int top = m_view->rowAt(0); top >= 0) {
        m_view->scrollTo(m_view->model()->index(top, column), QAbstractItemView::EnsureVisible);
        return;
    }
    if (m_view->horizontalScrollMode() == QAbstractItemView::ScrollPerPixel) {
        m_view->horizontalScrollBar()->setValue(
            right - m_view->viewport()->width() > left ? left : right - m_view->viewport()->width());
        return;
    }
    // Per item: the scroll bar counts the visible sections before the first one shown.
    int hiddenBefore = 0;
    for (int visual = 0; visual < header->visualIndex(column); ++visual)
        hiddenBefore += header->isSectionHidden(header->logicalIndex(visual)) ? 1 : 0;
    m_view->horizontalScrollBar()->setValue(header->visualIndex(column) - hiddenBefore);
}

void TableColumns::save() const
{
    QStringList hidden;
    for (int column = 0; column < m_view->model()->columnCount(); ++column) {
        if (m_view->isColumnHidden(column))
            hidden << QString::number(column);
    }
    QSettings().setValue(settingsKey(), hidden.join(u','));
}

QString TableColumns::settingsKey() const
{
    return QStringLiteral("columns/%1/hidden").arg(m_view->objectName());
}

} // namespace RelayDesk

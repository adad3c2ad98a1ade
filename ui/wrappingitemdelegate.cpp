#include "ui/wrappingitemdelegate.h"

#include <QHeaderView>
#include <QTimer>
#include <QTreeView>

#include <algorithm>

namespace RelayDesk {

WrappingItemDelegate::WrappingItemDelegate(QTreeView* view) : QStyledItemDelegate(view), m_view(view)
{
    view->setItemDelegate(this);
    // Heights are kept per row: once a width changes, they are asked again (once per turn of the loop).
    connect(view->header(), &QHeaderView::sectionResized, this, [this]() {
        if (m_layoutPending)
            return;
        m_layoutPending = true;
        QTimer::singleShot(0, this, [this]() {
            m_layoutPending = false;
            m_view->doItemsLayout();
        });
    });
}

QSize WrappingItemDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem sized = option;
    int width = m_view->columnWidth(index.column());
    // The first column's cells are indented by their depth in the tree.
    if (index.column() == 0) {
        for (QModelIndex parent = index.parent(); parent.isValid(); parent = parent.parent())
            width -= m_view->indentation();
    }
    // The style wraps only within a valid rectangle: a height of at least one pixel too.
    if (width > 0)
        sized.rect = QRect(option.rect.topLeft(), QSize(width, std::max(option.rect.height(), 1)));
    return QStyledItemDelegate::sizeHint(sized, index);
}

QString WrappingItemDelegate::displayText(const QVariant& value, const QLocale& locale) const
{
    QString text = QStyledItemDelegate::displayText(value, locale);
    if (!m_keepNamesWhole)
        return text;
    // Unicode line breaking (UAX #14) allows a break after a hyphen and after a space: a word joiner after
    // the hyphen (LB11) and a no-break space before the note take those away; both are invisible.
    text.replace(QLatin1Char('-'), QStringLiteral("-\u2060"));
    text.replace(QStringLiteral(" ("), QStringLiteral("\u00a0("));
    return text;
}

} // namespace RelayDesk

#include "ui/middleelidingdelegate.h"

#include <QApplication>
#include <QFontMetrics>
#include <QStyle>

namespace RelayDesk {

QString MiddleElidingDelegate::fitted(const QString& text, const QString& head, const QFontMetrics& metrics,
                                      int width)
{
    if (metrics.horizontalAdvance(text) <= width)
        return text;
    if (head.isEmpty() || !text.startsWith(head))
        return metrics.elidedText(text, Qt::ElideMiddle, width);
    const QString rest = text.mid(head.size());
    const int room = width - metrics.horizontalAdvance(rest);
    if (room < metrics.horizontalAdvance(QStringLiteral("xx\u2026")))
        return metrics.elidedText(text, Qt::ElideMiddle, width);
    return metrics.elidedText(head, Qt::ElideRight, room) + rest;
}

void MiddleElidingDelegate::initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    option->textElideMode = Qt::ElideMiddle;
    const QString head = index.data(HeadRole).toString();
    if (head.isEmpty() || option->rect.width() <= 0)
        return;
    // The text's room in the cell: the cell less the style's margins on both sides.
    const QStyle* style = option->widget ? option->widget->style() : QApplication::style();
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, option, option->widget) + 1;
    option->text = fitted(option->text, head, option->fontMetrics, option->rect.width() - 2 * margin);
}

} // namespace RelayDesk

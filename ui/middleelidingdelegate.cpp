#include "ui/middleelidingdelegate.h"

namespace RelayDesk {

void MiddleElidingDelegate::initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    option->textElideMode = Qt::ElideMiddle;
}

} // namespace RelayDesk

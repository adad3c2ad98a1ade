#pragma once

#include <QStyledItemDelegate>

namespace RelayDesk {

/// Elides a cell's text in its middle, so that its end stays in view: the Queue's "grey-b1@customer.example
/// and 9 more" was cut to "grey-b1@custom…", and nothing in the row said that ten recipients wait (an outside
/// tester).
class MiddleElidingDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;
};

} // namespace RelayDesk

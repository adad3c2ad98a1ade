#pragma once

#include <QStyledItemDelegate>

class QFontMetrics;

namespace RelayDesk {

/// Elides a cell's text so that its end stays in view: the Queue's "grey-b1@customer.example and 9 more" was
/// cut to "grey-b1@custom…", and nothing in the row said that ten recipients wait (an outside tester). With
/// HeadRole (the part that may be cut, such as the first address) only that part is cut and the rest stays
/// whole: elided in the middle, German "… und 3 weitere" lost its count ("grey0@c…weitere").
class MiddleElidingDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    /// The leading part of the cell's text that may be cut (a QString).
    static constexpr int HeadRole = Qt::UserRole + 40;

    using QStyledItemDelegate::QStyledItemDelegate;

    /// text in width pixels: head (text's beginning) cut at its end, the rest kept whole; text elided in its
    /// middle when it does not begin with head or the rest alone is too wide.
    static QString fitted(const QString& text, const QString& head, const QFontMetrics& metrics, int width);

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;
};

} // namespace RelayDesk

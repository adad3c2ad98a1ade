#pragma once

#include <QStyledItemDelegate>

class QTreeView;

namespace RelayDesk {

/// Lets a tree view's rows grow to their wrapped text: QTreeView asks its delegate for a row's height
/// without the column's width, so a word-wrapped cell stayed one line high and its end was cut (an outside
/// tester's connection test in French). This delegate gives the column's width to that question, and lays
/// the rows out again when a column's width changes.
class WrappingItemDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    /// Installs itself on view; view must have word wrap on.
    explicit WrappingItemDelegate(QTreeView* view);

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    QTreeView* m_view;
    bool m_layoutPending = false;
};

} // namespace RelayDesk

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
    /// The cell's text as shown: with keepNamesWhole(), lines do not break at a hyphen, nor before a note in
    /// parentheses.
    QString displayText(const QVariant& value, const QLocale& locale) const override;
    /// For cells that list names (DKIM selectors, domains): a name is not broken inside ("rd20261207-" on one
    /// line and "rsa (grace period)" on the next, in an outside tester's Sender domains tab), nor parted from
    /// its note; the lines break between the entries of the list.
    void keepNamesWhole() { m_keepNamesWhole = true; }

private:
    QTreeView* m_view;
    bool m_layoutPending = false;
    bool m_keepNamesWhole = false;
};

} // namespace RelayDesk

#pragma once

#include <QList>
#include <QObject>

class QMenu;
class QTableView;

namespace RelayDesk {

/// Lets a person choose which of a table's columns are shown, from the header's context menu, and keeps the
/// choice across starts (under the view's object name); the model, the sort and the CSV export keep every
/// column.
class TableColumns final : public QObject
{
    Q_OBJECT

public:
    /// hiddenByDefault: the columns a new user does not see until they ask for them (so that the rest fit
    /// at 1024x700). A choice saved by an earlier start replaces it.
    TableColumns(QTableView* view, QList<int> hiddenByDefault);

    /// Shows the columns of a new user again, and forgets the saved choice.
    void restoreDefaults();

    /// The menu the header shows on a right click: one checkable entry per column, then "Default columns".
    /// The last shown column cannot be hidden.
    void fillMenu(QMenu* menu);

private:
    void apply(const QList<int>& hidden);
    void setShown(int column, bool shown);
    /// Scrolls the view sideways until the column is in sight.
    void bringIntoSight(int column);
    void save() const;
    QString settingsKey() const;

    QTableView* m_view;
    QList<int> m_hiddenByDefault;
};

} // namespace RelayDesk

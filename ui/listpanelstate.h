#pragma once

#include <QString>

class QLabel;
class QTreeWidget;

namespace RelayDesk {

/// The first column of a list's selected row, so that a rebuilt list can select the same row again; empty
/// when no row is selected.
QString selectedKey(const QTreeWidget* list);

/// A list's note for having no rows ("No address is locked out."): shown when the list is empty and the
/// status says nothing else, taken away once rows arrive; any other status text (an error, an action's
/// result) stays.
void showEmptyNote(QLabel* status, const QString& note, bool empty);

} // namespace RelayDesk

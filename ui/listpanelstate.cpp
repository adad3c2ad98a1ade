#include "ui/listpanelstate.h"

#include <QLabel>
#include <QTreeWidget>

namespace RelayDesk {

QString selectedKey(const QTreeWidget* list)
{
    const QList<QTreeWidgetItem*> selected = list->selectedItems();
    return selected.isEmpty() ? QString() : selected.first()->text(0);
}

void showEmptyNote(QLabel* status, const QString& note, bool empty)
{
    if (empty && status->text().isEmpty())
        status->setText(note);
    else if (!empty && status->text() == note)
        status->clear();
}

} // namespace RelayDesk

#include "ui/deletekey.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QPointer>
#include <QShortcut>

namespace RelayDesk {

void bindDeleteKey(QAbstractItemView* list, QAbstractButton* button)
{
    auto* shortcut = new QShortcut(QKeySequence::Delete, list);
    shortcut->setContext(Qt::WidgetShortcut);
    QObject::connect(shortcut, &QShortcut::activated, button, [button = QPointer<QAbstractButton>(button)]() {
        if (button && button->isEnabled() && button->isVisible())
            button->click();
    });
}

} // namespace RelayDesk

#include "ui/listenerdownnotice.h"
#include "ui/listenererrortext.h"
#include "ui/settingcatalog.h"

namespace RelayDesk {

ListenerDownNotice::ListenerDownNotice(QWidget* parent) : QLabel(parent)
{
    setObjectName(QStringLiteral("listenerDownNotice"));
    setWordWrap(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setStyleSheet(
        QStringLiteral("QLabel#listenerDownNotice { background: #fde8e8; border: 1px solid #d9534f; "
                       "color: #6b1111; padding: 4px; }"));
    hide();
}

void ListenerDownNotice::setListeners(const QList<ListenerStatus>& listeners)
{
    QStringList down;
    for (const ListenerStatus& listener : listeners) {
        if (listener.enabled && !listener.listening)
            down << tr("%1 is not listening on %2: %3")
                        .arg(SettingCatalog::listenerTitle(listener.name), listener.address,
                             ListenerErrorText::of(listener.error));
    }
    setText(down.join(QLatin1Char('\n')));
    setVisible(!down.isEmpty());
}

} // namespace RelayDesk

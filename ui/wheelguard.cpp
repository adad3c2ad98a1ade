#include "ui/wheelguard.h"

#include <QAbstractSpinBox>
#include <QComboBox>
#include <QEvent>
#include <QWidget>

namespace RelayDesk {

WheelGuard::WheelGuard(QWidget* root) : QObject(root)
{
    for (QComboBox* box : root->findChildren<QComboBox*>())
        guard(box);
    for (QAbstractSpinBox* spin : root->findChildren<QAbstractSpinBox*>())
        guard(spin);
}

void WheelGuard::guard(QWidget* field)
{
    // Qt::WheelFocus (a spin box's default) would take the focus on the wheel turn itself.
    field->setFocusPolicy(Qt::StrongFocus);
    field->installEventFilter(this);
}

bool WheelGuard::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Wheel && !static_cast<QWidget*>(watched)->hasFocus()) {
        // Ignored, the event goes on to the parents: the scroll area scrolls.
        event->ignore();
        return true;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace RelayDesk

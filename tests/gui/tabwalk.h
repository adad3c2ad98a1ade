#pragma once

#include <QApplication>
#include <QStringList>
#include <QTest>
#include <QWidget>

namespace RelayDesk::Test {

/// The order in which the keyboard reaches fields: starting in start, Tab is pressed presses times, and each
/// field (by its objectName) is listed when the focus first lands in it or in one of its children. Real key
/// presses, as a person uses the dialog: the focus chain alone would not show what Qt skips.
inline QStringList tabWalk(QWidget* window, QWidget* start, const QList<QWidget*>& fields, int presses = 30)
{
    QApplication::setActiveWindow(window);
    if (!QTest::qWaitForWindowActive(window))
        return {QStringLiteral("(the window never became active)")};
    start->setFocus(Qt::TabFocusReason);
    QStringList order;
    for (int i = 0; i <= presses; ++i) {
        QWidget* focused = QApplication::focusWidget();
        for (QWidget* field : fields) {
            if (focused && (field == focused || field->isAncestorOf(focused)) &&
                !order.contains(field->objectName()))
                order << field->objectName();
        }
        QTest::keyClick(focused ? focused : window, Qt::Key_Tab);
    }
    return order;
}

} // namespace RelayDesk::Test

#pragma once

#include <QAbstractButton>
#include <QAction>
#include <QGroupBox>
#include <QKeySequence>
#include <QLabel>
#include <QList>
#include <QMenuBar>
#include <QString>
#include <QTabBar>
#include <QWidget>

namespace RelayDesk::Test {

/// One Alt+letter a person can press in a window, and the text that underlines it.
struct Mnemonic
{
    QKeySequence key;
    QString text;
};

/// The mnemonics window offers now: those of its visible buttons, of labels with a buddy, group boxes, tabs
/// and the menu bar (a hidden widget's mnemonic does nothing, so two on different tabs do not collide).
inline QList<Mnemonic> visibleMnemonics(QWidget* window)
{
    QList<Mnemonic> found;
    const auto add = [&found](const QString& text) {
        if (const QKeySequence key = QKeySequence::mnemonic(text); !key.isEmpty())
            found.append({key, text});
    };
    for (QWidget* widget : window->findChildren<QWidget*>()) {
        if (!widget->isVisible() || widget->window() != window)
            continue;
        if (auto* button = qobject_cast<QAbstractButton*>(widget))
            add(button->text());
        else if (auto* label = qobject_cast<QLabel*>(widget); label && label->buddy())
            add(label->text());
        else if (auto* box = qobject_cast<QGroupBox*>(widget))
            add(box->title());
        else if (auto* tabs = qobject_cast<QTabBar*>(widget)) {
            for (int i = 0; i < tabs->count(); ++i)
                add(tabs->tabText(i));
        } else if (auto* bar = qobject_cast<QMenuBar*>(widget)) {
            for (QAction* menu : bar->actions())
                add(menu->text());
        }
    }
    return found;
}

/// The texts of window's other visible mnemonics that share text's key (empty: none).
inline QStringList mnemonicClashes(QWidget* window, const QString& text)
{
    const QKeySequence key = QKeySequence::mnemonic(text);
    QStringList clashes;
    bool self = false;
    for (const Mnemonic& other : visibleMnemonics(window)) {
        if (other.key != key)
            continue;
        if (other.text == text && !self)
            self = true; // the widget itself
        else
            clashes << other.text;
    }
    return clashes;
}

} // namespace RelayDesk::Test

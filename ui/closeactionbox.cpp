#include "ui/closeactionbox.h"

#include "ui/statustray.h"

namespace RelayDesk {

CloseActionBox::CloseActionBox(QWidget* parent) : QComboBox(parent)
{
    setObjectName(QStringLiteral("closeAction"));
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
    load();
}

void CloseActionBox::load()
{
    const bool tray = StatusTray::isAvailable();
    clear();
    for (const CloseAction::Choice choice : {CloseAction::KeepRunning, CloseAction::Quit, CloseAction::Ask})
        addItem(CloseAction::describe(choice, tray), static_cast<int>(choice));
    setCurrentIndex(findData(static_cast<int>(CloseAction::load(tray))));
}

void CloseActionBox::save() const
{
    CloseAction::save(choice());
}

CloseAction::Choice CloseActionBox::choice() const
{
    return static_cast<CloseAction::Choice>(currentData().toInt());
}

} // namespace RelayDesk

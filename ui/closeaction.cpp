#include "ui/closeaction.h"

#include <QCoreApplication>
#include <QSettings>

namespace RelayDesk {

namespace {

const QString choiceKey = QStringLiteral("ui/closeAction");
const QString legacyKey = QStringLiteral("ui/closeToTray");

} // namespace

CloseAction::Choice CloseAction::load(bool trayAvailable)
{
    const QSettings preferences;
    const QString stored = preferences.value(choiceKey).toString();
    if (stored == QLatin1String("keep"))
        return KeepRunning;
    if (stored == QLatin1String("quit"))
        return Quit;
    if (stored == QLatin1String("ask"))
        return Ask;
    if (!trayAvailable)
        return Ask;
    return preferences.value(legacyKey, true).toBool() ? KeepRunning : Quit;
}

void CloseAction::save(Choice choice)
{
    QSettings preferences;
    preferences.setValue(choiceKey, choice == KeepRunning ? QStringLiteral("keep")
                                    : choice == Quit      ? QStringLiteral("quit")
                                                          : QStringLiteral("ask"));
    preferences.remove(legacyKey);
}

QString CloseAction::describe(Choice choice, bool trayAvailable)
{
    switch (choice) {
    case KeepRunning:
        return trayAvailable
                   ? QCoreApplication::translate("RelayDesk::CloseAction",
                                                 "Keep the relay running in the tray")
                   : QCoreApplication::translate("RelayDesk::CloseAction",
                                                 "Keep the relay running, with the window minimized");
    case Quit:
        return QCoreApplication::translate("RelayDesk::CloseAction", "Quit RelayDesk and stop the relay");
    case Ask:
        break;
    }
    return QCoreApplication::translate("RelayDesk::CloseAction", "Ask each time");
}

} // namespace RelayDesk

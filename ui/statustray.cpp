#include "ui/statustray.h"

#include <QMenu>

namespace RelayDesk {

namespace {

std::optional<bool> availabilityOverride;

} // namespace

bool StatusTray::isAvailable()
{
    return availabilityOverride ? *availabilityOverride : QSystemTrayIcon::isSystemTrayAvailable();
}

void StatusTray::overrideAvailability(std::optional<bool> available)
{
    availabilityOverride = available;
}

StatusTray::StatusTray(QObject* parent) : QObject(parent)
{
    auto* menu = new QMenu;
    connect(this, &QObject::destroyed, menu, &QObject::deleteLater);
    menu->addAction(tr("Show RelayDesk"), this, &StatusTray::showWindowRequested);
    menu->addSeparator();
    m_quit = menu->addAction(tr("Quit (stops the relay)"), this, &StatusTray::quitRequested);
    m_icon.setContextMenu(menu);
    connect(&m_icon, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
            Q_EMIT showWindowRequested();
    });
    setLevel(Level::Red, tr("RelayDesk: starting"));
    m_icon.show();
}

void StatusTray::setRelayElsewhere(bool elsewhere)
{
    m_quit->setText(elsewhere ? tr("Quit (the relay keeps running)") : tr("Quit (stops the relay)"));
}

void StatusTray::setLevel(Level level, const QString& toolTip)
{
    m_level = level;
    static const char* const icons[] = {":/icons/tray-green.svg", ":/icons/tray-yellow.svg",
                                        ":/icons/tray-red.svg"};
    m_icon.setIcon(QIcon(QString::fromLatin1(icons[static_cast<int>(level)])));
    m_icon.setToolTip(toolTip);
}

void StatusTray::notify(const QString& title, const QString& message)
{
    m_icon.showMessage(title, message,
                       m_level == Level::Red ? QSystemTrayIcon::Critical : QSystemTrayIcon::Information);
}

} // namespace RelayDesk

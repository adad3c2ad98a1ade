#pragma once

#include <QObject>
#include <QSystemTrayIcon>

#include <optional>

class QAction;

namespace RelayDesk {

/// The tray icon: green when all is well, yellow with alerts, red when the relay is stopped or a listener is
/// down. Its menu shows the window or quits (which stops the relay and ends the process).
class StatusTray final : public QObject
{
    Q_OBJECT
public:
    enum class Level
    {
        Green,
        Yellow,
        Red
    };

    explicit StatusTray(QObject* parent = nullptr);

    void setLevel(Level level, const QString& toolTip);
    Level level() const { return m_level; }
    void notify(const QString& title, const QString& message);
    /// As WindowLifetime::setRelayElsewhere: the menu's Quit says whether it stops the relay.
    void setRelayElsewhere(bool elsewhere);
    /// Whether this desktop shows tray icons (GNOME, by default, does not).
    static bool isAvailable();
    /// Tests decide availability (the offscreen platform has no tray); std::nullopt asks the desktop again.
    static void overrideAvailability(std::optional<bool> available);

Q_SIGNALS:
    void showWindowRequested();
    void quitRequested();

private:
    QSystemTrayIcon m_icon;
    QAction* m_quit = nullptr;
    Level m_level = Level::Green;
};

} // namespace RelayDesk

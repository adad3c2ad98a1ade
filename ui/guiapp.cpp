#include "ui/guiapp.h"

#include "core/admin/admin.h"
#include "core/engine/enginecontrol.h"
#include "ui/enginelink.h"
#include "ui/mainwindow.h"
#include "ui/setupwizardlauncher.h"
#include "ui/statustray.h"
#include "ui/translations.h"
#include "ui/uiresources.h"
#include "ui/windowlifetime.h"

#include <QApplication>
#include <QMessageBox>
#include <QSettings>

namespace RelayDesk {

int runGui(int argc, char** argv, const QString& dataDir, const EngineFactory& makeEngine)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("RelayDesk"));
    QApplication::setApplicationName(QStringLiteral("RelayDesk"));
    QApplication::setDesktopFileName(QStringLiteral("org.relaydesk.RelayDesk"));
    initUiResources();
    installTranslators(&app, QLocale::system());
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/relaydesk.svg")));

    if (Status status = Admin::open(dataDir); !status) {
        QMessageBox::critical(nullptr, QApplication::translate("RelayDesk", "RelayDesk cannot start"),
                              QApplication::translate("RelayDesk", "The data directory %1 cannot be used: %2")
                                  .arg(dataDir, status.error()));
        return 1;
    }
    const std::unique_ptr<EngineControl> ownedEngine = makeEngine(dataDir);
    EngineControl& engine = *ownedEngine;
    MainWindow window(dataDir);
    StatusTray tray;
    const QSettings preferences;
    // Only Quit ends the application (WindowLifetime decides what closing the window does).
    QApplication::setQuitOnLastWindowClosed(false);
    WindowLifetime lifetime(&window, []() { QApplication::quit(); });
    lifetime.connectTray(&tray);
    EngineLink link(&engine, &window, &tray);
    QObject::connect(&app, &QApplication::aboutToQuit, &engine, [&engine]() { engine.stop(); });

    if (Status status = engine.start(); !status)
        QMessageBox::warning(&window, QApplication::translate("RelayDesk", "The relay did not start"),
                             status.error());
    if (!(StatusTray::isAvailable() &&
          preferences.value(QStringLiteral("ui/startMinimized"), false).toBool()))
        window.show();
    // First start: nothing set up yet (no Mail Agent, no certificate), so the setup wizard opens.
    window.setupWizard()->offerIfFresh();
    return app.exec();
}

} // namespace RelayDesk

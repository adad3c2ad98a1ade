#include "ui/guiapp.h"

#include "core/admin/admin.h"
#include "core/engine/enginecontrol.h"
#include "core/store/enginelock.h"
#include "ui/enginelink.h"
#include "ui/enginelockdialog.h"
#include "ui/mainwindow.h"
#include "ui/setupwizardlauncher.h"
#include "ui/statustray.h"
#include "ui/translations.h"
#include "ui/uiresources.h"
#include "ui/windowlifetime.h"

#include <QApplication>
#include <QMessageBox>
#include <QSettings>
#include <QTextStream>

namespace RelayDesk {

namespace {

/// When another engine runs on dataDir: says so on stderr and in a dialog, and returns true.
bool refuseSecondEngine(const QString& dataDir)
{
    const std::optional<EngineLockHolder> holder = EngineLock::holder(dataDir);
    if (!holder)
        return false;
    QTextStream(stderr) << "relaydesk: a " << holder->description() << " already runs on the data directory "
                        << dataDir << '\n';
    EngineLockDialog(dataDir, *holder).exec();
    return true;
}

} // namespace

int runGui(int argc, char** argv, const QString& dataDir, const EngineFactory& makeEngine)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("RelayDesk"));
    QApplication::setApplicationName(QStringLiteral("RelayDesk"));
    QApplication::setDesktopFileName(QStringLiteral("org.relaydesk.RelayDesk"));
    initUiResources();
    installTranslators(&app, QLocale::system());
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/relaydesk.svg")));

    // One engine per data directory: a window never starts a second one beside a service or another window.
    if (refuseSecondEngine(dataDir))
        return 1;
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

    if (Status status = engine.start(); !status) {
        if (refuseSecondEngine(dataDir)) // another engine started in the meantime
            return 1;
        QMessageBox::warning(&window, QApplication::translate("RelayDesk", "The relay did not start"),
                             status.error());
    }
    if (!(StatusTray::isAvailable() &&
          preferences.value(QStringLiteral("ui/startMinimized"), false).toBool()))
        window.show();
    // First start: nothing set up yet (no Mail Agent, no certificate), so the setup wizard opens.
    window.setupWizard()->offerIfFresh();
    return app.exec();
}

} // namespace RelayDesk

#include "ui/guiapp.h"

#include "core/admin/admin.h"
#include "core/engine/enginecontrol.h"
#include "core/query/logfilter.h"
#include "core/query/queuequery.h"
#include "core/store/datadirectory.h"
#include "core/store/enginelock.h"
#include "ui/enginehost.h"
#include "ui/enginelockdialog.h"
#include "ui/mainwindow.h"
#include "ui/setupwizardlauncher.h"
#include "ui/statustray.h"
#include "ui/storeerrortext.h"
#include "ui/translations.h"
#include "ui/uiresources.h"
#include "ui/windowlifetime.h"

#include <QApplication>
#include <QMessageBox>
#include <QSettings>
#include <QSocketNotifier>
#include <QTextStream>

#include <csignal>
#include <memory>
#include <pthread.h>
#include <sys/signalfd.h>
#include <unistd.h>

namespace RelayDesk {

int runGui(int argc, char** argv, const QString& dataDir, const EngineFactory& makeEngine)
{
    // SIGTERM (a logout, a shutdown, kill) and SIGINT end the window as Quit does: its relay stops cleanly,
    // frees its leases and notes the stop (an outside tester's killed window left its node "not responding"
    // with its mail held back). Blocked before any thread exists, read through a signalfd on the event loop,
    // as the service does (docs/reliability.md, "Stop signals").
    sigset_t stopping;
    sigemptyset(&stopping);
    sigaddset(&stopping, SIGTERM);
    sigaddset(&stopping, SIGINT);
    pthread_sigmask(SIG_BLOCK, &stopping, nullptr);
    const int stopDescriptor = ::signalfd(-1, &stopping, SFD_NONBLOCK | SFD_CLOEXEC);
    QApplication app(argc, argv);
    std::unique_ptr<QSocketNotifier> stopNotifier;
    if (stopDescriptor >= 0) {
        stopNotifier = std::make_unique<QSocketNotifier>(stopDescriptor, QSocketNotifier::Read);
        QObject::connect(stopNotifier.get(), &QSocketNotifier::activated, &app, [stopDescriptor]() {
            signalfd_siginfo received;
            while (::read(stopDescriptor, &received, sizeof received) == ssize_t(sizeof received)) {
            }
            // The window may be attached to the relay service, which goes on (an outside tester read "and
            // its relay" and looked for a stopped service).
            QTextStream(stderr) << "relaydesk: stop signal: closing the window (a relay running in it stops; "
                                   "the relay service, if the window shows it, keeps running)\n";
            // exit(), not quit(): quit() asks the windows to close, and a window may ask a question first.
            QCoreApplication::exit(0);
        });
    }
    QApplication::setOrganizationName(QStringLiteral("RelayDesk"));
    QApplication::setApplicationName(QStringLiteral("RelayDesk"));
    QApplication::setDesktopFileName(QStringLiteral("org.relaydesk.RelayDesk"));
    initUiResources();
    installTranslators(&app, QLocale::system());
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/relaydesk.svg")));

    // A mistyped --data-dir naming a directory of other files: no relay is made there (nor by the commands
    // and the service: docs/reliability.md, "What the twenty-eighth session's tester left open").
    if (DataDirectory::holdsOtherFiles(dataDir)) {
        QTextStream(stderr) << "relaydesk: " << DataDirectory::otherFilesProblem(dataDir) << '\n';
        QMessageBox::critical(
            nullptr, QApplication::translate("RelayDesk", "RelayDesk cannot start"),
            QApplication::translate("RelayDesk", "%1 is not a RelayDesk data directory: it holds other files "
                                                 "and no relay store. Check the path given with --data-dir: "
                                                 "a relay makes its store in a new or empty directory.")
                .arg(dataDir));
        return 1;
    }
    // A PostgreSQL server that does not answer is no reason to keep the window shut: exactly then the admin
    // needs it (an outside tester). Its pages say what they cannot read; the relay waits for the store.
    const Status opened = Admin::open(dataDir);
    if (Status status = opened; !status && !Admin::isStoreAway(status.error())) {
        // A reason that names the directory itself stands alone ("the data directory … is on a read-only file
        // system" inside "The data directory … cannot be used" said it twice: an outside tester).
        const QString why = StoreErrorText::of(status.error());
        // A store password its DBA changed: what to do, not only what happened (an outside tester's window
        // said that the server refused the password, and OK closed it).
        const QString remedy =
            status.error().contains(QLatin1String("refused the password"))
                ? QStringLiteral("\n\n") +
                      QApplication::translate(
                          "RelayDesk", "Give the new password with: relaydesk --data-dir %1 store use "
                                       "ADDRESS --password-stdin (relaydesk store show names the address).")
                          .arg(dataDir)
                : QString();
        QMessageBox::critical(nullptr, QApplication::translate("RelayDesk", "RelayDesk cannot start"),
                              (why.contains(dataDir)
                                   ? StoreErrorText::sentence(status.error())
                                   : QApplication::translate(
                                         "RelayDesk", "The store of the data directory %1 cannot be used: %2")
                                         .arg(dataDir, why)) +
                                  remedy);
        return 1;
    }
    MainWindow window(dataDir);
    StatusTray tray;
    const QSettings preferences;
    // Only Quit ends the application (WindowLifetime decides what closing the window does).
    QApplication::setQuitOnLastWindowClosed(false);
    WindowLifetime lifetime(&window, []() { QApplication::quit(); });
    lifetime.connectTray(&tray);
    // One engine per data directory: beside a running one (the relay service, another window) the window
    // attaches to it over its control channel; otherwise it runs its own.
    EngineHost host(dataDir, makeEngine, &window, &tray);
    lifetime.setWaitingMail([&host, dataDir]() -> qint64 {
        if (host.isAttached())
            return 0; // the relay service keeps delivering
        const Expected<qint64> waiting = QueueQuery(dataDir).count({});
        return waiting ? waiting.value() : 0;
    });
    QObject::connect(&app, &QApplication::aboutToQuit, &host, [&host]() { host.shutdown(); });
    lifetime.followEngineHost(&host, &tray);
    if (Status status = host.begin(); !status) {
        if (const std::optional<EngineLockHolder> holder = host.refusedBy()) {
            QTextStream(stderr) << "relaydesk: a " << holder->description()
                                << " already runs on the data directory " << dataDir
                                << ", and its control channel cannot be reached: " << status.error() << '\n';
            EngineLockDialog dialog(dataDir, *holder);
            dialog.setChannelError(status.error());
            dialog.exec();
            return 1;
        }
        QMessageBox::warning(&window, QApplication::translate("RelayDesk", "The relay did not start"),
                             host.waitsForStore()
                                 ? QApplication::translate(
                                       "RelayDesk", "%1. The relay starts by itself once the store answers; "
                                                    "until then the pages show what they can read.")
                                       .arg(StoreErrorText::sentence(status.error()))
                                 : StoreErrorText::sentence(status.error()));
    } else if (host.isAttached() && !host.engine()->isRunning()) {
        // The service's directory while the service is stopped (an outside tester read "attached to the relay
        // service (pid unknown)").
        QTextStream(stderr)
            << "relaydesk: the relay service on " << dataDir
            << " is not running; the window shows its data and relays nothing (start it: sudo "
               "systemctl start relaydesk)\n";
    } else if (host.isAttached()) {
        QTextStream(stderr) << "relaydesk: attached to the " << host.engine()->runner().description()
                            << " on the data directory " << dataDir << '\n';
    }
    if (!(StatusTray::isAvailable() &&
          preferences.value(QStringLiteral("ui/startMinimized"), false).toBool()))
        window.show();
    // First start: nothing set up yet (no Mail Agent, no certificate), so the setup wizard opens.
    window.setupWizard()->offerIfFresh();
    return app.exec();
}

} // namespace RelayDesk

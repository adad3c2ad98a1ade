// One engine, two faces (docs/control-channel.md): with `relaydesk --headless` running on a data directory,
// the window attaches to it over its control channel instead of starting a second engine. The window binds
// nothing, says "Relay service (pid N, since …)", shows a session opened by Python's smtplib, disconnects it,
// holds a queued message on the service's queue (checked with the command line), offers no restart of the
// service, and says so when the service goes away, then runs the relay itself on request.
#include "core/admin/agentadmin.h"
#include "core/control/remoteengine.h"
#include "core/engine/relayengine.h"
#include "core/store/database.h"
#include "core/store/enginelock.h"
#include "core/store/settings.h"
#include "tests/support/freelisteners.h"
#include "tests/support/processprobe.h"
#include "tests/support/tempdatadir.h"
#include "ui/dashboardpage.h"
#include "ui/enginehost.h"
#include "ui/mainwindow.h"
#include "ui/queueaction.h"
#include "ui/queuemodel.h"
#include "ui/queuepage.h"
#include "ui/restartbanner.h"
#include "ui/sessionsmodel.h"
#include "ui/sessionspage.h"
#include "ui/settingcatalog.h"
#include "ui/settingspage.h"
#include "ui/statustray.h"
#include "ui/windowlifetime.h"

#include <csignal>
#include <unistd.h>

#include <QAction>
#include <QApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QProcess>
#include <QProgressDialog>
#include <QPushButton>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSet>
#include <QStandardPaths>
#include <QTableView>
#include <QTcpSocket>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>

using namespace RelayDesk;
using RelayDesk::Test::listeningSocketsOf;
using RelayDesk::Test::waitForStderr;

namespace {

QString binary()
{
    return qEnvironmentVariable("RELAYDESK_BIN");
}

/// The window's own engine when no relay runs on its directory; made counts how many it made (if given).
EngineFactory ownEngine(int* made = nullptr)
{
    return [made](const QString& dir) -> std::unique_ptr<EngineControl> {
        if (made)
            ++*made;
        return std::make_unique<RelayEngine>(dir, EngineFace::Window);
    };
}

/// Runs the command line on the data directory; returns its standard output (empty on failure).
QByteArray cli(const QString& dataDir, const QStringList& args)
{
    QProcess process;
    process.start(binary(),
                  QStringList{QStringLiteral("--data-dir"), dataDir, QStringLiteral("--json")} + args);
    if (!process.waitForFinished(60000) || process.exitCode() != 0) {
        qWarning("cli %s: %s", qPrintable(args.join(QLatin1Char(' '))),
                 process.readAllStandardError().constData());
        return {};
    }
    return process.readAllStandardOutput();
}

/// A Python smtplib client that keeps its session open until its standard input closes. Prints its local
/// port first; with a credential it also submits one message and prints the reply's last line.
const char* smtplibClient = R"(
import smtplib, ssl, sys
port, user, password = int(sys.argv[1]), sys.argv[2], sys.argv[3]
client = smtplib.SMTP("127.0.0.1", port, timeout=30)
client.ehlo("attached-window-test")
print(client.sock.getsockname()[1], flush=True)
if user:
    context = ssl.create_default_context()
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE
    client.starttls(context=context)
    client.login(user, password)
    client.sendmail("app@example.com", ["held@example.net"], b"Subject: hold me\r\n\r\nbody\r\n")
    print("sent", flush=True)
sys.stdin.read()
try:
    client.quit()
except Exception as error:
    print("closed:", error, flush=True)
)";

} // namespace

class TestAttachedWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void windowAttachesToTheService();
    void quietSessionsShowOnceAttached();
    void startHereRefusesAMovedDataDirectory();
    void unreachableChannelIsAClearFailure();
    void startHereOnTheServicesDirectoryAsksFirst();
    void aServiceThatHangsIsSaid();
    void aWindowStartedWhileTheLastOneStopsWaits();

private:
    std::unique_ptr<Test::TempDataDir> m_dir;
    QProcess m_service;
    int m_submissionPort = 0;
};

void TestAttachedWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    StatusTray::overrideAvailability(false);
}

void TestAttachedWindow::init()
{
    QVERIFY2(!binary().isEmpty(), "RELAYDESK_BIN is not set (ctest sets it)");
    m_dir = std::make_unique<Test::TempDataDir>();
    QVERIFY(m_dir->isValid());
    Settings settings(m_dir->path());
    m_submissionPort = Test::listenOnFreePorts(settings);
    QVERIFY(m_submissionPort != 0);
    QVERIFY(settings.set(QStringLiteral("delivery.enabled"), QStringLiteral("false")).ok());
    Database::releaseThreadConnection(m_dir->path());
    m_service.setProcessChannelMode(QProcess::SeparateChannels);
    m_service.start(binary(), {QStringLiteral("--headless"), QStringLiteral("--data-dir"), m_dir->path()});
    QVERIFY(m_service.waitForStarted());
    const QString said = waitForStderr(m_service, QStringLiteral("lan listening on"), 30000);
    QVERIFY2(said.contains(QStringLiteral("lan listening on")), qPrintable(said));
}

void TestAttachedWindow::cleanup()
{
    if (m_service.state() != QProcess::NotRunning) {
        m_service.terminate();
        QVERIFY(m_service.waitForFinished(30000));
    }
    m_dir.reset();
}

void TestAttachedWindow::windowAttachesToTheService()
{
    const QJsonObject created =
        QJsonDocument::fromJson(
            cli(m_dir->path(), {QStringLiteral("agent"), QStringLiteral("create"), QStringLiteral("erp"),
                                QStringLiteral("--allow-ip"), QStringLiteral("127.0.0.1"),
                                QStringLiteral("--sender-domain"), QStringLiteral("example.com")}))
            .object();
    const QJsonObject credential = created.contains(QStringLiteral("credential"))
                                       ? created.value(QStringLiteral("credential")).toObject()
                                       : created;
    QVERIFY2(!credential.value(QStringLiteral("username")).toString().isEmpty(),
             QJsonDocument(created).toJson().constData());

    MainWindow window(m_dir->path());
    StatusTray tray;
    int ownEngines = 0;
    EngineHost host(m_dir->path(), ownEngine(&ownEngines), &window, &tray);
    const Status begun = host.begin();
    QVERIFY2(begun.ok(), qPrintable(begun.error()));
    window.resize(1024, 700);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    // Attached: no engine of its own, nothing bound in this process, the service's ports untouched.
    QVERIFY(host.isAttached());
    QCOMPARE(ownEngines, 0);
    QVERIFY(host.engine()->isRemote());
    QVERIFY(host.engine()->isRunning());
    QCOMPARE(host.engine()->runner().pid, m_service.processId());
    QCOMPARE(listeningSocketsOf(QCoreApplication::applicationPid()), 0);
    QCOMPARE(listeningSocketsOf(m_service.processId()), 3);
    auto* origin = window.findChild<QLabel*>(QStringLiteral("engineOrigin"));
    QVERIFY(origin);
    QVERIFY2(
        origin->text().startsWith(QStringLiteral("Relay service (pid %1, since ").arg(m_service.processId())),
        qPrintable(origin->text()));
    QVERIFY(origin->isVisible());
    auto* startHere = window.findChild<QPushButton*>(QStringLiteral("startRelayHere"));
    QVERIFY(startHere);
    QVERIFY(!startHere->isVisible());
    QCOMPARE(EngineLock::holder(m_dir->path())->pid, m_service.processId());
    // Quit ends only this window: its words said "stops the relay" while the service went on (an outside
    // tester).
    {
        WindowLifetime lifetime(&window, [] {});
        lifetime.followEngineHost(&host, &tray);
        auto* quit = window.findChild<QAction*>(QStringLiteral("quitAction"));
        QVERIFY(quit);
        QCOMPARE(quit->text(), QStringLiteral("&Quit (the relay keeps running)"));
        window.setCloseFilter({}); // the lifetime ends here; the window's close must not call it
    }

    // A session opened by smtplib shows on the Live Sessions page, pushed by the service.
    window.showPage(MainWindow::Sessions);
    QProcess idle;
    idle.start(QStringLiteral("/usr/bin/python3"), {QStringLiteral("-c"), QString::fromLatin1(smtplibClient),
                                                    QString::number(m_submissionPort), QString(), QString()});
    QVERIFY(idle.waitForStarted());
    QVERIFY(idle.waitForReadyRead(30000));
    const QString idlePort = QString::fromLatin1(idle.readLine()).trimmed();
    QVERIFY2(idlePort.toInt() > 0,
             qPrintable(idlePort + QString::fromLocal8Bit(idle.readAllStandardError())));
    const QString idleClient = QStringLiteral("127.0.0.1:%1").arg(idlePort);
    SessionsPage* sessions = window.sessionsPage();
    auto rowOf = [sessions](const QString& client) {
        for (int row = 0; row < sessions->model()->rowCount(); ++row) {
            if (sessions->model()->sessionAt(row).client == client)
                return row;
        }
        return -1;
    };
    QTRY_VERIFY_WITH_TIMEOUT(rowOf(idleClient) >= 0, 10000);
    QCOMPARE(sessions->model()->sessionAt(rowOf(idleClient)).listener, QStringLiteral("submission"));

    // Disconnect (confirmed) ends it in the service.
    sessions->view()->selectRow(rowOf(idleClient));
    QVERIFY(sessions->disconnectButton()->isEnabled());
    QTest::mouseClick(sessions->disconnectButton(), Qt::LeftButton);
    QMessageBox* box = nullptr;
    for (int i = 0; i < 200 && !box; ++i) {
        box = sessions->findChild<QMessageBox*>(QStringLiteral("confirmDisconnect"));
        if (!box)
            QTest::qWait(20);
    }
    QVERIFY(box);
    for (QAbstractButton* button : box->buttons()) {
        if (box->buttonRole(button) == QMessageBox::DestructiveRole)
            QTest::mouseClick(button, Qt::LeftButton);
    }
    QTRY_VERIFY_WITH_TIMEOUT(sessions->model()->sessionAt(rowOf(idleClient)).endedMs > 0, 10000);
    idle.closeWriteChannel();
    QVERIFY(idle.waitForFinished(30000));

    // A message submitted to the service, held from the window's Queue page, is held in the service's queue.
    QProcess sender;
    sender.start(QStringLiteral("/usr/bin/python3"),
                 {QStringLiteral("-c"), QString::fromLatin1(smtplibClient), QString::number(m_submissionPort),
                  credential.value(QStringLiteral("username")).toString(),
                  credential.value(QStringLiteral("password")).toString()});
    QVERIFY(sender.waitForStarted());
    QDeadlineTimer deadline(30000);
    QByteArray senderSaid;
    while (!senderSaid.contains("sent") && !deadline.hasExpired() && sender.state() == QProcess::Running) {
        sender.waitForReadyRead(100);
        senderSaid += sender.readAllStandardOutput();
    }
    QVERIFY2(senderSaid.contains("sent"), QByteArray(senderSaid + sender.readAllStandardError()).constData());
    sender.closeWriteChannel();
    QVERIFY(sender.waitForFinished(30000));

    window.showPage(MainWindow::Queue);
    QueuePage* queue = window.queuePage();
    QTRY_VERIFY_WITH_TIMEOUT(queue->model()->rowCount() == 1 && !queue->model()->isLoading(), 10000);
    const QString queueId = queue->model()->rowAt(0).queueId;
    queue->view()->selectRow(0);
    QTRY_COMPARE(queue->selectedQueueIds(), QStringList{queueId});
    auto* hold = queue->findChild<QPushButton*>(QStringLiteral("action%1").arg(int(QueueAction::Hold)));
    QVERIFY(hold);
    QTest::mouseClick(hold, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(queue->details()->toPlainText().contains(QStringLiteral("On hold")), 10000);
    const QJsonObject shown = QJsonDocument::fromJson(cli(m_dir->path(), {QStringLiteral("queue"),
                                                                          QStringLiteral("show"), queueId}))
                                  .object();
    QVERIFY2(QJsonDocument(shown).toJson().contains("\"held\""), QJsonDocument(shown).toJson().constData());

    // A credential revoked through the admin facade in this process, as the window's Revoke does: the service
    // is asked to reload at once, as the command line asks after its commands (it read the change only at its
    // next poll, up to 250 ms in which an open session of the credential sent on).
    QTest::qWait(500);
    m_service.readAllStandardError(); // what the command line's reloads above said
    QVERIFY(
        AgentAdmin(m_dir->path()).revokeCredential(credential.value(QStringLiteral("username")).toString()));
    Database::releaseThreadConnection(m_dir->path());
    QString reloaded; // read while this window's event loop runs: the request leaves on its control socket
    QTRY_VERIFY_WITH_TIMEOUT((reloaded += QString::fromLocal8Bit(m_service.readAllStandardError()))
                                 .contains(QStringLiteral("event=reload_requested by=control")),
                             10000);
    QVERIFY2(reloaded.contains(QStringLiteral("event=reload_requested by=control")), qPrintable(reloaded));

    // A setting the service reads only at start, stored by the command line: the window says a restart waits
    // (the service reports it on its control channel), and that this window cannot do it.
    window.showPage(MainWindow::SettingsPageIndex);
    RestartBanner* banner = window.settingsPage()->restartBanner();
    QVERIFY(!banner->isVisible());
    QVERIFY(!cli(m_dir->path(), {QStringLiteral("config"), QStringLiteral("set"),
                                 QStringLiteral("engine.worker_threads"), QStringLiteral("3")})
                 .isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 10000);
    QVERIFY2(banner->text().contains(SettingCatalog::label(QStringLiteral("engine.worker_threads"))),
             qPrintable(banner->text()));
    QCOMPARE(host.engine()->pendingRestart().size(), 1);
    QCOMPARE(host.engine()->pendingRestart().at(0).stored, QStringLiteral("3"));
    // Set back to the value the service runs with: nothing waits any more, and the banner goes.
    QVERIFY(!cli(m_dir->path(), {QStringLiteral("config"), QStringLiteral("set"),
                                 QStringLiteral("engine.worker_threads"), QStringLiteral("2")})
                 .isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(!banner->isVisible(), 10000);
    QVERIFY(host.engine()->pendingRestart().isEmpty());

    // The window offers no restart of the service, and says why (not that the relay "did not start").
    QVERIFY(!cli(m_dir->path(), {QStringLiteral("config"), QStringLiteral("set"),
                                 QStringLiteral("engine.worker_threads"), QStringLiteral("3")})
                 .isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 10000);
    Q_EMIT window.settingsPage()->restartRequested();
    QVERIFY2(
        banner->text().contains(QStringLiteral("Not restarted: this window shows the relay service (pid %1) "
                                               "and cannot restart it")
                                    .arg(m_service.processId())),
        qPrintable(banner->text()));
    QVERIFY2(!banner->text().contains(QStringLiteral("did not start")), qPrintable(banner->text()));
    QVERIFY(window.settingsPage()->statusText().startsWith(QStringLiteral("Not restarted: ")));
    QCOMPARE(listeningSocketsOf(QCoreApplication::applicationPid()), 0);
    QVERIFY(host.engine()->isRunning());

    // The service goes away: the window says so and offers to run the relay itself.
    const qint64 servicePid = m_service.processId();
    m_service.terminate();
    QVERIFY(m_service.waitForFinished(30000));
    QTRY_VERIFY_WITH_TIMEOUT(
        origin->text() ==
            QStringLiteral("The relay service (pid %1) has stopped or gone away").arg(servicePid),
        10000);
    QVERIFY(origin->toolTip().contains(QStringLiteral("the relay engine is stopping")));
    QVERIFY(!host.engine()->isRunning());
    // No relay runs, so nothing waits for a restart: the next start reads every value.
    QTRY_VERIFY(!banner->isVisible());
    QTRY_VERIFY(startHere->isVisible());
    // Stopped, the window still follows the store: a message deleted from the command line leaves the Queue
    // page with no click (its pages froze as they were, for an outside tester, while another node delivered).
    window.showPage(MainWindow::Queue);
    QTRY_VERIFY_WITH_TIMEOUT(queue->model()->rowCount() == 1 && !queue->model()->isLoading(), 10000);
    QVERIFY(!cli(m_dir->path(),
                 {QStringLiteral("queue"), QStringLiteral("delete"), queueId, QStringLiteral("--yes")})
                 .isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(queue->model()->rowCount() == 0 && !queue->model()->isLoading(), 10000);
    QTest::mouseClick(startHere, Qt::LeftButton);
    QTRY_COMPARE(origin->text(), QStringLiteral("Relay in this window"));
    QCOMPARE(ownEngines, 1);
    QVERIFY(!host.isAttached());
    QVERIFY(host.engine()->isRunning());
    QCOMPARE(EngineLock::holder(m_dir->path())->pid, QCoreApplication::applicationPid());
    QCOMPARE(listeningSocketsOf(QCoreApplication::applicationPid()), 3);
    QVERIFY(!startHere->isVisible());
    // The relay of this window started with the stored value: still nothing waits.
    QTest::qWait(1500); // the engine's first look at the store
    QVERIFY(!banner->isVisible());
    QVERIFY(host.engine()->pendingRestart().isEmpty());
    // Quitting hides the window before the relay stops: it waits up to 20 s for deliveries under way, and
    // the window stood frozen meanwhile (an outside tester).
    QVERIFY(window.isVisible());
    host.shutdown();
    QVERIFY(!window.isVisible());
    QCOMPARE(listeningSocketsOf(QCoreApplication::applicationPid()), 0);
}

void TestAttachedWindow::quietSessionsShowOnceAttached()
{
    // An outside tester's Live Sessions said "0 open sessions" beside a service that held idle connections
    // (a slowloris), which `relaydesk sessions` listed: the window showed a session only once one sent a
    // command. A connection that only read the greeting is listed as soon as the window attaches, and again
    // after a re-attach, with no further traffic.
    QTcpSocket quiet;
    quiet.connectToHost(QStringLiteral("127.0.0.1"), quint16(m_submissionPort));
    QVERIFY(quiet.waitForConnected(10000));
    QVERIFY(quiet.waitForReadyRead(10000));
    QVERIFY(quiet.readAll().startsWith("220"));
    const QString client = QStringLiteral("127.0.0.1:%1").arg(quiet.localPort());
    QTRY_VERIFY_WITH_TIMEOUT(cli(m_dir->path(), {QStringLiteral("sessions")}).contains(client.toLatin1()),
                             10000);

    MainWindow window(m_dir->path());
    StatusTray tray;
    EngineHost host(m_dir->path(), ownEngine(), &window, &tray);
    QVERIFY(host.begin().ok());
    QVERIFY(host.isAttached());
    window.show();
    window.showPage(MainWindow::Sessions);
    SessionsPage* sessions = window.sessionsPage();
    const auto listed = [sessions, &client]() {
        for (int row = 0; row < sessions->model()->rowCount(); ++row) {
            if (sessions->model()->sessionAt(row).client == client)
                return true;
        }
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(listed(), 3000);
    // Attached again (as after the service's restart): the new link shows them again.
    host.engine()->stop();
    sessions->setSessions({});
    QVERIFY(!listed());
    QVERIFY(host.startHere().ok());
    QVERIFY(host.isAttached());
    QTRY_VERIFY_WITH_TIMEOUT(listed(), 3000);
    QCOMPARE(quiet.state(), QAbstractSocket::ConnectedState);
    host.shutdown();
}

void TestAttachedWindow::startHereRefusesAMovedDataDirectory()
{
    // An outside tester stopped the service, moved its data directory away and clicked "Start relay here":
    // an empty data directory (engine.lock, an empty store) was made at the old path, and the reason, put in
    // the menu bar's corner, pushed File, View and Help out of the 1024 px window. The click is refused
    // with the reason in a message box; nothing is created; the menus stay in view.
    MainWindow window(m_dir->path());
    StatusTray tray;
    int ownEngines = 0;
    EngineHost host(m_dir->path(), ownEngine(&ownEngines), &window, &tray);
    QVERIFY(host.begin().ok());
    QVERIFY(host.isAttached());
    window.resize(1024, 700);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* origin = window.findChild<QLabel*>(QStringLiteral("engineOrigin"));
    auto* startHere = window.findChild<QPushButton*>(QStringLiteral("startRelayHere"));
    m_service.terminate();
    QVERIFY(m_service.waitForFinished(30000));
    QTRY_VERIFY_WITH_TIMEOUT(startHere->isVisible(), 10000);
    const QString moved = m_dir->path() + QStringLiteral("-moved");
    QVERIFY(QDir().rename(m_dir->path(), moved));
    const auto putBack = qScopeGuard([&]() { QDir().rename(moved, m_dir->path()); });

    QTest::mouseClick(startHere, Qt::LeftButton);
    QMessageBox* box = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((box = window.findChild<QMessageBox*>(QStringLiteral("relayNotStarted"))), 5000);
    QVERIFY2(
        box->text().contains(QStringLiteral("The data directory %1 no longer exists").arg(m_dir->path())),
        qPrintable(box->text()));
    QVERIFY2(!box->text().contains(QStringLiteral("removed while the relay ran")), qPrintable(box->text()));
    QTest::qWait(500);
    QVERIFY(!QFileInfo::exists(m_dir->path()));
    QCOMPARE(ownEngines, 0);
    QCOMPARE(listeningSocketsOf(QCoreApplication::applicationPid()), 0);
    // The corner says it in a few words, the whole in its tooltip; every menu is in view beside it.
    QVERIFY2(origin->toolTip().contains(QStringLiteral("no longer exists")), qPrintable(origin->toolTip()));
    QApplication::processEvents();
    QMenuBar* bar = window.menuBar();
    const QWidget* corner = bar->cornerWidget(Qt::TopRightCorner);
    QVERIFY(corner);
    for (QAction* menu : bar->actions()) {
        const QRect place = bar->actionGeometry(menu);
        QVERIFY2(place.isValid() && place.right() < corner->geometry().left() && place.right() < bar->width(),
                 qPrintable(menu->text()));
    }
    QVERIFY2(corner->geometry().right() <= bar->width(), qPrintable(origin->text()));
    box->close();
}

void TestAttachedWindow::unreachableChannelIsAClearFailure()
{
    // The socket is gone (removed by hand): the window cannot attach and starts no engine of its own.
    QVERIFY(QFile::remove(QDir(m_dir->path()).filePath(QStringLiteral("control.sock"))));
    MainWindow window(m_dir->path());
    StatusTray tray;
    int ownEngines = 0;
    EngineHost host(m_dir->path(), ownEngine(&ownEngines), &window, &tray);
    const Status begun = host.begin();
    QVERIFY(!begun.ok());
    QVERIFY2(begun.error().contains(QStringLiteral("cannot reach its control channel")),
             qPrintable(begun.error()));
    QVERIFY(host.refusedBy().has_value());
    QCOMPARE(host.refusedBy()->pid, m_service.processId());
    QCOMPARE(ownEngines, 0);
    QCOMPARE(listeningSocketsOf(QCoreApplication::applicationPid()), 0);
}

void TestAttachedWindow::startHereOnTheServicesDirectoryAsksFirst()
{
    // An outside tester's one click on "Start relay here" ran the packaged service's relay as the desktop
    // user: the service then could not start. A directory of another account is asked about first (nobody
    // stands for relaydesk); one's own is not.
    Test::TempDataDir own;
    QCOMPARE(EngineHost::startHereQuestion(own.path()), QString());
    if (::geteuid() != 0)
        QSKIP("needs root to give a directory to another account");
    Test::TempDataDir service;
    QVERIFY(::chown(QFile::encodeName(service.path()).constData(), 65534, 65534) == 0);
    const QString question = EngineHost::startHereQuestion(service.path());
    // Root is told no "sudo", nor that it cannot listen below port 1024 (an outside tester, as root, was).
    QVERIFY2(question.startsWith(QStringLiteral("The data directory %1 belongs to nobody: it is the relay "
                                                "service's. Start the service again (systemctl start "
                                                "relaydesk) rather than here")
                                     .arg(service.path())),
             qPrintable(question));
    QVERIFY2(!question.contains(QStringLiteral("1024")), qPrintable(question));
    QVERIFY(question.endsWith(QStringLiteral("Run the relay in this window all the same?")));

    // Opening the window there while the service is stopped runs nothing: it ran the office's relay in the
    // window, as the person who opened it, and the service could not start (an outside tester). It says
    // that the service is not running, offers Start relay here (which asks), and attaches once it runs.
    Settings settings(service.path());
    QVERIFY(Test::listenOnFreePorts(settings) != 0);
    Database::releaseThreadConnection(service.path());
    MainWindow window(service.path());
    StatusTray tray;
    int ownEngines = 0;
    EngineHost host(service.path(), ownEngine(&ownEngines), &window, &tray);
    QVERIFY(host.begin().ok());
    window.show();
    QCOMPARE(ownEngines, 0);
    QVERIFY(!host.engine()->isRunning());
    QVERIFY(!EngineLock::holder(service.path()).has_value());
    QCOMPARE(listeningSocketsOf(QCoreApplication::applicationPid()), 0);
    auto* origin = window.findChild<QLabel*>(QStringLiteral("engineOrigin"));
    QCOMPARE(origin->text(), QStringLiteral("The relay service is not running"));
    QVERIFY(origin->toolTip().contains(QStringLiteral("systemctl start relaydesk")));
    QVERIFY(window.findChild<QPushButton*>(QStringLiteral("startRelayHere"))->isVisible());
    // The service starts: the window attaches by itself.
    QProcess started;
    started.start(binary(), {QStringLiteral("--headless"), QStringLiteral("--data-dir"), service.path()});
    QVERIFY(started.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(host.isAttached() && host.engine()->isRunning(), 20000);
    QCOMPARE(ownEngines, 0);
    host.shutdown();
    started.terminate();
    QVERIFY(started.waitForFinished(30000));
}

void TestAttachedWindow::aWindowStartedWhileTheLastOneStopsWaits()
{
    // An outside tester quit the window while a delivery hung and started it again at once: the old engine
    // held the directory for its 20 s with no control channel, and the new window showed a dialog about
    // another window and systemctl, half in English. The stopping engine says so in its lock file (here one
    // taken in this process); the new window says what it waits for, and starts its relay once it has gone.
    Test::TempDataDir dir;
    Settings settings(dir.path());
    QVERIFY(Test::listenOnFreePorts(settings) != 0);
    QVERIFY(settings.set(QStringLiteral("delivery.enabled"), QStringLiteral("false")).ok());
    Database::releaseThreadConnection(dir.path());
    auto stopping = EngineLock::acquire(dir.path(), EngineFace::Window);
    QVERIFY2(stopping, qPrintable(stopping.error()));
    std::unique_ptr<EngineLock> lock = std::move(stopping).value();
    lock->markStopping();
    QVERIFY(EngineLock::holder(dir.path())->stopping);
    MainWindow window(dir.path());
    StatusTray tray;
    int ownEngines = 0;
    EngineHost host(dir.path(), ownEngine(&ownEngines), &window, &tray);
    QString said;
    QTimer::singleShot(600, [&said]() {
        for (QWidget* widget : QApplication::topLevelWidgets()) {
            if (auto* dialog = qobject_cast<QProgressDialog*>(widget); dialog && dialog->isVisible())
                said = dialog->labelText();
        }
    });
    QTimer::singleShot(1500, [&lock]() { lock.reset(); }); // the old engine lets go
    const Status begun = host.begin();
    QVERIFY2(begun.ok(), qPrintable(begun.error()));
    QVERIFY2(said.startsWith(QStringLiteral("The RelayDesk that was quit a moment ago (pid %1) is still "
                                            "finishing a delivery under way")
                                 .arg(QCoreApplication::applicationPid())),
             qPrintable(said));
    QCOMPARE(ownEngines, 1);
    QVERIFY(!host.isAttached());
    QVERIFY(host.engine()->isRunning());
    host.shutdown();
}

void TestAttachedWindow::aServiceThatHangsIsSaid()
{
    // An outside tester stopped the service with SIGSTOP: the window's Dashboard showed its listeners green
    // and no alert for as long as it hung. The window asks the engine every few seconds (shortened here) and
    // says when it has not answered, and that it answers again.
    RemoteEngine::setPingTiming(300, 1500);
    const auto restore = qScopeGuard([] { RemoteEngine::setPingTiming(5000, 15000); });
    MainWindow window(m_dir->path());
    StatusTray tray;
    EngineHost host(m_dir->path(), ownEngine(), &window, &tray);
    QVERIFY(host.begin().ok());
    QVERIFY(host.isAttached());
    window.show();
    const auto said = [&window]() {
        for (const QString& alert : window.dashboardPage()->alerts()) {
            if (alert.contains(QStringLiteral("has not answered since")))
                return true;
        }
        return false;
    };
    QTest::qWait(2500);
    QVERIFY2(!said(), qPrintable(window.dashboardPage()->alerts().join(QLatin1Char('\n'))));
    QCOMPARE(::kill(pid_t(m_service.processId()), SIGSTOP), 0);
    QTRY_VERIFY_WITH_TIMEOUT(said(), 10000);
    QVERIFY(window.dashboardPage()->alerts().first().startsWith(
        QStringLiteral("The relay (pid %1) has not answered since ").arg(m_service.processId())));
    QCOMPARE(::kill(pid_t(m_service.processId()), SIGCONT), 0);
    QTRY_VERIFY_WITH_TIMEOUT(!said(), 10000);
    QVERIFY(host.engine()->isRunning());
    host.shutdown();
}

QTEST_MAIN(TestAttachedWindow)
#include "tst_attachedwindow.moc"

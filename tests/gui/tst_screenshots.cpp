// Renders every page of the main window with example data and saves PNGs. With RELAYDESK_SCREENSHOT_DIR set
// (e.g. docs/screenshots, under xvfb-run for real fonts and style) they are the documentation screenshots;
// otherwise they go to a temporary directory and the test checks that each page renders.
#include "exampledata.h"
#include "tests/support/tempdatadir.h"
#include "ui/agentactivitypanel.h"
#include "ui/agentdialog.h"
#include "ui/agentspage.h"
#include "ui/certificatepanel.h"
#include "ui/connectiontestdialog.h"
#include "ui/dashboardpage.h"
#include "ui/deliverylogmodel.h"
#include "ui/deliverylogpage.h"
#include "ui/firstrunwizard.h"
#include "ui/mainwindow.h"
#include "ui/messageviewer.h"
#include "ui/messagevieweropener.h"
#include "ui/passworddialog.h"
#include "ui/queuemodel.h"
#include "ui/queuepage.h"
#include "ui/sessionspage.h"
#include "ui/settingfield.h"
#include "ui/settingspage.h"
#include "ui/setupwizardlauncher.h"
#include "ui/testmessagedialog.h"
#include "ui/translations.h"
#include "ui/userguidedialog.h"
#include "windowtour.h"

#include <QAction>
#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QLineEdit>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace RelayDesk;

class TestScreenshots : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void renderEveryPage();
    void renderDialogs();
    void renderSetupWizard();
    void renderGermanAndFrench();
    void germanAndFrenchTranslationsAreEmbedded();

private:
    void save(QWidget* widget, const QString& name);
    QString m_outDir;
    QTemporaryDir m_temp;
};

void TestScreenshots::initTestCase()
{
    QApplication::setOrganizationName(QStringLiteral("RelayDeskTest"));
    QApplication::setApplicationName(QStringLiteral("tst_screenshots"));
    m_outDir = qEnvironmentVariable("RELAYDESK_SCREENSHOT_DIR", m_temp.path());
    QDir().mkpath(m_outDir);
    // As a person in the US sees the window: English plural forms ("9 days", not "9 day(s)") and dates.
    Test::WindowTour::useLanguage(QStringLiteral("en_US"));
}

void TestScreenshots::save(QWidget* widget, const QString& name)
{
    QTest::qWait(150);
    const QImage image = widget->grab().toImage();
    QVERIFY(!image.isNull());
    QVERIFY(image.width() >= widget->width() - 1);
    QVERIFY(image.save(m_outDir + QLatin1Char('/') + name + QStringLiteral(".png")));
}

void TestScreenshots::renderEveryPage()
{
    Test::TempDataDir dir;
    Test::ExampleData::populate(dir.path());
    MainWindow window(dir.path());
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    window.dashboardPage()->setListeners(
        {{QStringLiteral("submission"), QStringLiteral("0.0.0.0:587"), true, true, {}},
         {QStringLiteral("smtps"), QStringLiteral("0.0.0.0:465"), true, true, {}},
         {QStringLiteral("lan"), QStringLiteral("192.168.1.2:25"), true, false,
          QStringLiteral("address already in use")}});
    window.dashboardPage()->setCertificate(QDateTime::currentDateTime().addDays(9),
                                           QStringLiteral("4F:2A:91:0C:7E:5B:...:E1"));
    QSignalSpy counted(window.dashboardPage(), &DashboardPage::snapshotShown);
    window.dashboardPage()->refresh();
    window.showPage(MainWindow::Dashboard);
    QTRY_VERIFY(counted.count() >= 1);
    QTRY_VERIFY(window.dashboardPage()->alerts().size() >= 2);
    save(&window, QStringLiteral("dashboard"));

    QSignalSpy agentsLoaded(window.agentsPage(), &AgentsPage::agentsLoaded);
    window.agentsPage()->reload(QStringLiteral("billing-app"));
    QTRY_VERIFY(agentsLoaded.count() >= 1);
    window.showPage(MainWindow::Agents);
    save(&window, QStringLiteral("agents"));
    // The agent's Activity tab: today, the last 7 and 30 UTC days, what waits.
    auto* agentTabs = window.findChild<QTabWidget*>(QStringLiteral("agentTabs"));
    QVERIFY(agentTabs);
    QSignalSpy activityLoaded(window.agentsPage()->activityPanel(), &AgentActivityPanel::loaded);
    for (int tab = 0; tab < agentTabs->count(); ++tab) { // the panel is in the tab's scroll area
        if (agentTabs->widget(tab)->isAncestorOf(window.agentsPage()->activityPanel()))
            agentTabs->setCurrentIndex(tab);
    }
    window.agentsPage()->activityPanel()->setAgent(QStringLiteral("billing-app"));
    QTRY_VERIFY(activityLoaded.count() >= 1);
    QVERIFY(!window.agentsPage()->activityPanel()->figure(0, 2).isEmpty());
    save(&window, QStringLiteral("agent-activity"));
    agentTabs->setCurrentIndex(0);

    QList<SessionInfo> sessions;
    const QStringList agents = {QStringLiteral("billing-app"), QString(), QStringLiteral("office-printer")};
    for (int i = 0; i < 6; ++i) {
        SessionInfo s;
        s.id = quint64(i + 1);
        s.client = QStringLiteral("192.168.1.%1:%2").arg(20 + i).arg(50000 + i * 17);
        s.listener = i % 3 == 2 ? QStringLiteral("lan") : QStringLiteral("submission");
        s.tlsVersion = i % 3 == 2 ? QString() : QStringLiteral("TLSv1.3");
        s.tlsCipher = i % 3 == 2 ? QString() : QStringLiteral("TLS_AES_256_GCM_SHA384");
        s.agent = agents[i % 3];
        s.state = i % 3 == 1 ? QStringLiteral("ready") : QStringLiteral("data");
        s.bytesIn = 1200 + i * 53000;
        s.startedMs = now - (i + 1) * 4100;
        sessions << s;
    }
    window.sessionsPage()->setSessions(sessions);
    window.showPage(MainWindow::Sessions);
    save(&window, QStringLiteral("sessions"));

    window.showPage(MainWindow::Queue);
    QTRY_VERIFY(window.queuePage()->model()->rowCount() > 0);
    window.queuePage()->view()->selectRow(1);
    save(&window, QStringLiteral("queue"));

    window.showPage(MainWindow::Logs);
    QTRY_VERIFY(window.deliveryLogPage()->model()->rowCount() > 0);
    window.deliveryLogPage()->view()->selectRow(3);
    save(&window, QStringLiteral("delivery-logs"));

    window.showPage(MainWindow::SettingsPageIndex);
    QTRY_VERIFY(!window.settingsPage()->isBusy());
    save(&window, QStringLiteral("settings"));
    // The TLS tab with a generated certificate: subject, fingerprint and expiry.
    window.settingsPage()->certificatePanel()->generateSelfSigned(QStringLiteral("relay.example.com"));
    QTRY_VERIFY_WITH_TIMEOUT(
        !window.settingsPage()->certificatePanel()->isBusy() &&
            window.settingsPage()->certificatePanel()->text().contains(QStringLiteral("SHA-256")),
        20000);
    window.settingsPage()->findChild<QTabWidget*>()->setCurrentIndex(1);
    save(&window, QStringLiteral("settings-tls"));

    AgentDialog dialog(dir.path(), AgentDirectory(dir.path()).agent(QStringLiteral("office-printer")).value(),
                       &window);
    dialog.show();
    save(&dialog, QStringLiteral("agent-dialog"));
    PasswordDialog password(QStringLiteral("rd_7Hq2mX9kLp"), QStringLiteral("xV3-q9Lm-TT2w-8fKd-pR4s-Zy7a"),
                            &window);
    password.show();
    save(&password, QStringLiteral("password-dialog"));
}

void TestScreenshots::renderDialogs()
{
    Test::TempDataDir dir;
    Test::ExampleData::populate(dir.path());
    MainWindow window(dir.path());
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    // The message viewer of a deferred message, on its Attempts tab (the road sign and the transcript).
    window.showPage(MainWindow::Queue);
    QueuePage* queue = window.queuePage();
    QTRY_VERIFY(queue->model()->rowCount() > 0);
    int deferred = -1;
    for (int row = 0; row < queue->model()->rowCount() && deferred < 0; ++row)
        if (queue->model()->rowAt(row).state == QLatin1String("deferred"))
            deferred = row;
    QVERIFY(deferred >= 0);
    queue->view()->selectRow(deferred);
    QSignalSpy opened(queue->viewerOpener(), &MessageViewerOpener::opened);
    queue->viewerOpener()->openCurrent();
    QTRY_COMPARE(opened.count(), 1);
    auto* viewer = opened.first().first().value<MessageViewer*>();
    QTRY_VERIFY(viewer->findChild<QTextBrowser*>(QStringLiteral("envelope"))
                    ->toPlainText()
                    .contains(viewer->queueId()));
    viewer->resize(1000, 700);
    save(viewer, QStringLiteral("message-viewer"));
    viewer->tabs()->setCurrentIndex(MessageViewer::AttemptsTab);
    save(viewer, QStringLiteral("message-viewer-attempts"));
    viewer->close();

    // Send test message, filled in.
    TestMessageDialog test(dir.path(), window.liveFeed(), QStringLiteral("billing-app"), &window);
    test.show();
    test.findChild<QLineEdit*>(QStringLiteral("testFrom"))->setText(QStringLiteral("billing@example.com"));
    test.findChild<QLineEdit*>(QStringLiteral("testTo"))->setText(QStringLiteral("it@example.com"));
    save(&test, QStringLiteral("test-message"));

    // Help > User guide, on the topic a support person opens most.
    UserGuideDialog guide(QLocale(QLocale::English, QLocale::UnitedStates), &window);
    guide.show();
    guide.topics()->setCurrentRow(3);
    save(&guide, QStringLiteral("user-guide"));

    // Test connection against Postfix's smtp-sink as the smarthost (it offers no STARTTLS: a red step).
    const QString sinkPath = QStringLiteral("/usr/sbin/smtp-sink");
    if (!QFile::exists(sinkPath))
        QSKIP("Postfix smtp-sink is not installed: no Test connection screenshot");
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();
    QProcess sink;
    sink.start(sinkPath, {QStringLiteral("-u"), QStringLiteral("nobody"),
                          QStringLiteral("127.0.0.1:%1").arg(port), QStringLiteral("16")});
    QVERIFY(sink.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            QTcpSocket socket;
            socket.connectToHost(QHostAddress::LocalHost, port);
            return socket.waitForConnected(200);
        }(),
        10000);
    window.showPage(MainWindow::SettingsPageIndex);
    SettingsPage* settings = window.settingsPage();
    QTRY_VERIFY(!settings->isBusy());
    settings->field(QStringLiteral("delivery.smarthost"))
        ->lineEdit()
        ->setText(QStringLiteral("127.0.0.1:%1").arg(port));
    QTest::mouseClick(settings->findChild<QPushButton*>(QStringLiteral("testSmarthost")), Qt::LeftButton);
    auto* dialog = settings->findChild<ConnectionTestDialog*>();
    QVERIFY(dialog);
    QSignalSpy finished(dialog, &ConnectionTestDialog::testFinished);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
    save(dialog, QStringLiteral("connection-test"));
    dialog->close();
    sink.kill();
    sink.waitForFinished();
}

void TestScreenshots::renderSetupWizard()
{
    Test::TempDataDir dir; // a first start: nothing set up
    MainWindow window(dir.path());
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.findChild<QAction*>(QStringLiteral("setupWizardAction"))->trigger();
    FirstRunWizard* wizard = window.setupWizard()->wizard();
    QVERIFY(wizard);
    QTRY_VERIFY(wizard->isVisible());
    const QStringList names = {QStringLiteral("wizard-1-listeners"), QStringLiteral("wizard-2-certificate"),
                               QStringLiteral("wizard-3-agent"), QStringLiteral("wizard-4-delivery"),
                               QStringLiteral("wizard-5-test-message")};
    for (int page = FirstRunWizard::Listeners; page <= FirstRunWizard::Test; ++page) {
        QTRY_COMPARE(wizard->currentId(), page);
        QTest::qWait(300); // the listeners page checks its ports on a worker
        save(wizard, names.at(page));
        if (page != FirstRunWizard::Test)
            wizard->skipPage();
    }
    wizard->reject();
}

// One page in German and one in French, as a person with that locale sees them.
void TestScreenshots::renderGermanAndFrench()
{
    struct Shot
    {
        const char* locale;
        MainWindow::Page page;
        const char* name;
    };
    for (const Shot& shot : {Shot{"de_DE", MainWindow::Dashboard, "de-dashboard"},
                             Shot{"fr_FR", MainWindow::Logs, "fr-delivery-logs"}}) {
        Test::WindowTour::useLanguage(QString::fromLatin1(shot.locale));
        Test::TempDataDir dir;
        Test::ExampleData::populate(dir.path());
        MainWindow window(dir.path());
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showPage(shot.page);
        if (shot.page == MainWindow::Logs) {
            QTRY_VERIFY(window.deliveryLogPage()->model()->rowCount() > 0);
            for (int row = 0; row < window.deliveryLogPage()->model()->rowCount(); ++row)
                if (window.deliveryLogPage()->model()->rowAt(row).state == QLatin1String("bounced")) {
                    window.deliveryLogPage()->view()->selectRow(row);
                    break;
                }
        } else {
            QSignalSpy counted(window.dashboardPage(), &DashboardPage::snapshotShown);
            window.dashboardPage()->refresh();
            QTRY_VERIFY(counted.count() >= 1);
        }
        save(&window, QString::fromLatin1(shot.name));
    }
    Test::WindowTour::useLanguage(QStringLiteral("en_US"));
}

void TestScreenshots::germanAndFrenchTranslationsAreEmbedded()
{
    for (const char* name : {"de_DE", "fr_FR"}) {
        QVERIFY2(installTranslators(qApp, QLocale(QString::fromLatin1(name))), name);
        const QString dashboard = QCoreApplication::translate("RelayDesk::MainWindow", "Dashboard");
        const QString agents = QCoreApplication::translate("RelayDesk::MainWindow", "Mail Agents");
        QVERIFY2(agents != QLatin1String("Mail Agents") || dashboard != QLatin1String("Dashboard"), name);
    }
}

QTEST_MAIN(TestScreenshots)
#include "tst_screenshots.moc"

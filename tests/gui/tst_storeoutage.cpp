// GUI test of the window while its PostgreSQL store cannot be reached (offscreen): an outside tester saw
// green dots and "All is well" on the Dashboard, an empty Mail Agents page and an agent "without
// credentials" whose settings invited them to generate one, and English store errors in a German window.
// The store here is a PostgreSQL address on a loopback port where nothing listens: every read is refused at
// once, as when the server is down, with no server to stop.
#include "core/admin/nodeadmin.h"
#include "core/agents/agentdirectory.h"
#include "core/engine/relayengine.h"
#include "core/store/database.h"
#include "core/store/settings.h"
#include "core/store/storeaddress.h"
#include "core/store/storehealth.h"
#include "core/util/clock.h"
#include "tests/support/freelisteners.h"
#include "tests/support/freeport.h"
#include "tests/support/tempdatadir.h"
#include "ui/agentspage.h"
#include "ui/appconfigpanel.h"
#include "ui/countlabel.h"
#include "ui/credentialspanel.h"
#include "ui/dashboardpage.h"
#include "ui/enginehost.h"
#include "ui/enginelink.h"
#include "ui/mainwindow.h"
#include "ui/settingspage.h"
#include "ui/statustray.h"
#include "ui/storeerrortext.h"
#include "ui/timecolumn.h"
#include "ui/translations.h"

#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace RelayDesk;

class TestStoreOutage : public QObject
{
    Q_OBJECT

    /// A data directory whose store is PostgreSQL at 127.0.0.1:port, where nothing listens.
    static bool pointAtNothing(const QString& dataDir, int* port)
    {
        QTcpServer probe;
        if (!probe.listen(QHostAddress::LocalHost, 0))
            return false;
        *port = probe.serverPort();
        probe.close();
        QFile conf(dataDir + QStringLiteral("/store.conf"));
        if (!conf.open(QIODevice::WriteOnly))
            return false;
        conf.write(QStringLiteral("url=postgresql://relaydesk@127.0.0.1:%1/relaydesk\n").arg(*port).toUtf8());
        return true;
    }

private Q_SLOTS:
    void initTestCase() { StatusTray::overrideAvailability(false); }

    void theWindowsRelayWaitsForItsStore()
    {
        // The window would not open at all while PostgreSQL did not answer (an outside tester); its relay
        // now waits for the store, as the service does, and starts once it answers.
        Test::TempDataDir dir;
        QVERIFY(dir.isValid());
        {
            Settings settings(dir.path());
            QVERIFY(Test::listenOnFreePorts(settings) != 0);
            settings.set(QStringLiteral("delivery.enabled"), QStringLiteral("false"));
        }
        const QString confPath = StoreAddress::confPath(dir.path());
        QFile original(confPath);
        const QByteArray realConf = original.open(QIODevice::ReadOnly) ? original.readAll() : QByteArray();
        original.close();
        // The same store on a port where nothing listens (or, on SQLite, a PostgreSQL store that is away).
        const int closed = Test::freePort();
        QByteArray awayConf =
            realConf.isEmpty()
                ? QStringLiteral("url=postgresql://relaydesk@127.0.0.1:%1/relaydesk\n").arg(closed).toUtf8()
                : QString::fromUtf8(realConf)
                      .replace(QRegularExpression(QStringLiteral("@([^/:]+)(:\\d+)?/")),
                               QStringLiteral("@127.0.0.1:%1/").arg(closed))
                      .toUtf8();
        QVERIFY(awayConf.contains(QByteArray::number(closed)));
        Database::releaseThreadConnection(dir.path());
        {
            QFile conf(confPath);
            QVERIFY(conf.open(QIODevice::WriteOnly | QIODevice::Truncate));
            conf.write(awayConf);
        }

        MainWindow window(dir.path());
        StatusTray tray;
        EngineHost host(
            dir.path(),
            [](const QString& path) -> std::unique_ptr<EngineControl> {
                return std::make_unique<RelayEngine>(path, EngineFace::Window);
            },
            &window, &tray);
        const Status begun = host.begin();
        QVERIFY(!begun);
        QVERIFY2(begun.error().startsWith(
                     QStringLiteral("cannot reach the PostgreSQL server at 127.0.0.1:%1").arg(closed)),
                 qPrintable(begun.error()));
        QVERIFY(host.waitsForStore());
        QCOMPARE(host.originText(), QStringLiteral("Relay in this window: waiting for the store"));
        QVERIFY(!host.engine()->isRunning());
        window.resize(1024, 700);
        window.show();
        QTest::qWait(6000); // more than one attempt: still waiting, the window still there
        QVERIFY(host.waitsForStore());
        QVERIFY(window.isVisible());

        if (realConf.isEmpty())
            QSKIP("the store's return is tested with a PostgreSQL store (RELAYDESK_TEST_PG)");
        {
            QFile conf(confPath);
            QVERIFY(conf.open(QIODevice::WriteOnly | QIODevice::Truncate));
            conf.write(realConf);
        }
        QTRY_VERIFY_WITH_TIMEOUT(host.engine()->isRunning(), 20'000);
        QVERIFY(!host.waitsForStore());
        QCOMPARE(host.originText(), QStringLiteral("Relay in this window"));
        host.shutdown();
    }

    void thePageShownSaysAnOutageWithoutAClick()
    {
        // The Mail Agents page showed the agents it had read before an outage as current until a click or a
        // change (an outside tester): the dashboard notices an outage within its 10 s refresh, and the page
        // shown reads again at once. A real PostgreSQL server that stops taking the store's sessions.
        Test::TempDataDir dir;
        QVERIFY(dir.isValid());
        const auto address = StoreAddress::ofDataDir(dir.path());
        if (!address || !address->isPostgreSql())
            QSKIP("an outage of a running store is tested with a PostgreSQL store (RELAYDESK_TEST_PG)");
        QVERIFY(AgentDirectory(dir.path()).createAgent(QStringLiteral("billing"), {}, {}).ok());
        const auto password = address->password();
        QVERIFY2(password, qPrintable(password.error()));
        auto admin = Database::openPostgreSql(address->withDatabase(QStringLiteral("postgres")),
                                              password.value(), QStringLiteral("outage-admin"));
        QVERIFY2(admin, qPrintable(admin.error()));
        const auto run = [&admin](const QString& sql) {
            QSqlQuery query(admin.value());
            return query.exec(sql) ? QString() : query.lastError().text();
        };
        const QString database = address->database();
        const auto reopen = qScopeGuard(
            [&] { run(QStringLiteral("ALTER DATABASE %1 ALLOW_CONNECTIONS true").arg(database)); });

        MainWindow window(dir.path());
        window.resize(1024, 700);
        window.showPage(MainWindow::Agents);
        window.show();
        auto* list = window.findChild<QTableView*>(QStringLiteral("agentList"));
        auto* problem = window.findChild<QLabel*>(QStringLiteral("agentsReadProblem"));
        QVERIFY(list && problem);
        QTRY_COMPARE(list->model()->rowCount(), 1);
        QVERIFY(problem->isHidden());

        QCOMPARE(run(QStringLiteral("ALTER DATABASE %1 ALLOW_CONNECTIONS false").arg(database)), QString());
        QCOMPARE(run(QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = "
                                    "'%1' AND pid <> pg_backend_pid()")
                         .arg(database)),
                 QString());
        QTRY_VERIFY_WITH_TIMEOUT(problem->isVisible(), 25'000);
        QVERIFY2(problem->text().startsWith(QStringLiteral("Cannot read the Mail Agents: ")),
                 qPrintable(problem->text()));

        QCOMPARE(run(QStringLiteral("ALTER DATABASE %1 ALLOW_CONNECTIONS true").arg(database)), QString());
        QTRY_VERIFY_WITH_TIMEOUT(problem->isHidden(), 25'000);
        QCOMPARE(list->model()->rowCount(), 1);
        admin.value().close();
    }

    void theDashboardSaysTheStoreIsAway()
    {
        QTemporaryDir dir;
        int port = 0;
        QVERIFY(pointAtNothing(dir.path(), &port));
        DashboardPage page(dir.path());
        QSignalSpy alerts(&page, &DashboardPage::alertsChanged);
        page.resize(1000, 650);
        page.show();
        QVERIFY(alerts.wait(10'000));
        const QStringList shown = alerts.last().first().toStringList();
        QVERIFY2(!shown.isEmpty(), "no alert");
        QVERIFY2(shown.first().startsWith(QStringLiteral("The store cannot be read since ")),
                 qPrintable(shown.first()));
        // No relay runs here: it accepts nothing (not "temporary errors"), and no number was ever read.
        QVERIFY2(
            shown.first().endsWith(QStringLiteral(": cannot reach the PostgreSQL server at 127.0.0.1:%1. The "
                                                  "relay waits for it to start; until then it accepts no "
                                                  "mail. No numbers could be read yet.")
                                       .arg(port)),
            qPrintable(shown.first()));
        const auto* accepted = page.findChildren<CountLabel*>().value(0);
        QVERIFY(accepted);
        QCOMPARE(accepted->text(), QStringLiteral("\u2013"));
        // The driver's words stay out of the page (they are in the operator log).
        QVERIFY2(!shown.first().contains(QStringLiteral("QPSQL")), qPrintable(shown.first()));
        const auto* list = page.findChild<QListWidget*>(QStringLiteral("alerts"));
        QVERIFY(list);
        for (int i = 0; i < list->count(); ++i)
            QVERIFY(list->item(i)->text() != QStringLiteral("All is well."));
    }

    void anOutageSaysWhenTheRelayLostItsStore()
    {
        // A window opened during an outage said "since" its own first failed read; the relay's record says
        // since when the relay has been without its store.
        StoreHealth::reset();
        QTemporaryDir dir;
        int port = 0;
        QVERIFY(pointAtNothing(dir.path(), &port));
        StoreHealth::noteFailure(
            QStringLiteral("cannot reach the PostgreSQL server at 127.0.0.1:%1").arg(port));
        const qint64 relaySince = StoreHealth::current().unreachableSinceMs;
        QVERIFY(relaySince > 0);
        QTest::qWait(1100);             // the window opens a second later: its own first failed read is later
        RelayEngine engine(dir.path()); // not started: it answers from this process's record
        MainWindow window(dir.path());
        StatusTray tray;
        EngineLink link(&engine, &window, &tray);
        QSignalSpy alerts(window.dashboardPage(), &DashboardPage::alertsChanged);
        window.dashboardPage()->refresh();
        const QString expected = QStringLiteral("The store cannot be read since %1: ")
                                     .arg(tableTimeText(QDateTime::fromMSecsSinceEpoch(relaySince)));
        QTRY_VERIFY_WITH_TIMEOUT(
            !alerts.isEmpty() && alerts.last().first().toStringList().value(0).startsWith(expected), 10'000);

        // A later start than the page's own is no news; a reachable store none.
        DashboardPage& page = *window.dashboardPage();
        page.noteStoreUnreachableSince(nowMs() + 60'000);
        page.noteStoreUnreachableSince(0);
        QVERIFY(page.alerts().value(0).startsWith(expected));
        StoreHealth::reset();
    }

    void theAgentsPageSaysWhatItCannotRead()
    {
        QTemporaryDir dir;
        int port = 0;
        QVERIFY(pointAtNothing(dir.path(), &port));
        AgentsPage page(dir.path());
        page.resize(1000, 650);
        page.show();
        auto* problem = page.findChild<QLabel*>(QStringLiteral("agentsReadProblem"));
        QVERIFY(problem);
        QTRY_VERIFY_WITH_TIMEOUT(problem->isVisible(), 10'000);
        QVERIFY2(problem->text().startsWith(QStringLiteral("Cannot read the Mail Agents: cannot reach the "
                                                           "PostgreSQL server at 127.0.0.1:%1")
                                                .arg(port)),
                 qPrintable(problem->text()));
    }

    void anAgentWhoseCredentialsCannotBeReadIsNotWithoutOne()
    {
        QTemporaryDir dir;
        int port = 0;
        QVERIFY(pointAtNothing(dir.path(), &port));
        CredentialsPanel panel(dir.path());
        QSignalSpy loaded(&panel, &CredentialsPanel::credentialsLoaded);
        panel.show();
        panel.setAgent(QStringLiteral("billing"));
        QVERIFY(loaded.wait(10'000));
        QVERIFY(!panel.readError().isEmpty());
        auto* problem = panel.findChild<QLabel*>(QStringLiteral("credentialsReadProblem"));
        QVERIFY(problem && problem->isVisible());
        QVERIFY2(problem->text().startsWith(QStringLiteral("Cannot read the credentials: cannot reach")),
                 qPrintable(problem->text()));

        // What the Mail Agents page then shows in place of the settings for applications.
        AppConfigPanel config(dir.path());
        config.setUnreadable(QStringLiteral("billing"), panel.readError());
        auto* body = config.findChild<QLabel*>(QStringLiteral("appConfig"));
        QVERIFY(body);
        QVERIFY2(
            body->text().startsWith(QStringLiteral("The settings for the applications of billing cannot be "
                                                   "shown now: cannot reach")),
            qPrintable(body->text()));
        QVERIFY(!body->text().contains(QStringLiteral("generate one first")));
        QVERIFY(config.text().isEmpty()); // nothing to copy
    }

    void theSettingsPageShowsNoDefaultsAsSettings()
    {
        // With the store away the page showed the built-in defaults (ports 2587, 2465, 2525, no smarthost)
        // as the relay's settings, with Save enabled (an outside tester).
        QTemporaryDir dir;
        int port = 0;
        QVERIFY(pointAtNothing(dir.path(), &port));
        SettingsPage page(dir.path());
        QSignalSpy loaded(&page, &SettingsPage::loaded);
        page.resize(1024, 700);
        page.show();
        QVERIFY(loaded.wait(10'000));
        QVERIFY2(
            page.statusText().startsWith(
                QStringLiteral("Cannot read the settings: cannot reach the PostgreSQL server at 127.0.0.1:%1")
                    .arg(port)),
            qPrintable(page.statusText()));
        auto* tabs = page.findChild<QTabWidget*>();
        QVERIFY(tabs && !tabs->isEnabled());
        for (QPushButton* button : page.findChildren<QPushButton*>(QString(), Qt::FindDirectChildrenOnly))
            QVERIFY2(!button->isEnabled(), qPrintable(button->text()));
    }

    void aNodesOwnValueIsSavedWholeOrNotAtAll()
    {
        // A save during an outage said "Not saved" while node.conf had the new host name, which came into
        // force at the next start (an outside tester).
        QTemporaryDir dir;
        int port = 0;
        QVERIFY(pointAtNothing(dir.path(), &port));
        const Status set = NodeAdmin(dir.path()).setHostname(QStringLiteral("relay-a2.example.com"));
        QVERIFY(!set);
        QVERIFY2(set.error().startsWith(QStringLiteral("cannot reach the PostgreSQL server")),
                 qPrintable(set.error()));
        QVERIFY(!QFile::exists(dir.path() + QStringLiteral("/node.conf")));
    }

    void storeErrorsSpeakTheWindowsLanguage()
    {
        const QString unreachable = QStringLiteral(
            "cannot reach the PostgreSQL server at 127.0.0.1:42409 (connection to server at \"127.0.0.1\", "
            "port "
            "42409 failed: Connection refused Is the server running on that host and accepting TCP/IP "
            "connections? QPSQL: Unable to connect)");
        const QString lost =
            QStringLiteral("server closed the connection unexpectedly\n\tThis probably means the "
                           "server terminated abnormally (57P01) QPSQL: Unable to create query");
        QVERIFY(installTranslators(qApp, QLocale(QLocale::German, QLocale::Germany)));
        QCOMPARE(StoreErrorText::of(unreachable),
                 QStringLiteral("Der PostgreSQL-Server unter 127.0.0.1:42409 ist nicht erreichbar"));
        QVERIFY2(!StoreErrorText::of(lost).contains(QStringLiteral("server closed")),
                 qPrintable(StoreErrorText::of(lost)));
        // No password at all is not a wrong one (libpq's "no password supplied" read as one).
        const QString noPassword = QStringLiteral(
            "the PostgreSQL server at [::1]:5432 asks user 'relay' for a password, and none was given "
            "(fe_sendauth: no password supplied)");
        QCOMPARE(
            StoreErrorText::of(noPassword),
            QStringLiteral("Der PostgreSQL-Server unter [::1]:5432 verlangt ein Passwort für den Benutzer "
                           "„relay“, es wurde aber keines angegeben"));
        QVERIFY(installTranslators(qApp, QLocale(QLocale::French, QLocale::France)));
        QCOMPARE(StoreErrorText::of(unreachable),
                 QStringLiteral("le serveur PostgreSQL à 127.0.0.1:42409 est injoignable"));
        QCOMPARE(
            StoreErrorText::of(noPassword),
            QStringLiteral("le serveur PostgreSQL à [::1]:5432 demande un mot de passe pour l’utilisateur "
                           "«\u00a0relay\u00a0», et aucun n’a été donné"));
        // A file of the data directory this user may not read: the system's reason came in French, the rest
        // in English (an outside tester); now all of it, with what to do.
        const QString unreadable = StoreErrorText::of(
            QStringLiteral("cannot read /var/lib/relaydesk/store.conf: Autorisation refusée"));
        QVERIFY2(
            unreadable.startsWith(QStringLiteral("impossible de lire /var/lib/relaydesk/store.conf\u00a0: "
                                                 "Autorisation refusée.")),
            qPrintable(unreadable));
        QVERIFY2(unreadable.contains(QStringLiteral("chgrp")), qPrintable(unreadable));
        // Anything else is shown as it is.
        QCOMPARE(StoreErrorText::of(QStringLiteral("disk I/O error")), QStringLiteral("disk I/O error"));
    }
};

QTEST_MAIN(TestStoreOutage)
#include "tst_storeoutage.moc"

// GUI test of a Mail Agent's Activity tab (offscreen): the figures of today, the last 7 and the last 30 UTC
// days are the agent's own daily statistics, what waits is its mail in the queue, a store change shows
// without a click, the window's language says it, and "Show in Delivery Logs" opens the agent's rows.
#include "core/agents/agentdirectory.h"
#include "core/query/logfilter.h"
#include "core/security/authlockouts.h"
#include "core/security/refusedlogins.h"
#include "core/security/refusedsubmissions.h"
#include "core/store/database.h"
#include "core/util/clock.h"
#include "tests/support/queuefixture.h"
#include "tests/support/tempdatadir.h"
#include "ui/agentactivitypanel.h"
#include "ui/agentfilterbox.h"
#include "ui/agentspage.h"
#include "ui/deliverylogpage.h"
#include "ui/livefeed.h"
#include "ui/logfilterbar.h"
#include "ui/mainwindow.h"
#include "ui/refusedsubmissionspanel.h"
#include "ui/timecolumn.h"
#include "ui/translations.h"

#include <QComboBox>
#include <QDateTime>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimeZone>
#include <QTreeWidget>

using namespace RelayDesk;

/// The shown line of the panel that says an address is locked out ("" when none does).
QString lockedOutLine(const AgentActivityPanel& panel)
{
    for (const QLabel* label : panel.findChildren<QLabel*>()) {
        if (label->isVisibleTo(&panel) && label->text().contains(QStringLiteral("is locked out of logins")))
            return label->text();
    }
    return {};
}

class TestAgentActivityPanel : public QObject
{
    Q_OBJECT

    static QString utcDay(int daysAgo)
    {
        return QDateTime::currentDateTimeUtc().date().addDays(-daysAgo).toString(Qt::ISODate);
    }

    void addDay(qint64 agent, int daysAgo, int accepted, int delivered, int deferred, int bounced)
    {
        m_fixture->scalar(QStringLiteral("INSERT INTO agent_daily_stats(agent_id, day, accepted, delivered,"
                                         " deferred, bounced) VALUES(?, ?, ?, ?, ?, ?)"),
                          {agent, utcDay(daysAgo), accepted, delivered, deferred, bounced});
    }

    /// A recipient of the agent's not sent (on its suppression list), daysAgo UTC days before today.
    void addSuppressed(qint64 agent, int daysAgo, const QString& key, qint64 messageId = 1,
                       const QString& status = QStringLiteral("suppressed"))
    {
        const qint64 at = QDateTime::currentMSecsSinceEpoch() - qint64(daysAgo) * 86'400'000;
        m_fixture->scalar(
            QStringLiteral("INSERT INTO delivery_attempts(attempt_key, message_id, queue_id, agent_id,"
                           " agent_name, sender, recipient_id, recipient, status, host, started_at,"
                           " code, enhanced, reply) VALUES(?, ?, 'QS', ?, 'Billing',"
                           " 'shop@example.com', 1, 'gone@example.net', ?, '', ?, 0, '',"
                           " 'not sent')"),
            {key, messageId, agent, status, at});
    }

    /// The seven figures of one span, accepted to deleted from the queue, separated by " | ".
    QString column(const AgentActivityPanel& panel, int span)
    {
        QStringList figures;
        for (int row = 0; row < 7; ++row)
            figures << panel.figure(row, span);
        return figures.join(QStringLiteral(" | "));
    }

    /// The window at 1024x700 on the Mail Agents page, the first agent (Billing) selected and its Activity
    /// tab shown; nullptr if the page is not as expected.
    AgentActivityPanel* openActivity(MainWindow& window)
    {
        window.resize(1024, 700);
        window.show();
        window.showPage(MainWindow::Agents);
        auto* list = window.findChild<QTableView*>(QStringLiteral("agentList"));
        auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("agentTabs"));
        if (!list || !tabs || !QTest::qWaitFor([list] { return list->model()->rowCount() == 2; }))
            return nullptr;
        list->selectRow(0);
        AgentActivityPanel* panel = window.agentsPage()->activityPanel();
        for (int tab = 0; tab < tabs->count(); ++tab) { // the panel is in the tab's scroll area
            if (tabs->widget(tab)->isAncestorOf(panel))
                tabs->setCurrentIndex(tab);
        }
        return panel;
    }

private Q_SLOTS:
    void init()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(installTranslators(qApp, QLocale(QLocale::English, QLocale::UnitedStates)));
        m_dir = std::make_unique<Test::TempDataDir>();
        QVERIFY(m_dir->isValid());
        m_fixture = std::make_unique<Test::QueueFixture>(m_dir->path());
        const auto billing = AgentDirectory(m_dir->path()).createAgent(QStringLiteral("Billing"), {}, {});
        const auto other = AgentDirectory(m_dir->path()).createAgent(QStringLiteral("Other"), {}, {});
        QVERIFY(billing && other);
        m_billing = billing->id;
        addDay(m_billing, 0, 5, 4, 2, 1);
        addDay(m_billing, 3, 1200, 1190, 0, 0);
        addDay(m_billing, 10, 100, 0, 0, 3);
        addDay(m_billing, 40, 1000, 1000, 0, 0); // before the 30 days
        addDay(other->id, 0, 77, 77, 0, 0);      // another agent's
        // Messages refused by a sending limit (an outside tester found no trace of them in the window).
        m_fixture->scalar(
            QStringLiteral("UPDATE agent_daily_stats SET limited = 2 WHERE agent_id = ? AND day = ?"),
            {m_billing, utcDay(0)});
        m_fixture->scalar(
            QStringLiteral("UPDATE agent_daily_stats SET limited = 7 WHERE agent_id = ? AND day = ?"),
            {m_billing, utcDay(10)});
        m_fixture->scalar(QStringLiteral("UPDATE agent_daily_stats SET limited = 9 WHERE agent_id = ?"),
                          {other->id});
        // Suppressed recipients: counted from the delivery log (an outside tester's figures did not add up).
        addSuppressed(m_billing, 0, QStringLiteral("s0"));
        addSuppressed(m_billing, 10, QStringLiteral("s10"));
        addSuppressed(m_billing, 40, QStringLiteral("s40")); // before the 30 days
        addSuppressed(other->id, 0, QStringLiteral("o0"));   // another agent's
        // Recipients deleted from the queue: counted from the delivery log too (a third tester could not make
        // accepted, delivered, bounced, waiting and deleted add up).
        addSuppressed(m_billing, 0, QStringLiteral("d0"), 1, QStringLiteral("deleted"));
        addSuppressed(m_billing, 5, QStringLiteral("d5"), 1, QStringLiteral("deleted"));
        addSuppressed(other->id, 0, QStringLiteral("od0"), 1, QStringLiteral("deleted")); // another agent's
        m_fixture->addMessage(QStringLiteral("w1"), m_billing, QStringLiteral("shop@example.com"),
                              {QStringLiteral("a@example.net"), QStringLiteral("b@example.net")}, nowMs());
        m_fixture->addMessage(QStringLiteral("w2"), other->id, QStringLiteral("x@example.com"),
                              {QStringLiteral("c@example.net")}, nowMs());
        // A bounce notice to the agent's sender that its suppression list held back: the relay's mail, not
        // the agent's (an outside tester read 4 here and 1 on the Dashboard).
        const qint64 notice = m_fixture->addMessage(QStringLiteral("n1"), m_billing, QString(),
                                                    {QStringLiteral("shop@example.com")}, nowMs());
        m_fixture->scalar(QStringLiteral("UPDATE messages SET listener = 'dsn' WHERE id = ?"), {notice});
        m_fixture->scalar(QStringLiteral("UPDATE recipients SET state = 'suppressed' WHERE message_id = ?"),
                          {notice});
        addSuppressed(m_billing, 0, QStringLiteral("n0"), notice);
    }
    void cleanup()
    {
        m_fixture.reset();
        m_dir.reset();
    }

    void figuresAreTheAgentsOwnDays()
    {
        AgentActivityPanel panel(m_dir->path());
        panel.show();
        QSignalSpy loaded(&panel, &AgentActivityPanel::loaded);
        panel.setAgent(QStringLiteral("Billing"));
        QVERIFY(loaded.wait());
        QCOMPARE(column(panel, 0), QStringLiteral("5 | 4 | 2 | 1 | 1 | 2 | 1"));
        QCOMPARE(column(panel, 1), QStringLiteral("1,205 | 1,194 | 2 | 1 | 1 | 2 | 2"));
        QCOMPARE(column(panel, 2), QStringLiteral("1,305 | 1,194 | 2 | 4 | 2 | 9 | 2"));
        QCOMPARE(panel.waitingText(),
                 QStringLiteral("2 recipients of this agent's mail wait in the queue now."));

        // Without a click: the engine reports an acceptance, and today's row has grown meanwhile.
        LiveFeed feed;
        panel.setLiveFeed(&feed);
        m_fixture->scalar(QStringLiteral("UPDATE agent_daily_stats SET accepted = accepted + 1 WHERE agent_id"
                                         " = ? AND day = ?"),
                          {m_billing, utcDay(0)});
        StoreChanges changes;
        changes.accepted = 1;
        Q_EMIT feed.storeChanged(changes);
        QTRY_COMPARE(panel.figure(0, 0), QStringLiteral("6"));

        // No agent: nothing shown, and nothing to open.
        panel.setAgent(QString());
        QCOMPARE(panel.figure(0, 0), QString());
        QVERIFY(!panel.findChild<QPushButton*>(QStringLiteral("showAgentLogs"))->isEnabled());
    }

    void refusedLoginsSayWhy()
    {
        // "The printer cannot send since this morning": the agent's Activity says its logins were refused,
        // how often, and the last one's address and reason (the engine's batches, as it writes them).
        AgentActivityPanel panel(m_dir->path());
        panel.show();
        QSignalSpy loaded(&panel, &AgentActivityPanel::loaded);
        panel.setAgent(QStringLiteral("Billing"));
        QVERIFY(loaded.wait());
        QCOMPARE(panel.refusedText(), QString());
        const qint64 now = nowMs();
        auto db = Database::connection(m_dir->path());
        QVERIFY(db);
        QVERIFY(RefusedLogins::record(
            db.value(), {{QStringLiteral("192.0.2.7"), m_billing, RefusedLoginReason::WrongPassword, 3,
                          now - 60000, now - 60000},
                         {QStringLiteral("192.0.2.8"), m_billing, RefusedLoginReason::NotOnAllowlist, 2,
                          now - 1000, now - 1000},
                         {QStringLiteral("192.0.2.9"), 0, RefusedLoginReason::UnknownUser, 9, now, now},
                         {QStringLiteral("192.0.2.7"), m_billing, RefusedLoginReason::WrongPassword, 1,
                          now - 2 * 86'400'000, now - 2 * 86'400'000}}));
        LiveFeed feed;
        panel.setLiveFeed(&feed);
        StoreChanges changes;
        changes.written = true;
        Q_EMIT feed.storeChanged(changes);
        QTRY_VERIFY(!panel.refusedText().isEmpty());
        // The year in four digits, as everywhere in the window (English and German wrote two in some places).
        const QString when = shortDateTimeText(QDateTime::fromMSecsSinceEpoch(now - 1000));
        QVERIFY2(when.contains(QString::number(QDateTime::fromMSecsSinceEpoch(now).date().year())),
                 qPrintable(when));
        QCOMPARE(
            panel.refusedText(),
            QStringLiteral("5 logins refused in the last 24 hours; the last at %1 from 192.0.2.8: address "
                           "not on the agent's allowlist.")
                .arg(when));
        // Another agent's refusals say nothing here.
        panel.setAgent(QStringLiteral("Other"));
        QTRY_COMPARE(panel.refusedText(), QString());
    }

    void aLockoutOfItsApplicationsIsSaid()
    {
        // The reported defect: after five wrong passwords the address got "421 4.7.0 Too many failed
        // authentication attempts" for 15 minutes, the right password too, and the agent's Activity said only
        // "25 logins refused ...: wrong password". The lockout is said, as the Dashboard says it.
        const auto scanner =
            AgentDirectory(m_dir->path())
                .createAgent(QStringLiteral("Scanner"),
                             {CidrRange::parse(QStringLiteral("127.0.51.0/24")).value()}, {});
        QVERIFY(scanner);
        const qint64 now = nowMs();
        const auto lockOut = [now, this](const QString& address) {
            AuthLockout lockout;
            lockout.address = address;
            lockout.lockedAt = now - 1000;
            lockout.lockedUntil = now + 900'000;
            lockout.failures = 5;
            lockout.detail = QStringLiteral("wrong password");
            return AuthLockouts(m_dir->path()).record(lockout).ok();
        };
        QVERIFY(lockOut(QStringLiteral("127.0.51.20"))); // on Scanner's allowlist
        QVERIFY(lockOut(QStringLiteral("192.0.2.44")));  // nobody's here, until Billing's login comes from it
        AgentActivityPanel panel(m_dir->path());
        panel.show();
        QSignalSpy loaded(&panel, &AgentActivityPanel::loaded);
        panel.setAgent(QStringLiteral("Scanner"));
        QVERIFY(loaded.wait());
        const QString until = tableTimeText(now + 900'000);
        QCOMPARE(lockedOutLine(panel),
                 QStringLiteral("127.0.51.20 is locked out of logins until %1: every application there is "
                                "refused, this agent's too. Live Sessions can unlock it.")
                     .arg(until));
        // Billing's allowlist is empty: its last refused login's address is the one that counts.
        panel.setAgent(QStringLiteral("Billing"));
        QVERIFY(loaded.wait());
        QCOMPARE(lockedOutLine(panel), QString());
        auto db = Database::connection(m_dir->path());
        QVERIFY(db);
        QVERIFY(RefusedLogins::record(db.value(), {{QStringLiteral("192.0.2.44"), m_billing,
                                                    RefusedLoginReason::WrongPassword, 5, now, now}}));
        panel.setAgent(QStringLiteral("Billing"));
        QVERIFY(loaded.wait());
        QVERIFY2(lockedOutLine(panel).startsWith(QStringLiteral("192.0.2.44 is locked out of logins until")),
                 qPrintable(lockedOutLine(panel)));
        // Unlocked in Live Sessions: no longer said, without a click (the engine's store changes).
        LiveFeed feed;
        panel.setLiveFeed(&feed);
        QVERIFY(SecurityAdmin(m_dir->path()).unlock(QHostAddress(QStringLiteral("192.0.2.44"))).ok());
        StoreChanges changes;
        changes.lockouts = 1;
        Q_EMIT feed.storeChanged(changes);
        QTRY_COMPARE(lockedOutLine(panel), QString());
    }

    void speaksTheWindowsLanguage()
    {
        // The window's language and its numbers (the locale a German desktop gives the window).
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        QVERIFY(installTranslators(qApp, QLocale(QLocale::German, QLocale::Germany)));
        {
            AgentActivityPanel panel(m_dir->path());
            QSignalSpy loaded(&panel, &AgentActivityPanel::loaded);
            panel.setAgent(QStringLiteral("Billing"));
            QVERIFY(loaded.wait());
            QCOMPARE(panel.figure(0, 1), QStringLiteral("1.205"));
            QCOMPARE(
                panel.waitingText(),
                QStringLiteral("2 Empfänger der Mail dieses Agenten warten jetzt in der Warteschlange."));
        }
        QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
        QVERIFY(installTranslators(qApp, QLocale(QLocale::French, QLocale::France)));
        {
            AgentActivityPanel panel(m_dir->path());
            QSignalSpy loaded(&panel, &AgentActivityPanel::loaded);
            panel.setAgent(QStringLiteral("Billing"));
            QVERIFY(loaded.wait());
            QCOMPARE(panel.figure(0, 1), QStringLiteral("1\u202f205"));
            QCOMPARE(panel.waitingText(),
                     QStringLiteral("2\u00a0destinataires du courrier de cet agent attendent dans la file."));
        }
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(installTranslators(qApp, QLocale(QLocale::English, QLocale::UnitedStates)));
    }

    void refusalsAtSubmissionAreSaidAndShown()
    {
        // An outside tester's message refused with 550 5.6.0 at submission left no trace on the agent's page:
        // its Activity now says how much was refused in the last 30 days and the last reply, and "Show
        // refusals" opens them on the Delivery Logs' "Refused at submission" tab.
        MainWindow window(m_dir->path());
        AgentActivityPanel* panel = openActivity(window);
        QVERIFY(panel);
        QTRY_COMPARE(panel->figure(0, 0), QStringLiteral("5"));
        auto* show = panel->findChild<QPushButton*>(QStringLiteral("showAgentRefusals"));
        QVERIFY(show);
        QCOMPARE(panel->refusedSubmissionsText(), QString());
        QVERIFY(!show->isEnabled());

        const qint64 now = nowMs();
        const auto entry = [](qint64 agentId, const QString& agent, const QString& reply, int count,
                              qint64 at) {
            return RefusedSubmission{QStringLiteral("192.0.2.7"),
                                     QStringLiteral("submission"),
                                     agentId,
                                     agent,
                                     QStringLiteral("DATA"),
                                     QStringLiteral("shop@example.com"),
                                     QStringLiteral("a@example.net"),
                                     reply,
                                     count,
                                     at,
                                     at};
        };
        const QString longLine =
            QStringLiteral("550 5.6.0 Message refused: a text line is longer than 1000 octets");
        auto db = Database::connection(m_dir->path());
        QVERIFY(db);
        QVERIFY(RefusedSubmissions::record(
                    db.value(), {entry(m_billing, QStringLiteral("Billing"), longLine, 3, now - 60000),
                                 entry(m_billing, QStringLiteral("Billing"),
                                       QStringLiteral("452 4.5.3 Too many recipients"), 1, now - 3600000),
                                 entry(m_billing, QStringLiteral("Billing"), longLine, 50,
                                       now - 40 * 86'400'000LL), // older
                                 // Another agent's, whose name holds this one's: the search for the name
                                 // found it too (an outside tester).
                                 entry(m_billing + 1, QStringLiteral("Billing Branch"), longLine, 8, now)})
                    .ok());
        LiveFeed feed;
        panel->setLiveFeed(&feed);
        StoreChanges changes;
        changes.written = true;
        Q_EMIT feed.storeChanged(changes);
        QTRY_VERIFY(!panel->refusedSubmissionsText().isEmpty());
        QCOMPARE(panel->refusedSubmissionsText(),
                 QStringLiteral(
                     "4 senders, recipients or messages refused at submission in the last 30 days (never "
                     "queued); the last at %1: %2")
                     .arg(shortDateTimeText(QDateTime::fromMSecsSinceEpoch(now - 60000)), longLine));
        QVERIFY(show->isEnabled());
        QTest::mouseClick(show, Qt::LeftButton);
        QTRY_COMPARE(int(window.currentPage()), int(MainWindow::Logs));
        DeliveryLogPage* logs = window.deliveryLogPage();
        QCOMPARE(logs->tabs()->currentWidget(), logs->refused());
        QCOMPARE(logs->refused()->search()->text(), QString());
        QCOMPARE(logs->refused()->agentFilter()->currentData().toStringList(),
                 QStringList{QStringLiteral("Billing")});
        // Billing's two refusals (the long line's rows of both times added up), not Billing Branch's; the
        // status counts refusals, as the Activity tab does, and says why there are fewer rows.
        QTRY_COMPARE(logs->refused()->list()->topLevelItemCount(), 2);
        QCOMPARE(logs->refused()->status()->text(),
                 QStringLiteral("54 refusals, in 2 rows: equal refusals share a row and its count (Times)."));
    }

    void showInDeliveryLogsOpensTheAgentsRows()
    {
        MainWindow window(m_dir->path());
        AgentActivityPanel* panel = openActivity(window);
        QVERIFY(panel);
        QVERIFY(panel->isVisible());
        QTRY_COMPARE(panel->figure(0, 0), QStringLiteral("5"));
        // The person had narrowed the log to something else before.
        LogFilterBar* bar = window.deliveryLogPage()->filterBar();
        bar->findChild<QComboBox*>(QStringLiteral("statusFilter"))->setCurrentIndex(1);
        QTest::mouseClick(panel->findChild<QPushButton*>(QStringLiteral("showAgentLogs")), Qt::LeftButton);
        QTRY_COMPARE(int(window.currentPage()), int(MainWindow::Logs));
        const LogFilter filter = bar->filter(nowMs());
        QCOMPARE(filter.agent, QStringLiteral("Billing"));
        QVERIFY2(filter.status.isEmpty(), qPrintable(filter.status));
        QCOMPARE(bar->findChild<QComboBox*>(QStringLiteral("periodFilter"))->currentData().toInt(),
                 30 * 86400);
    }

private:
    std::unique_ptr<Test::TempDataDir> m_dir;
    std::unique_ptr<Test::QueueFixture> m_fixture;
    qint64 m_billing = 0;
};

QTEST_MAIN(TestAgentActivityPanel)
#include "tst_agentactivitypanel.moc"

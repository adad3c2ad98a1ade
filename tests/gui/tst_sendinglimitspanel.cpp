// GUI test of the sending limits editor on the agents page (offscreen): limits typed into real spin boxes are
// stored, the current use follows the engine's store changes without a click, limits changed elsewhere (the
// command line) appear, and limits being edited are never overwritten.
#include "core/admin/agentlimitadmin.h"
#include "core/agents/agentdirectory.h"
#include "core/agents/agentlimitstore.h"
#include "core/store/database.h"
#include "core/util/clock.h"
#include "tests/support/tempdatadir.h"
#include "ui/agentspage.h"
#include "ui/livefeed.h"
#include "ui/sendinglimitspanel.h"

#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace RelayDesk;

class TestSendingLimitsPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<Test::TempDataDir>();
        QVERIFY(m_dir->isValid());
        const auto agent = AgentDirectory(m_dir->path()).createAgent(QStringLiteral("Billing"), {}, {});
        QVERIFY(agent);
        m_agentId = agent->id;
        QVERIFY(AgentLimitAdmin(m_dir->path()).set(QStringLiteral("Billing"), SendingLimits{3, 0, 0, 0}));
    }
    void cleanup() { m_dir.reset(); }

    void editorShowsAndStoresLimits()
    {
        SendingLimitsPanel panel(m_dir->path());
        panel.resize(520, 360);
        panel.show();
        QSignalSpy loaded(&panel, &SendingLimitsPanel::loaded);
        panel.setAgent(QStringLiteral("Billing"));
        QVERIFY(loaded.wait());
        QCOMPARE(box(panel, "perMinute")->value(), 3);
        QCOMPARE(box(panel, "perHour")->text(), QStringLiteral("No limit"));
        QCOMPARE(label(panel, "minuteUse")->text(), QStringLiteral("0 of 3 this minute"));
        QCOMPARE(label(panel, "hourUse")->text(), QStringLiteral("0 this hour"));
        QVERIFY(!panel.saveButton()->isEnabled());

        // Typed as a person does: select all, type the number of messages an hour.
        type(box(panel, "perHour"), QStringLiteral("100"));
        type(box(panel, "maxRecipients"), QStringLiteral("10"));
        QVERIFY(panel.hasUnsavedChanges());
        QVERIFY(panel.saveButton()->isEnabled());
        QSignalSpy saved(&panel, &SendingLimitsPanel::saved);
        QTest::mouseClick(panel.saveButton(), Qt::LeftButton);
        QVERIFY(saved.wait());
        QCOMPARE(AgentLimitStore(m_dir->path()).limits(m_agentId).value(), (SendingLimits{3, 100, 0, 10}));
        QVERIFY(!panel.hasUnsavedChanges());
        QTRY_COMPARE(label(panel, "hourUse")->text(), QStringLiteral("0 of 100 this hour"));

        // Back to no limit: the row goes.
        type(box(panel, "perMinute"), QStringLiteral("0"));
        type(box(panel, "perHour"), QStringLiteral("0"));
        type(box(panel, "maxRecipients"), QStringLiteral("0"));
        QCOMPARE(box(panel, "perMinute")->text(), QStringLiteral("No limit"));
        QTest::mouseClick(panel.saveButton(), Qt::LeftButton);
        QVERIFY(saved.wait());
        QVERIFY(AgentLimitStore(m_dir->path()).limits(m_agentId)->isEmpty());
    }

    void aLimitThatCanNeverBeReachedIsNoted()
    {
        // An outside tester set 50 a minute with 10 an hour and counted on the minute's limit.
        SendingLimitsPanel panel(m_dir->path());
        panel.show();
        QSignalSpy loaded(&panel, &SendingLimitsPanel::loaded);
        panel.setAgent(QStringLiteral("Billing"));
        QVERIFY(loaded.wait());
        QLabel* note = label(panel, "unreachableLimits");
        QVERIFY(!note->isVisible());
        type(box(panel, "perHour"), QStringLiteral("2"));
        QVERIFY(note->isVisible());
        QCOMPARE(note->text(),
                 QStringLiteral(
                     "The limit per minute (3) is above the limit per hour (2), so it is never reached."));
        type(box(panel, "perHour"), QStringLiteral("0"));
        type(box(panel, "perDay"), QStringLiteral("1"));
        QCOMPARE(note->text(),
                 QStringLiteral(
                     "The limit per minute (3) is above the limit per day (1), so it is never reached."));
        type(box(panel, "perHour"), QStringLiteral("30"));
        QCOMPARE(note->text(),
                 QStringLiteral(
                     "The limit per hour (30) is above the limit per day (1), so it is never reached."));
        type(box(panel, "perDay"), QStringLiteral("500"));
        QVERIFY(!note->isVisible());
        // Limits stored elsewhere are checked as they are shown.
        QVERIFY(AgentLimitStore(m_dir->path()).set(m_agentId, SendingLimits{0, 9, 4, 0}));
        SendingLimitsPanel other(m_dir->path());
        other.show();
        QSignalSpy otherLoaded(&other, &SendingLimitsPanel::loaded);
        other.setAgent(QStringLiteral("Billing"));
        QVERIFY(otherLoaded.wait());
        note = label(other, "unreachableLimits");
        QTRY_COMPARE(
            note->text(),
            QStringLiteral("The limit per hour (9) is above the limit per day (4), so it is never reached."));
    }

    void useFollowsTheEngineWithoutAClick()
    {
        // The minute's count must not start again in the middle of the test.
        const qint64 left = sendingWindowEnd(SendingWindow::Minute, nowMs()) - nowMs();
        if (left < 20000)
            QTest::qWait(int(left) + 300);
        SendingLimitsPanel panel(m_dir->path());
        LiveFeed feed;
        panel.setLiveFeed(&feed);
        panel.show();
        QSignalSpy loaded(&panel, &SendingLimitsPanel::loaded);
        panel.setAgent(QStringLiteral("Billing"));
        QVERIFY(loaded.wait());
        // The engine accepts two messages and says so; the panel reads the store's counts again.
        acceptMessage();
        acceptMessage();
        StoreChanges accepted;
        accepted.accepted = 2;
        Q_EMIT feed.storeChanged(accepted);
        QTRY_COMPARE(label(panel, "minuteUse")->text(), QStringLiteral("2 of 3 this minute"));
        QCOMPARE(label(panel, "dayUse")->text(), QStringLiteral("2 today (UTC)"));

        // The command line changes the limits in another process: the store was written.
        QVERIFY(AgentLimitStore(m_dir->path()).set(m_agentId, SendingLimits{2, 0, 50, 0}));
        StoreChanges written;
        written.written = true;
        Q_EMIT feed.storeChanged(written);
        QTRY_COMPARE(box(panel, "perDay")->value(), 50);
        QTRY_COMPARE(label(panel, "minuteUse")->text(), QStringLiteral("2 of 2 this minute"));
        QCOMPARE(label(panel, "dayUse")->text(), QStringLiteral("2 of 50 today (UTC)"));

        // A limit being edited stays as typed while the use goes on changing.
        type(box(panel, "perDay"), QStringLiteral("75"));
        acceptMessage();
        Q_EMIT feed.storeChanged(accepted);
        QTRY_COMPARE(label(panel, "dayUse")->text(), QStringLiteral("3 of 50 today (UTC)"));
        QCOMPARE(box(panel, "perDay")->value(), 75);
        QVERIFY(panel.hasUnsavedChanges());
        QTest::mouseClick(panel.findChild<QPushButton*>(QStringLiteral("revertLimits")), Qt::LeftButton);
        QCOMPARE(box(panel, "perDay")->value(), 50);
        QVERIFY(!panel.hasUnsavedChanges());
    }

    void agentsPageHasTheLimitsTab()
    {
        AgentsPage page(m_dir->path());
        LiveFeed feed;
        page.setLiveFeed(&feed);
        page.resize(1024, 700);
        page.show();
        QSignalSpy listed(&page, &AgentsPage::agentsLoaded);
        QVERIFY(listed.wait());
        page.selectAgent(QStringLiteral("Billing"));
        auto* tabs = page.findChild<QTabWidget*>(QStringLiteral("agentTabs"));
        QVERIFY(tabs);
        SendingLimitsPanel* panel = page.sendingLimitsPanel();
        const int index = tabs->indexOf(panel);
        QVERIFY(index >= 0);
        QCOMPARE(tabs->tabText(index), QStringLiteral("Sending limits"));
        tabs->setCurrentIndex(index);
        QTRY_COMPARE(box(*panel, "perMinute")->value(), 3);
        QTRY_COMPARE(label(*panel, "minuteUse")->text(), QStringLiteral("0 of 3 this minute"));
    }

    void choosingAnotherAgentAsksAboutTypedLimits()
    {
        // An outside tester typed a limit, chose another agent without saving, and the limit was gone
        // without a word.
        QVERIFY(AgentDirectory(m_dir->path()).createAgent(QStringLiteral("Printer"), {}, {}));
        AgentsPage page(m_dir->path());
        LiveFeed feed;
        page.setLiveFeed(&feed);
        page.resize(1024, 700);
        page.show();
        QSignalSpy listed(&page, &AgentsPage::agentsLoaded);
        QVERIFY(listed.wait());
        auto* view = page.findChild<QTableView*>();
        QVERIFY(view);
        SendingLimitsPanel* panel = page.sendingLimitsPanel();
        auto* tabs = page.findChild<QTabWidget*>(QStringLiteral("agentTabs"));
        tabs->setCurrentIndex(tabs->indexOf(panel));
        const auto rowOf = [view](const QString& name) {
            for (int row = 0; row < view->model()->rowCount(); ++row) {
                if (view->model()->index(row, 0).data().toString() == name)
                    return row;
            }
            return -1;
        };
        const auto clickAgent = [view, &rowOf](const QString& name) {
            const QRect cell = view->visualRect(view->model()->index(rowOf(name), 0));
            QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, cell.center());
        };
        const auto selected = [view]() {
            const QModelIndexList rows = view->selectionModel()->selectedRows();
            return rows.isEmpty() ? QString() : rows.first().data().toString();
        };
        const auto prompt = [&page]() {
            QMessageBox* found = nullptr;
            (void)QTest::qWaitFor([&]() {
                found = page.findChild<QMessageBox*>(QStringLiteral("unsavedSendingLimits"));
                return found && found->isVisible();
            });
            return found;
        };
        QVERIFY(rowOf(QStringLiteral("Billing")) >= 0 && rowOf(QStringLiteral("Printer")) >= 0);
        clickAgent(QStringLiteral("Billing"));
        QTRY_COMPARE(box(*panel, "perMinute")->value(), 3);
        type(box(*panel, "perHour"), QStringLiteral("100"));
        QVERIFY(panel->hasUnsavedChanges());

        // Cancel (the default): the selection and the typed limit stay.
        clickAgent(QStringLiteral("Printer"));
        QMessageBox* asked = prompt();
        QVERIFY(asked);
        QVERIFY(asked->text().contains(QStringLiteral("Billing")));
        QCOMPARE(asked->defaultButton(), asked->button(QMessageBox::Cancel));
        QCOMPARE(selected(), QStringLiteral("Billing"));
        asked->button(QMessageBox::Cancel)->click();
        QTRY_VERIFY(!page.findChild<QMessageBox*>(QStringLiteral("unsavedSendingLimits")));
        QCOMPARE(selected(), QStringLiteral("Billing"));
        QCOMPARE(panel->agent(), QStringLiteral("Billing"));
        QCOMPARE(box(*panel, "perHour")->value(), 100);
        QVERIFY(panel->hasUnsavedChanges());

        // Save: stored for Billing, then Printer is shown.
        clickAgent(QStringLiteral("Printer"));
        asked = prompt();
        QVERIFY(asked);
        asked->button(QMessageBox::Save)->click();
        QTRY_COMPARE(selected(), QStringLiteral("Printer"));
        QCOMPARE(AgentLimitStore(m_dir->path()).limits(m_agentId).value(), (SendingLimits{3, 100, 0, 0}));
        QTRY_COMPARE(panel->agent(), QStringLiteral("Printer"));
        QTRY_COMPARE(box(*panel, "perHour")->value(), 0);

        // Discard, by the keyboard: Printer keeps no limits, and Billing is shown.
        type(box(*panel, "perDay"), QStringLiteral("500"));
        QVERIFY(panel->hasUnsavedChanges());
        view->setFocus();
        QTest::keyClick(view, rowOf(QStringLiteral("Billing")) < rowOf(QStringLiteral("Printer"))
                                  ? Qt::Key_Up
                                  : Qt::Key_Down);
        asked = prompt();
        QVERIFY(asked);
        QCOMPARE(selected(), QStringLiteral("Printer"));
        // Asked once, although the key moves the selection twice (an outside tester got a second question
        // after Discard).
        QCOMPARE(page.findChildren<QMessageBox*>(QStringLiteral("unsavedSendingLimits")).size(), 1);
        asked->button(QMessageBox::Discard)->click();
        QTRY_COMPARE(selected(), QStringLiteral("Billing"));
        QTest::qWait(200);
        QVERIFY(page.findChildren<QMessageBox*>(QStringLiteral("unsavedSendingLimits")).isEmpty());
        const auto printer = AgentDirectory(m_dir->path()).agent(QStringLiteral("Printer"));
        QVERIFY(printer);
        QVERIFY(AgentLimitStore(m_dir->path()).limits(printer->id)->isEmpty());
        QTRY_COMPARE(box(*panel, "perHour")->value(), 100);
    }

private:
    static QSpinBox* box(QWidget& panel, const char* name)
    {
        auto* found = panel.findChild<QSpinBox*>(QLatin1String(name));
        Q_ASSERT(found);
        return found;
    }
    static QLabel* label(QWidget& panel, const char* name)
    {
        auto* found = panel.findChild<QLabel*>(QLatin1String(name));
        Q_ASSERT(found);
        return found;
    }
    static void type(QSpinBox* spin, const QString& text)
    {
        spin->setFocus();
        auto* edit = spin->findChild<QLineEdit*>();
        edit->selectAll();
        QTest::keyClicks(edit, text);
        QTest::keyClick(edit, Qt::Key_Tab);
    }
    void acceptMessage()
    {
        auto db = Database::connection(m_dir->path());
        QVERIFY(db);
        QSqlQuery query(db.value());
        query.prepare(QStringLiteral("INSERT INTO messages(queue_id, agent_id, agent_name, sender, size,"
                                     " received_at, listener, client_address) VALUES(?, ?, 'Billing',"
                                     " 'a@example.com', 1, ?, 'submission', '127.0.0.1')"));
        query.addBindValue(QStringLiteral("gui%1").arg(++m_messages));
        query.addBindValue(m_agentId);
        query.addBindValue(nowMs());
        QVERIFY(query.exec());
    }

    std::unique_ptr<Test::TempDataDir> m_dir;
    qint64 m_agentId = 0;
    int m_messages = 0;
};

QTEST_MAIN(TestSendingLimitsPanel)
#include "tst_sendinglimitspanel.moc"

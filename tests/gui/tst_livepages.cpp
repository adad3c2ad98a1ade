// GUI tests of live pages: the engine's store changes reach Delivery Logs and the Queue within a second with
// no click, refreshes keep the selection and the scroll position, details panes follow the selection or
// clear, and F5 reloads the page shown. Real widgets on the offscreen platform, a real engine on loopback.
#include "core/agents/agentdirectory.h"
#include "core/engine/relayengine.h"
#include "core/store/settings.h"
#include "exampledata.h"
#include "tests/gui/boxanswer.h"
#include "tests/support/freeport.h"
#include "tests/support/tempdatadir.h"
#include "ui/agentlistmodel.h"
#include "ui/agentspage.h"
#include "ui/deliverylogmodel.h"
#include "ui/deliverylogpage.h"
#include "ui/enginelink.h"
#include "ui/listenerdownnotice.h"
#include "ui/liverefresh.h"
#include "ui/logfilterbar.h"
#include "ui/mainwindow.h"
#include "ui/messageviewer.h"
#include "ui/messagevieweropener.h"
#include "ui/queuemodel.h"
#include "ui/queuepage.h"
#include "ui/restartbanner.h"
#include "ui/settingcatalog.h"
#include "ui/settingspage.h"
#include "ui/statustray.h"
#include "ui/timecolumn.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTextBrowser>

using namespace RelayDesk;
using RelayDesk::Test::freePort;

namespace {

/// A running engine on free loopback ports (delivery off, so mail stays queued), the window wired to it, and
/// a Mail Agent that trusts 127.0.0.1 as a device, so that the LAN listener takes mail without AUTH.
struct LiveRelay
{
    explicit LiveRelay(const QString& dataDir) : engine(dataDir)
    {
        Settings settings(dataDir);
        lanPort = freePort();
        settings.set(QStringLiteral("listener.submission.address"),
                     QStringLiteral("127.0.0.1:%1").arg(freePort()));
        settings.set(QStringLiteral("listener.smtps.address"),
                     QStringLiteral("127.0.0.1:%1").arg(freePort()));
        settings.set(QStringLiteral("listener.lan.address"), QStringLiteral("127.0.0.1:%1").arg(lanPort));
        settings.set(QStringLiteral("delivery.enabled"), QStringLiteral("false"));
        AgentDirectory(dataDir).createAgent(QStringLiteral("scanner"), {},
                                            {CidrRange::parse(QStringLiteral("127.0.0.1")).value()},
                                            QStringLiteral("Scan to mail"), {QStringLiteral("example.com")});
        started = engine.start();
        window = std::make_unique<MainWindow>(dataDir);
        link = std::make_unique<EngineLink>(&engine, window.get(), &tray);
    }
    ~LiveRelay()
    {
        link.reset();
        window.reset();
        engine.stop();
    }
    RelayEngine engine;
    quint16 lanPort = 0;
    Status started;
    StatusTray tray;
    std::unique_ptr<MainWindow> window;
    std::unique_ptr<EngineLink> link;
};

/// Submits one message over SMTP to the LAN listener, as a trusted scanner would; empty when it got 250.
QString submitOverSmtp(quint16 port, const QString& recipient)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(5000))
        return QStringLiteral("cannot connect: %1").arg(socket.errorString());
    QString failure;
    // RFC 5321 4.2: the last line of a reply has a space after the code.
    auto expect = [&](const QByteArray& code) {
        for (;;) {
            while (!socket.canReadLine()) {
                if (!socket.waitForReadyRead(5000)) {
                    failure = QStringLiteral("no reply, waiting for %1").arg(QLatin1String(code));
                    return false;
                }
            }
            const QByteArray line = socket.readLine();
            if (line.size() >= 4 && line.at(3) == ' ') {
                if (!line.startsWith(code))
                    failure = QStringLiteral("expected %1, got %2")
                                  .arg(QLatin1String(code), QString::fromLatin1(line));
                return line.startsWith(code);
            }
        }
    };
    auto send = [&](const QByteArray& bytes) {
        socket.write(bytes);
        socket.flush();
    };
    if (!expect("220"))
        return failure;
    send("EHLO scanner.example\r\n");
    if (!expect("250"))
        return failure;
    send("MAIL FROM:<scanner@example.com>\r\n");
    if (!expect("250"))
        return failure;
    send("RCPT TO:<" + recipient.toLatin1() + ">\r\n");
    if (!expect("250"))
        return failure;
    send("DATA\r\n");
    if (!expect("354"))
        return failure;
    send("From: scanner@example.com\r\nTo: " + recipient.toLatin1() +
         "\r\nSubject: Live scan\r\n\r\nA scanned page.\r\n.\r\n");
    if (!expect("250"))
        return failure;
    send("QUIT\r\n");
    expect("221");
    return {};
}

bool logShows(DeliveryLogPage* page, const QString& recipient)
{
    for (int row = 0; row < page->model()->rowCount(); ++row) {
        if (page->model()->rowAt(row).recipient == recipient)
            return true;
    }
    return false;
}

/// The first row of the Queue page whose message is in this stored state, or -1.
int firstRowInState(QueuePage* page, const QString& state)
{
    for (int row = 0; row < page->model()->rowCount(); ++row) {
        if (page->model()->rowAt(row).state == state)
            return row;
    }
    return -1;
}

bool queueShows(QueuePage* page, const QString& recipient)
{
    for (int row = 0; row < page->model()->rowCount(); ++row) {
        if (page->model()->rowAt(row).recipients.contains(recipient))
            return true;
    }
    return false;
}

/// Adds delivered rows directly to the store, as another process (the command line) would.
void addRows(const QString& dataDir, int count, const QString& prefix)
{
    for (int i = 0; i < count; ++i)
        Test::ExampleData::addMessage(
            dataDir, QStringLiteral("billing-app"), QStringLiteral("billing@example.com"),
            QStringLiteral("%1%2@example.com").arg(prefix).arg(i), QStringLiteral("Receipt %1").arg(i),
            QStringLiteral("delivered"), 250, QStringLiteral("2.0.0"), QStringLiteral("OK"), nowMs() - 1000);
}

} // namespace

class TestLivePages : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void submittedMailAppearsWithoutAClick();
    void changesByAnotherProcessAppear();
    void anAgentResumedElsewhereCanBeTestedAgain();
    void refreshKeepsSelectionAndScroll();
    void detailsFollowTheRowOrClear();
    void f5RefreshesThePageShown();
    void queueActionRefreshesTheDetails();
    void deliveriesUnderWayShowInTheQueue();
    void liveRefreshCoalescesAndWaitsWhileHidden();
    void restartStoredElsewhereShows();
    void listenerDownShowsOnTheSettingsPage();
};

void TestLivePages::submittedMailAppearsWithoutAClick()
{
    Test::TempDataDir dir;
    LiveRelay relay(dir.path());
    QVERIFY2(relay.started, qPrintable(relay.started.error()));
    DeliveryLogPage* logs = relay.window->deliveryLogPage();
    QueuePage* queue = relay.window->queuePage();
    QAbstractItemModelTester logTester(logs->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester queueTester(queue->model(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    relay.window->showPage(MainWindow::Logs);
    relay.window->show();
    QTRY_VERIFY(!logs->model()->isLoading());
    QCOMPARE(logs->model()->rowCount(), 0);

    // Delivery Logs is shown: the message is there within a second of its 250.
    const QString first = QStringLiteral("first@example.net");
    QCOMPARE(submitOverSmtp(relay.lanPort, first), QString());
    QElapsedTimer clock;
    clock.start();
    QTRY_VERIFY_WITH_TIMEOUT(logShows(logs, first), 1000);
    qInfo("Delivery Logs showed the message %lld ms after its 250", clock.elapsed());

    // The Queue was hidden meanwhile: it is current as soon as it is shown.
    relay.window->showPage(MainWindow::Queue);
    QTRY_VERIFY_WITH_TIMEOUT(queueShows(queue, first), 1000);

    // And while it is shown, the next message appears there within a second, with no click.
    const QString second = QStringLiteral("second@example.net");
    QCOMPARE(submitOverSmtp(relay.lanPort, second), QString());
    clock.start();
    QTRY_VERIFY_WITH_TIMEOUT(queueShows(queue, second), 1000);
    qInfo("the Queue showed the message %lld ms after its 250", clock.elapsed());
    QCOMPARE(queue->model()->rowCount(), 2);
}

void TestLivePages::changesByAnotherProcessAppear()
{
    Test::TempDataDir dir;
    LiveRelay relay(dir.path());
    QVERIFY2(relay.started, qPrintable(relay.started.error()));
    DeliveryLogPage* logs = relay.window->deliveryLogPage();
    relay.window->showPage(MainWindow::Logs);
    relay.window->show();
    QTRY_VERIFY(!logs->model()->isLoading());
    QSignalSpy changed(&relay.engine, &EngineControl::storeChanged);
    // This test's own connection stands for the command line: the engine notices through data_version.
    addRows(dir.path(), 3, QStringLiteral("cli"));
    QTRY_VERIFY_WITH_TIMEOUT(logs->model()->rowCount() == 3, 1500);
    // The page may have read the rows on its own first (on PostgreSQL the engine notices by polling): the
    // engine's own notice follows within the same bound.
    QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty(), 1500);
    QVERIFY(changed.first().first().value<StoreChanges>().written);
}

// An outside tester resumed a paused agent with `relaydesk agent enable`: the list said "enabled" by itself,
// and "Send test message..." stayed greyed out until the window was started again.
void TestLivePages::anAgentResumedElsewhereCanBeTestedAgain()
{
    Test::TempDataDir dir;
    LiveRelay relay(dir.path());
    QVERIFY2(relay.started, qPrintable(relay.started.error()));
    QVERIFY(AgentDirectory(dir.path()).setEnabled(QStringLiteral("scanner"), false));
    relay.window->showPage(MainWindow::Agents);
    relay.window->show();
    AgentsPage* page = relay.window->agentsPage();
    QTRY_COMPARE(page->model()->rowCount(), 1);
    page->selectAgent(QStringLiteral("scanner"));
    auto* button = page->findChild<QPushButton*>(QStringLiteral("sendTestMessageButton"));
    QTRY_VERIFY(!button->isEnabled());
    // This test's own connection stands for the command line, as above.
    QVERIFY(AgentDirectory(dir.path()).setEnabled(QStringLiteral("scanner"), true));
    QTRY_VERIFY_WITH_TIMEOUT(page->model()->agentAt(0).enabled, 5000);
    QTRY_VERIFY(button->isEnabled());
    QVERIFY(button->toolTip().isEmpty());
    QVERIFY(AgentDirectory(dir.path()).setEnabled(QStringLiteral("scanner"), false));
    QTRY_VERIFY_WITH_TIMEOUT(!button->isEnabled(), 5000);
}

void TestLivePages::refreshKeepsSelectionAndScroll()
{
    Test::TempDataDir dir;
    Test::ExampleData::populate(dir.path());
    addRows(dir.path(), 100, QStringLiteral("bulk")); // 140 rows: one page, so a refresh reads them all
    DeliveryLogPage page(dir.path());
    page.resize(900, 500);
    page.show();
    QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_VERIFY(page.model()->rowCount() == 140 && !page.model()->isLoading());

    // Scroll down and select a row in sight.
    QTableView* view = page.view();
    view->verticalScrollBar()->setValue(60);
    const int topRow = view->rowAt(0);
    QVERIFY(topRow > 0);
    const qint64 topKey = page.model()->rowKey(topRow);
    view->selectRow(topRow + 3);
    const qint64 selectedKey = page.model()->rowKey(topRow + 3);
    QTRY_VERIFY(page.details()->toPlainText().contains(page.model()->rowAt(topRow + 3).recipient));
    const int rowsBefore = page.model()->rowCount();

    // New mail arrives at the top (newest first), and the page refreshes.
    addRows(dir.path(), 2, QStringLiteral("fresh"));
    QSignalSpy refreshed(page.model(), &DeliveryLogModel::refreshed);
    page.refresh();
    QTRY_COMPARE(refreshed.count(), 1);
    QCOMPARE(page.model()->rowCount(), rowsBefore + 2);
    QCOMPARE(page.model()->rowAt(0).recipient.left(5), QStringLiteral("fresh"));
    // The same row is selected and current, and the same row is at the top of the view.
    const QModelIndexList selected = view->selectionModel()->selectedRows();
    QCOMPARE(selected.size(), 1);
    QCOMPARE(page.model()->rowKey(selected.first().row()), selectedKey);
    QCOMPARE(page.model()->rowKey(view->currentIndex().row()), selectedKey);
    QCOMPARE(page.model()->rowKey(view->rowAt(0)), topKey);
    QCOMPARE(page.model()->rowAt(selected.first().row()).recipient,
             page.details()->toPlainText().section(QLatin1Char('\n'), 0, 0));

    // A view at the top stays at the top, so that new rows come into sight.
    view->verticalScrollBar()->setValue(0);
    addRows(dir.path(), 1, QStringLiteral("newest"));
    page.refresh();
    QTRY_COMPARE(refreshed.count(), 2);
    QCOMPARE(view->verticalScrollBar()->value(), 0);
    QCOMPARE(page.model()->rowAt(view->rowAt(0)).recipient, QStringLiteral("newest0@example.com"));

    // A row picked at the top stays where it was while new rows come in above it (an outside tester's click
    // on a red row selected a green one a second later).
    view->selectRow(2);
    const qint64 picked = page.model()->rowKey(2);
    const int pickedY = view->visualRect(page.model()->index(2, 0)).top();
    addRows(dir.path(), 3, QStringLiteral("later"));
    page.refresh();
    QTRY_COMPARE(refreshed.count(), 3);
    const QModelIndexList stillSelected = view->selectionModel()->selectedRows();
    QCOMPARE(stillSelected.size(), 1);
    QCOMPARE(page.model()->rowKey(stillSelected.first().row()), picked);
    QCOMPARE(view->visualRect(stillSelected.first()).top(), pickedY);
    QVERIFY(view->verticalScrollBar()->value() > 0);
}

void TestLivePages::detailsFollowTheRowOrClear()
{
    Test::TempDataDir dir;
    Test::ExampleData::populate(dir.path());
    DeliveryLogPage page(dir.path());
    page.show();
    QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_COMPARE(page.model()->rowCount(), 40);
    const QString placeholder = page.details()->toPlainText();

    // A filter change clears the pane: the row it described is no longer the selection.
    page.view()->selectRow(1);
    const QString recipient = page.model()->rowAt(1).recipient;
    QTRY_VERIFY(page.details()->toPlainText().contains(recipient));
    QTest::keyClicks(page.filterBar()->findChild<QLineEdit*>(QStringLiteral("textFilter")),
                     QStringLiteral("nobody"));
    QTRY_VERIFY(page.model()->rowCount() == 3 && !page.model()->isLoading());
    QCOMPARE(page.details()->toPlainText(), placeholder);
    QVERIFY(!page.view()->currentIndex().isValid());

    // A selected row that leaves the store (purged, or deleted by the command line) clears the pane.
    page.view()->selectRow(0);
    const DeliveryLogRow row = page.model()->rowAt(0);
    QTRY_VERIFY(page.details()->toPlainText().contains(row.recipient));
    QSqlQuery q(Database::connection(dir.path()).value());
    q.prepare(QStringLiteral("DELETE FROM messages WHERE id = ?"));
    q.addBindValue(row.messageId);
    QVERIFY(q.exec());
    page.refresh();
    QTRY_COMPARE(page.model()->rowCount(), 2);
    QCOMPARE(page.details()->toPlainText(), placeholder);
}

void TestLivePages::f5RefreshesThePageShown()
{
    Test::TempDataDir dir;
    Test::ExampleData::populate(dir.path());
    MainWindow window(dir.path());
    window.showPage(MainWindow::Logs);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    DeliveryLogPage* logs = window.deliveryLogPage();
    QTRY_COMPARE(logs->model()->rowCount(), 40);
    auto* action = window.findChild<QAction*>(QStringLiteral("refreshAction"));
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(QKeySequence::Refresh));

    addRows(dir.path(), 1, QStringLiteral("pressed"));
    QTest::keyClick(&window, Qt::Key_F5);
    QTRY_COMPARE(logs->model()->rowCount(), 41);

    // The Refresh button of the page does the same.
    addRows(dir.path(), 1, QStringLiteral("clicked"));
    QTest::mouseClick(logs->findChild<QPushButton*>(QStringLiteral("refreshLog")), Qt::LeftButton);
    QTRY_COMPARE(logs->model()->rowCount(), 42);

    // On the Queue page, F5 reloads the queue.
    window.showPage(MainWindow::Queue);
    QueuePage* queue = window.queuePage();
    QTRY_VERIFY(!queue->model()->isLoading());
    const int queued = queue->model()->rowCount();
    Test::ExampleData::addMessage(dir.path(), QStringLiteral("billing-app"),
                                  QStringLiteral("billing@example.com"),
                                  QStringLiteral("waiting@example.com"), QStringLiteral("Waiting"),
                                  QStringLiteral("queued"), 0, QString(), QString(), nowMs());
    QTest::keyClick(&window, Qt::Key_F5);
    QTRY_COMPARE(queue->model()->rowCount(), queued + 1);
}

void TestLivePages::queueActionRefreshesTheDetails()
{
    Test::TempDataDir dir;
    Test::ExampleData::populate(dir.path());
    LiveRelay relay(dir.path());
    QVERIFY2(relay.started, qPrintable(relay.started.error()));
    QueuePage* page = relay.window->queuePage();
    QAbstractItemModelTester tester(page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    relay.window->showPage(MainWindow::Queue);
    relay.window->show();
    QTRY_VERIFY(page->model()->rowCount() > 3 && !page->model()->isLoading());

    // A deferred message: its details say when it is tried next.
    const int deferred = firstRowInState(page, QStringLiteral("deferred"));
    QVERIFY(deferred >= 0);
    const QString queueId = page->model()->rowAt(deferred).queueId;
    page->view()->selectRow(deferred);
    QTRY_VERIFY(page->details()->toPlainText().contains(queueId));
    QVERIFY(page->details()->toPlainText().contains(QStringLiteral("Next attempt")));

    // Held: the same row stays selected, and the pane says it is held, no longer that it will be retried.
    QTest::mouseClick(page->findChild<QPushButton*>(QStringLiteral("action%1").arg(int(QueueAction::Hold))),
                      Qt::LeftButton);
    QTRY_VERIFY(page->details()->toPlainText().contains(QStringLiteral("On hold")));
    QVERIFY(page->details()->toPlainText().contains(queueId));
    QVERIFY(!page->details()->toPlainText().contains(QStringLiteral("Next attempt")));
    QVERIFY(!page->details()->toPlainText().contains(QStringLiteral("retries")));
    QCOMPARE(page->selectedQueueIds(), QStringList{queueId});
}

/// A recipient being delivered (a slow server, a long attempt): the Queue says so and since when, rather than
/// "queued" with a next attempt in the past (an outside tester could not tell it from a stuck message).
void TestLivePages::deliveriesUnderWayShowInTheQueue()
{
    Test::TempDataDir dir;
    Test::ExampleData::populate(dir.path());
    LiveRelay relay(dir.path());
    QVERIFY2(relay.started, qPrintable(relay.started.error()));
    QueuePage* page = relay.window->queuePage();
    QAbstractItemModelTester tester(page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    relay.window->showPage(MainWindow::Queue);
    relay.window->show();
    QTRY_VERIFY(page->model()->rowCount() > 3 && !page->model()->isLoading());
    const int deferred = firstRowInState(page, QStringLiteral("deferred"));
    QVERIFY(deferred >= 0);
    const QueueRow shown = page->model()->rowAt(deferred);
    page->view()->selectRow(deferred);
    QTRY_VERIFY(page->details()->toPlainText().contains(QStringLiteral("Next attempt")));
    const auto cell = [&](int column) { return page->model()->index(deferred, column).data().toString(); };
    QCOMPARE(cell(QueueQuery::State), QStringLiteral("deferred"));

    // The engine says it is under way (pushed, as over the control channel).
    const qint64 since = nowMs() - 90'000;
    const QList<DeliveryInFlight> underWay{
        {shown.queueId, QStringLiteral("example.org"), {shown.recipients}, since}};
    Q_EMIT relay.engine.deliveriesChanged(underWay);
    QTRY_COMPARE(cell(QueueQuery::State), QStringLiteral("delivering"));
    QCOMPARE(cell(QueueQuery::NextAttempt), QStringLiteral("now"));
    QCOMPARE(page->model()->index(deferred, QueueQuery::NextAttempt).data(Qt::ToolTipRole).toString(),
             QStringLiteral("Under way since %1").arg(tableTimeText(since)));
    QTRY_VERIFY(
        page->details()->toPlainText().contains(QStringLiteral("Being delivered to example.org since")));
    QVERIFY(!page->details()->toPlainText().contains(QStringLiteral("Next attempt")));

    // The message viewer says so too: its recipient read "queued" for the whole attempt (an outside tester).
    {
        MessageViewer* viewer = page->viewerOpener()->open(shown.queueId);
        QVERIFY(viewer);
        QSignalSpy loaded(viewer, &MessageViewer::loaded);
        QVERIFY(loaded.wait());
        auto* envelope = viewer->findChild<QTextBrowser*>(QStringLiteral("envelope"));
        QVERIFY(envelope);
        QVERIFY2(envelope->toPlainText().contains(QStringLiteral("delivering")),
                 qPrintable(envelope->toPlainText()));
        // It ended (still deferred here): the stored state again, without a click.
        Q_EMIT relay.engine.deliveriesChanged({});
        QTRY_VERIFY(!envelope->toPlainText().contains(QStringLiteral("delivering")));
        QVERIFY(envelope->toPlainText().contains(QStringLiteral("deferred")));
        Q_EMIT relay.engine.deliveriesChanged(underWay);
        QTRY_VERIFY(envelope->toPlainText().contains(QStringLiteral("delivering")));
        viewer->close();
    }

    // A bounce leaves it as it is, and says so (an outside tester's sender was told "Undelivered" 18 s before
    // the mail arrived: the relay refuses it, RelayEngine::performQueueAction).
    {
        Test::BoxAnswer cancel(QStringLiteral("confirmQueueAction"), Qt::Key_Escape);
        page->perform(QueueAction::Bounce);
        QVERIFY(cancel.seen());
        QVERIFY2(cancel.text().contains(QStringLiteral(
                     "1 of them is being delivered right now and is not bounced: bounce it once that attempt "
                     "has ended.")),
                 qPrintable(cancel.text()));
    }
    // Deleting it says that the delivery under way may still complete, before and after (an outside tester
    // read "will not get them", and the message arrived 40 s later).
    {
        Test::BoxAnswer cancel(QStringLiteral("confirmQueueAction"), Qt::Key_Escape);
        page->perform(QueueAction::Delete);
        QVERIFY(cancel.seen());
        QVERIFY2(cancel.text().contains(QStringLiteral(
                     "1 of them is being delivered right now: that delivery may still complete.")),
                 qPrintable(cancel.text()));
    }
    {
        Test::BoxAnswer confirm(QStringLiteral("confirmQueueAction"), 0);
        page->perform(QueueAction::Delete);
        QVERIFY(confirm.seen());
        auto* status = page->findChild<QLabel*>(QStringLiteral("queueStatus"));
        QVERIFY(status);
        QTRY_VERIFY2(
            status->text().contains(QStringLiteral("deleted. 1 of them was being delivered: that delivery "
                                                   "may still complete, and the Delivery Logs will show "
                                                   "it.")),
            qPrintable(status->text()));
    }

    // It ended: no longer in the queue (deleted).
    Q_EMIT relay.engine.deliveriesChanged({});
    QTRY_VERIFY([&] {
        for (int row = 0; row < page->model()->rowCount(); ++row) {
            if (page->model()->rowAt(row).queueId == shown.queueId)
                return false;
        }
        return true;
    }());
}

void TestLivePages::liveRefreshCoalescesAndWaitsWhileHidden()
{
    QWidget page;
    int runs = 0;
    LiveRefresh live(
        &page, [&runs]() { ++runs; }, 200);
    page.show();
    // A burst of reports: one reload at once, one more when the interval ends, none after.
    for (int i = 0; i < 10; ++i)
        live.request();
    QCOMPARE(runs, 1);
    QTRY_COMPARE(runs, 2);
    QTest::qWait(300);
    QCOMPARE(runs, 2);
    // Hidden: nothing until it is shown, then one reload.
    page.hide();
    QTest::qWait(250);
    live.request();
    live.request();
    QTest::qWait(250);
    QCOMPARE(runs, 2);
    page.show();
    QCOMPARE(runs, 3);
    QTest::qWait(300);
    QCOMPARE(runs, 3);
}

/// A setting read only at start, stored by another process while this window runs the relay: the Settings
/// page says a restart waits, and stops saying so when the value is set back.
void TestLivePages::restartStoredElsewhereShows()
{
    Test::TempDataDir dir;
    LiveRelay relay(dir.path());
    QVERIFY2(relay.started, qPrintable(relay.started.error()));
    relay.window->showPage(MainWindow::SettingsPageIndex);
    relay.window->show();
    RestartBanner* banner = relay.window->settingsPage()->restartBanner();
    QVERIFY(!banner->isVisible());
    // This test's own connection stands for the command line (`relaydesk config set engine.worker_threads
    // 3`).
    const QString key = QStringLiteral("engine.worker_threads");
    QVERIFY(Settings(dir.path()).set(key, QStringLiteral("3")).ok());
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 5000);
    QVERIFY2(banner->text().contains(SettingCatalog::label(key)), qPrintable(banner->text()));
    QVERIFY(Settings(dir.path()).set(key, QStringLiteral("2")).ok());
    QTRY_VERIFY_WITH_TIMEOUT(!banner->isVisible(), 5000);
    // Stored again and restarted from the banner: the engine runs with it, and nothing waits.
    QVERIFY(Settings(dir.path()).set(key, QStringLiteral("3")).ok());
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 5000);
    auto* restart = banner->findChild<QPushButton*>(QStringLiteral("restartRelay"));
    QVERIFY(restart);
    QTest::mouseClick(restart, Qt::LeftButton);
    QTRY_VERIFY(!banner->isVisible());
    QVERIFY(relay.engine.isRunning());
    QVERIFY(relay.engine.pendingRestart().isEmpty());
}

/// A listener moved to a port another program holds: the Settings page says so above its tabs (an outside
/// tester saw only "Saved." while the LAN listener was down), and stops saying so once it listens again.
void TestLivePages::listenerDownShowsOnTheSettingsPage()
{
    Test::TempDataDir dir;
    LiveRelay relay(dir.path());
    QVERIFY2(relay.started, qPrintable(relay.started.error()));
    relay.window->showPage(MainWindow::SettingsPageIndex);
    relay.window->show();
    ListenerDownNotice* notice = relay.window->settingsPage()->listenerNotice();
    QVERIFY(!notice->isVisible());
    QTcpServer holder;
    QVERIFY(holder.listen(QHostAddress::LocalHost, 0));
    const QString busy = QStringLiteral("127.0.0.1:%1").arg(holder.serverPort());
    QVERIFY(Settings(dir.path()).set(QStringLiteral("listener.lan.address"), busy).ok());
    QTRY_VERIFY_WITH_TIMEOUT(notice->isVisible(), 5000);
    QVERIFY2(notice->text().startsWith(
                 QStringLiteral("LAN relay for devices (no password) is not listening on %1: ").arg(busy)),
             qPrintable(notice->text()));
    const QString free = QStringLiteral("127.0.0.1:%1").arg(freePort());
    QVERIFY(Settings(dir.path()).set(QStringLiteral("listener.lan.address"), free).ok());
    QTRY_VERIFY_WITH_TIMEOUT(!notice->isVisible(), 5000);
    // A stopped relay has nothing down: its next start binds what the settings say.
    relay.engine.stop();
    QVERIFY(!notice->isVisible());
}

QTEST_MAIN(TestLivePages)
#include "tst_livepages.moc"

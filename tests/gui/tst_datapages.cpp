// GUI tests of the Queue, Delivery Logs and Live Sessions pages with real widgets on the offscreen platform.
#include "core/admin/suppressionadmin.h"
#include "core/engine/relayengine.h"
#include "core/security/refusedsubmissions.h"
#include "core/store/database.h"
#include "core/store/noderegistry.h"
#include "core/store/settings.h"
#include "core/util/transcriptnotes.h"
#include "exampledata.h"
#include "tests/gui/boxanswer.h"
#include "tests/support/freelisteners.h"
#include "tests/support/tempdatadir.h"
#include "ui/agentspage.h"
#include "ui/dashboardpage.h"
#include "ui/deliverylogmodel.h"
#include "ui/deliverylogpage.h"
#include "ui/durationtext.h"
#include "ui/enginelink.h"
#include "ui/logfilterbar.h"
#include "ui/mainwindow.h"
#include "ui/messagevieweropener.h"
#include "ui/middleelidingdelegate.h"
#include "ui/queuemodel.h"
#include "ui/queuepage.h"
#include "ui/refusedsubmissionspanel.h"
#include "ui/roadsign.h"
#include "ui/sessionsmodel.h"
#include "ui/sessionspage.h"
#include "ui/sizetext.h"
#include "ui/statelabel.h"
#include "ui/statustray.h"
#include "ui/timecolumn.h"
#include "ui/translations.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QColor>
#include <QComboBox>
#include <QDateTime>
#include <QFile>
#include <QFileDialog>
#include <QFont>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTcpServer>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QTranslator>
#include <QTreeView>
#include <QTreeWidget>
#include <tuple>

#include <memory>

using namespace RelayDesk;

namespace {

/// A port that was free a moment ago (HostPort needs 1-65535, so port 0 cannot go into the settings).
/// A running engine on free loopback ports with delivery off, and the window wired to it.
struct RunningRelay
{
    explicit RunningRelay(const QString& dataDir) : engine(dataDir)
    {
        Settings settings(dataDir);
        Test::listenOnFreePorts(settings); // a failure shows as the engine's start failing
        settings.set(QStringLiteral("delivery.enabled"), QStringLiteral("false"));
        started = engine.start();
        window = std::make_unique<MainWindow>(dataDir);
        link = std::make_unique<EngineLink>(&engine, window.get(), &tray);
    }
    ~RunningRelay()
    {
        link.reset();
        window.reset();
        engine.stop();
    }
    RelayEngine engine;
    Status started;
    StatusTray tray;
    std::unique_ptr<MainWindow> window;
    std::unique_ptr<EngineLink> link;
};

/// Another administrator's action on one message, as the command line makes it (through the engine's queue
/// actions); true once it succeeded, within 5 s.
bool actElsewhere(RelayEngine& engine, EngineControl::QueueAction action, const QString& queueId)
{
    auto done = std::make_shared<bool>(false);
    engine.performQueueAction(action, {queueId}, [done](const EngineControl::QueueActionResult& result) {
        *done = result.errors.isEmpty() && result.gone.isEmpty();
    });
    return QTest::qWaitFor([done] { return *done; }, 5000);
}

/// The first row of a message not on hold, or -1.
/// The recipients of queueId leased to node relay-b, whose last heartbeat was at heartbeat, until expires: as
/// node B's queue runner writes a lease on a shared store.
bool leaseToRelayB(const QString& dir, const QString& queueId, qint64 heartbeat, qint64 expires)
{
    QSqlQuery query(Database::connection(dir).value());
    if (!query.exec(QStringLiteral("INSERT INTO nodes(id, name, started_at, last_heartbeat) VALUES"
                                   " ('node-b-id', 'relay-b', 1, %1)")
                        .arg(heartbeat)))
        return false;
    query.prepare(QStringLiteral("UPDATE recipients SET lease_node = 'node-b-id', lease_expires = ? WHERE"
                                 " message_id = (SELECT id FROM messages WHERE queue_id = ?)"));
    query.addBindValue(expires);
    query.addBindValue(queueId);
    if (!query.exec())
        qWarning("%s", qPrintable(query.lastError().text()));
    return query.numRowsAffected() > 0;
}

int firstWaitingRow(const QueueModel* model)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (!model->rowAt(row).held)
            return row;
    }
    return -1;
}

int heldCount(const QString& dataDir, const QStringList& queueIds)
{
    QSqlQuery q(Database::connection(dataDir).value());
    int held = 0;
    for (const QString& id : queueIds) {
        q.prepare(QStringLiteral("SELECT held FROM messages WHERE queue_id = ?"));
        q.addBindValue(id);
        if (q.exec() && q.next())
            held += q.value(0).toInt();
    }
    return held;
}

/// How many of these messages are still in the queue (a deleted one stays as history, with removed_at).
int messageCount(const QString& dataDir, const QStringList& queueIds)
{
    QSqlQuery q(Database::connection(dataDir).value());
    int count = 0;
    for (const QString& id : queueIds) {
        q.prepare(QStringLiteral("SELECT COUNT(*) FROM messages WHERE queue_id = ? AND removed_at IS NULL"));
        q.addBindValue(id);
        if (q.exec() && q.next())
            count += q.value(0).toInt();
    }
    return count;
}

void selectRows(QueuePage* page, const QList<int>& rows)
{
    QItemSelectionModel* selection = page->view()->selectionModel();
    selection->clearSelection();
    for (int row : rows)
        selection->select(page->model()->index(row, 0),
                          QItemSelectionModel::Select | QItemSelectionModel::Rows);
}

QPushButton* actionButton(QueuePage* page, QueueAction action)
{
    return page->findChild<QPushButton*>(QStringLiteral("action%1").arg(int(action)));
}

/// A message of billing-app whose one recipient was not sent because its address was on the agent's
/// suppression list, with the attempt OutcomeRecorder::recordSuppressed logs (route "suppression", no host,
/// code 0); its message id, or 0.
qint64 addSuppressedRecipient(const QString& dir, const QString& address, const QString& reply)
{
    const qint64 at = QDateTime::currentMSecsSinceEpoch();
    const qint64 id = Test::ExampleData::addMessage(
        dir, QStringLiteral("billing-app"), QStringLiteral("billing@example.com"), address,
        QStringLiteral("Reminder"), QStringLiteral("suppressed"), 0, QString(), reply, at);
    if (id <= 0)
        return 0;
    return Test::ExampleData::logSuppressedAttempt(dir, id, at + 1000, reply) ? id : 0;
}

} // namespace

class TestDataPages : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void aBounceNoticeIsNamedInTheLogs();
    void logFilterNarrowsRows();
    void aRecipientBeingDeliveredSaysSo();
    void aRecipientGivenUpIsRed();
    void suppressedRecipientIsFinal();
    void aLiftedSuppressionSaysToResend();
    void controlCharactersAreWrittenOut();
    void aNoticeOfTheRelaysSaysSo();
    void anActionsResultDoesNotStay();
    void lastReplyKeepsTheEnhancedCode();
    void queueSaysHowManyAreQueued();
    void aMessageToManyRecipientsSaysHowMany();
    void aReversedRangeSaysWhy();
    void logPagesLoadOnDemand();
    void logExportsFilteredRows();
    void queueActionsOnSelection();
    void anotherNodesDeliveryShowsInTheQueue();
    void aMessageHeldByAStoppedNodeSaysWhy();
    void aRetryWhoseMessagesLeftSaysSo();
    void queueSelectAllSaysOnlyTheLoadedRows();
    void bounceSaysWhoElseAFilteredSelectionTakes();
    void queueActionsChangeTheStore();
    void queueActionsSayWhatTheyLeftAlone();
    void queueSaysWhenDeliveryIsOff();
    void queueDetailsExplainEachRecipient();
    void aSelectedRowBecomesCurrentWhenTheCurrentOneLeaves();
    void queueActionErrorsAreShown();
    void queueActionsWithoutARelayGoToTheStore();
    void anActionOnAMessageDeletedMeanwhileSaysSo();
    void aRetryOfAMessageHeldMeanwhileSaysSo();
    void queueModelPassesModelTester();
    void aDeletedAgentIsMarkedAndOffered();
    void sessionsUpdateInPlace();
    void sessionsFollowTheClock();
    void severalSessionsAreDisconnectedAtOnce();
    void sessionStatesHaveTheCommandLinesWords();
    void aRetriedMessageKeepsItsPlaceAndSelection();
    void timesHaveSecondsInEveryLanguage();
    void attemptsNameTheirNodeWhenSeveralShareTheStore();
    void anUnverifiedSmarthostIsSaidInTheAttempt();
    void aGermanExportOpensInAGermanSpreadsheet();
    void theExportDialogSpeaksFrenchAndItsResultStays();
    void theExportCountIsGrouped(); // last: it leaves the German translator installed under the English one
};

void TestDataPages::attemptsNameTheirNodeWhenSeveralShareTheStore()
{
    // After a failover an outside tester could not tell in the window which node had accepted a message and
    // which one delivered it (the command line said it).
    Test::TempDataDir dir;
    Test::ExampleData::populate(dir.path());
    QSqlDatabase db = Database::connection(dir.path()).value();
    QSqlQuery sql(db);
    QVERIFY(sql.exec(QStringLiteral("UPDATE messages SET accepted_node = 'aaaaaaaaaaaaaaaa'")));
    QVERIFY(sql.exec(QStringLiteral("UPDATE delivery_attempts SET node = 'bbbbbbbbbbbbbbbb'")));
    DeliveryLogPage page(dir.path());
    page.show();
    QTRY_COMPARE(page.model()->rowCount(), 40);
    int attempted = -1;
    for (int row = 0; row < page.model()->rowCount() && attempted < 0; ++row) {
        if (page.model()->rowAt(row).state == QLatin1String("delivered"))
            attempted = row;
    }
    QVERIFY(attempted >= 0);
    // One node: nothing about nodes.
    page.view()->selectRow(attempted);
    QTRY_VERIFY(page.details()->toPlainText().contains(QStringLiteral("Attempts")));
    QVERIFY(!page.details()->toPlainText().contains(QStringLiteral("node")));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QVERIFY(NodeRegistry::registerNode(db, {QStringLiteral("aaaaaaaaaaaaaaaa"), QStringLiteral("node-a"),
                                            QString(), QStringLiteral("0.1.0"), now, QString()}));
    QVERIFY(NodeRegistry::registerNode(db, {QStringLiteral("bbbbbbbbbbbbbbbb"), QStringLiteral("node-b"),
                                            QString(), QStringLiteral("0.1.0"), now, QString()}));
    page.view()->selectRow(attempted == 0 ? 1 : 0); // another row, and back: the details are read again
    QTest::qWait(100);
    page.view()->selectRow(attempted);
    QTRY_VERIFY2(page.details()->toPlainText().contains(QStringLiteral("Accepted by node node-a.")),
                 qPrintable(page.details()->toPlainText()));
    QVERIFY2(page.details()->toPlainText().contains(QStringLiteral("node node-b to mx.")),
             qPrintable(page.details()->toPlainText()));
}

void TestDataPages::anUnverifiedSmarthostIsSaidInTheAttempt()
{
    // An outside tester delivered through a smarthost whose certificate was not checked (the admin's
    // --insecure-skip-verify): a plain green row, and only the transcript said so.
    QVERIFY(installTranslators(qApp, QLocale(QLocale::English, QLocale::UnitedStates)));
    Test::TempDataDir dir;
    Test::ExampleData::populate(dir.path());
    QSqlDatabase db = Database::connection(dir.path()).value();
    DeliveryLogPage page(dir.path());
    page.show();
    QTRY_COMPARE(page.model()->rowCount(), 40);
    QList<int> delivered;
    for (int row = 0; row < page.model()->rowCount(); ++row) {
        if (page.model()->rowAt(row).state == QLatin1String("delivered"))
            delivered << row;
    }
    QVERIFY(delivered.size() >= 2);
    QSqlQuery sql(db);
    QVERIFY(
        sql.prepare(QStringLiteral("UPDATE delivery_attempts SET transcript = ? WHERE recipient_id = ?")));
    sql.addBindValue(
        QStringLiteral("<- 220 sh.example ESMTP\n-- certificate of sh.example:587 %1: self-signed\n")
            .arg(QLatin1String(TranscriptNotes::kNotVerified)));
    sql.addBindValue(page.model()->rowAt(delivered[0]).recipientId);
    QVERIFY(sql.exec());
    const QString warning = QStringLiteral("The smarthost's certificate was not checked");
    page.view()->selectRow(delivered[1]);
    QTRY_VERIFY(page.details()->toPlainText().contains(QStringLiteral("Attempts")));
    QVERIFY2(!page.details()->toPlainText().contains(warning), qPrintable(page.details()->toPlainText()));
    page.view()->selectRow(delivered[0]);
    QTRY_VERIFY2(page.details()->toPlainText().contains(warning), qPrintable(page.details()->toPlainText()));
    QVERIFY(page.details()->toPlainText().contains(
        QStringLiteral("smarthost password went to whichever server")));
}

void TestDataPages::aBounceNoticeIsNamedInTheLogs()
{
    // An outside tester compared an agent's 22 delivered recipients (Activity) with 26 "delivered" rows of
    // its Delivery Logs: the 4 were the relay's bounce notices to its senders, with an empty Sender cell.
    QVERIFY(installTranslators(qApp, QLocale(QLocale::English, QLocale::UnitedStates)));
    Test::TempDataDir dir;
    Test::ExampleData::populate(dir.path());
    {
        QSqlQuery sql(Database::connection(dir.path()).value());
        QVERIFY(sql.exec(
            QStringLiteral("UPDATE messages SET sender = '' WHERE id = (SELECT MIN(id) FROM messages)")));
    }
    DeliveryLogPage page(dir.path());
    page.show();
    QTRY_COMPARE(page.model()->rowCount(), 40);
    int notices = 0;
    for (int row = 0; row < page.model()->rowCount(); ++row) {
        const QString sender = page.model()->index(row, DeliveryLogQuery::Sender).data().toString();
        if (page.model()->rowAt(row).sender.isEmpty()) {
            QCOMPARE(sender, QStringLiteral("(bounce notice)"));
            ++notices;
        } else {
            QVERIFY(!sender.isEmpty());
        }
    }
    QVERIFY(notices > 0);
    // Its details name the queue id as the notice's own (a second outside tester searched for it as the
    // original message's).
    for (int row = 0; row < page.model()->rowCount(); ++row) {
        if (!page.model()->rowAt(row).sender.isEmpty())
            continue;
        page.view()->selectRow(row);
        QTRY_VERIFY2(page.details()->toPlainText().contains(
                         QStringLiteral("the notice's queue id is %1").arg(page.model()->rowAt(row).queueId)),
                     qPrintable(page.details()->toPlainText()));
        break;
    }
}

void TestDataPages::aRecipientBeingDeliveredSaysSo()
{
    // An outside tester's support person read "queued" and "No delivery attempt yet" in the Delivery Logs
    // for a recipient the Queue page showed "delivering since 13:10" (the store says nothing until the end).
    QVERIFY(installTranslators(qApp, QLocale(QLocale::English, QLocale::UnitedStates)));
    Test::TempDataDir dir;
    Test::ExampleData::populate(dir.path());
    DeliveryLogPage page(dir.path());
    page.show();
    QTRY_COMPARE(page.model()->rowCount(), 40);
    int waiting = -1;
    // A deferred one, with a last attempt and its explanation (a queued one if there is none).
    for (const char* wanted : {"deferred", "queued"}) {
        for (int row = 0; row < page.model()->rowCount() && waiting < 0; ++row) {
            if (page.model()->rowAt(row).state == QLatin1String(wanted) && !page.model()->rowAt(row).held)
                waiting = row;
        }
    }
    QVERIFY(waiting >= 0);
    const DeliveryLogRow row = page.model()->rowAt(waiting);
    const QString before = page.model()->index(waiting, DeliveryLogQuery::State).data().toString();
    page.view()->selectRow(waiting);
    QTRY_VERIFY(page.details()->toPlainText().contains(QStringLiteral("Waiting in the queue")));
    const qint64 since = QDateTime::currentMSecsSinceEpoch() - 30000;
    DeliveryInFlight delivery;
    delivery.queueId = row.queueId;
    delivery.recipients = {row.recipient};
    delivery.sinceMs = since;
    page.setDeliveries({delivery});
    QCOMPARE(page.model()->index(waiting, DeliveryLogQuery::State).data().toString(),
             StateLabel::text(QStringLiteral("delivering")));
    QTRY_VERIFY2(page.details()->toPlainText().contains(
                     QStringLiteral("Being delivered now, since %1")
                         .arg(tableTimeText(QDateTime::fromMSecsSinceEpoch(since)))),
                 qPrintable(page.details()->toPlainText()));
    QVERIFY(!page.details()->toPlainText().contains(QStringLiteral("Waiting in the queue")));
    // Said before the last attempt's explanation, which a second tester read first as "waiting for a retry".
    const QString details = page.details()->toPlainText();
    if (details.contains(QStringLiteral("What to do:")))
        QVERIFY2(details.indexOf(QStringLiteral("Being delivered now")) <
                     details.indexOf(QStringLiteral("What to do:")),
                 qPrintable(details));
    // Another recipient of another message is not: and when it ends, the row says what the store says.
    page.setDeliveries({});
    QCOMPARE(page.model()->index(waiting, DeliveryLogQuery::State).data().toString(), before);
    QTRY_VERIFY(page.details()->toPlainText().contains(QStringLiteral("Waiting in the queue")));
}

void TestDataPages::logFilterNarrowsRows()
{
    Test::TempDataDir dir;
    Test::ExampleData::populate(dir.path());
    DeliveryLogPage page(dir.path());
    page.show();
    QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_COMPARE(page.model()->rowCount(), 40);

    QTest::keyClicks(page.filterBar()->findChild<QLineEdit*>(QStringLiteral("textFilter")),
                     QStringLiteral("nobody"));
    QTRY_VERIFY(page.model()->rowCount() < 40 && page.model()->rowCount() > 0 && !page.model()->isLoading());
    for (int row = 0; row < page.model()->rowCount(); ++row)
        QVERIFY(page.model()->rowAt(row).recipient.startsWith(QStringLiteral("nobody")));
    const int matches = page.model()->rowCount();
    QCOMPARE(matches, 3); // i = 5, 16, 27 (38 is deferred)

    // Sorting by recipient keeps the filter and orders the rows.
    page.view()->sortByColumn(DeliveryLogQuery::Recipient, Qt::AscendingOrder);
    QTRY_COMPARE(page.model()->rowCount(), matches);
    QTRY_VERIFY(page.model()->rowAt(0).recipient < page.model()->rowAt(1).recipient);

    // Selecting a row shows the road-sign explanation of its reply.
    page.view()->selectRow(0);
    QTRY_VERIFY(page.details()->toHtml().contains(QStringLiteral("550")));
    QTRY_VERIFY(page.details()->toPlainText().contains(QStringLiteral("Attempts")));
    QVERIFY(!page.details()->toPlainText().contains(QStringLiteral("suppression list of")));
    // The bounce put the address on the agent's suppression list: its details say so, and where to lift it
    // (support staff found the cause of "mail to it never arrives" on another page: an outside tester).
    const DeliveryLogRow bounced = page.model()->rowAt(0);
    QVERIFY(SuppressionAdmin(dir.path())
                .add(bounced.agent, bounced.recipient, QStringLiteral("550 5.1.1 gone"))
                .ok());
    page.view()->selectRow(1);
    page.view()->selectRow(0);
    QTRY_VERIFY2(page.details()->toPlainText().contains(
                     QStringLiteral("This address is on the suppression list of %1 now").arg(bounced.agent)),
                 qPrintable(page.details()->toPlainText()));

    // The recipient field takes any part of the address, as `log search --recipient` does: a domain finds
    // the mail to it (tester finding, thirty-second session: "starts with" found nothing for a domain).
    QTest::keyClick(page.filterBar()->findChild<QLineEdit*>(QStringLiteral("textFilter")), Qt::Key_A,
                    Qt::ControlModifier);
    QTest::keyClick(page.filterBar()->findChild<QLineEdit*>(QStringLiteral("textFilter")), Qt::Key_Delete);
    QTRY_COMPARE(page.model()->rowCount(), 40);
    const QString recipient = page.model()->rowAt(0).recipient;
    const QString domain = recipient.mid(recipient.indexOf(QLatin1Char('@')) + 1).toUpper();
    int toDomain = 0;
    for (int row = 0; row < page.model()->rowCount(); ++row)
        toDomain += page.model()->rowAt(row).recipient.endsWith(domain, Qt::CaseInsensitive) ? 1 : 0;
    QTest::keyClicks(page.filterBar()->findChild<QLineEdit*>(QStringLiteral("recipientFilter")),
                     QStringLiteral("@") + domain);
    QTRY_VERIFY(page.model()->rowCount() == toDomain && !page.model()->isLoading());
}

void TestDataPages::aRecipientGivenUpIsRed()
{
    // A recipient given up when its time ran out keeps the class of its last reply (451): its Status and
    // Last reply cells were yellow ("will retry") beside the red of the other bounced rows (an outside
    // tester). RFC 3463 4.4.7 is final.
    Test::TempDataDir dir;
    const qint64 at = QDateTime::currentMSecsSinceEpoch();
    QVERIFY(Test::ExampleData::addMessage(
                dir.path(), QStringLiteral("billing-app"), QStringLiteral("billing@example.com"),
                QStringLiteral("grey@example.org"), QStringLiteral("Reminder"), QStringLiteral("bounced"),
                451, QStringLiteral("4.4.7"),
                QStringLiteral("delivery time expired; last reply: 451 4.7.1 Greylisted"), at) > 0);
    QVERIFY(Test::ExampleData::addMessage(
                dir.path(), QStringLiteral("billing-app"), QStringLiteral("billing@example.com"),
                QStringLiteral("wait@example.org"), QStringLiteral("Reminder"), QStringLiteral("deferred"),
                451, QStringLiteral("4.7.1"), QStringLiteral("Greylisted"), at) > 0);
    DeliveryLogPage page(dir.path());
    page.show();
    QTRY_COMPARE(page.model()->rowCount(), 2);
    for (int row = 0; row < 2; ++row) {
        const bool givenUp = page.model()->rowAt(row).state == QLatin1String("bounced");
        for (const int column : {int(DeliveryLogQuery::State), int(DeliveryLogQuery::LastReply)})
            QCOMPARE(page.model()->index(row, column).data(Qt::BackgroundRole).value<QColor>(),
                     RoadSignStyle::background(givenUp ? RoadSign::Red : RoadSign::Yellow));
    }
}

void TestDataPages::suppressedRecipientIsFinal()
{
    // The reported defect: a recipient on the agent's suppression list read "No delivery attempt yet.", its
    // attempt "… : 0 not sent: …" (no host, a raw 0) and its Last reply cell was empty. It is final, in the
    // relay's own words, as `relaydesk` prints it.
    Test::TempDataDir dir;
    Test::ExampleData::populate(dir.path());
    const QString reply =
        QStringLiteral("not sent: the address is on the agent's suppression list (550 5.1.1 "
                       "The email account that you tried to reach does not exist)");
    QVERIFY(addSuppressedRecipient(dir.path(), QStringLiteral("gone@example.org"), reply) > 0);
    DeliveryLogPage page(dir.path());
    page.show();
    QTRY_COMPARE(page.model()->rowCount(), 41);
    int row = -1;
    for (int i = 0; i < page.model()->rowCount(); ++i) {
        if (page.model()->rowAt(i).state == QLatin1String("suppressed"))
            row = i;
    }
    QVERIFY(row >= 0);
    const QModelIndex lastReply = page.model()->index(row, DeliveryLogQuery::LastReply);
    QCOMPARE(lastReply.data().toString(), reply);
    QCOMPARE(lastReply.data(Qt::BackgroundRole).value<QColor>(), RoadSignStyle::background(RoadSign::Red));
    page.view()->selectRow(row);
    QTRY_VERIFY(page.details()->toPlainText().contains(QStringLiteral("suppression: not sent")));
    const QString details = page.details()->toPlainText();
    QVERIFY2(!details.contains(QStringLiteral("No delivery attempt yet")), qPrintable(details));
    QVERIFY2(!details.contains(QStringLiteral(": 0 ")), qPrintable(details));
    QVERIFY2(details.contains(RoadSignStyle::label(RoadSign::Red)) ||
                 details.contains(QStringLiteral("Not sent")),
             qPrintable(details));
}

void TestDataPages::aLiftedSuppressionSaysToResend()
{
    // The reported defect: once the address was lifted from the agent's suppression list, the details still
    // said "the address is on the agent's suppression list ... What to do: If the address works again, remove
    // it from the suppression list", the step just done, and never that this message can be resent.
    Test::TempDataDir dir;
    Test::ExampleData::populate(dir.path());
    const QString address = QStringLiteral("back@example.org");
    QVERIFY(SuppressionAdmin(dir.path())
                .add(QStringLiteral("billing-app"), address, QStringLiteral("550 5.1.1 gone")));
    const qint64 id = addSuppressedRecipient(
        dir.path(), address,
        QStringLiteral("not sent: the address is on the agent's suppression list (550 5.1.1 gone)"));
    QVERIFY(id > 0);
    Test::ExampleData::addBody(dir.path(), id,
                               Test::ExampleData::exampleBody(QStringLiteral("billing@example.com"), address,
                                                              QStringLiteral("Reminder")));
    DeliveryLogPage page(dir.path());
    page.show();
    QTRY_COMPARE(page.model()->rowCount(), 41);
    const auto rowOf = [&page, &address]() {
        for (int i = 0; i < page.model()->rowCount(); ++i) {
            if (page.model()->rowAt(i).recipient == address)
                return i;
        }
        return -1;
    };
    const int row = rowOf();
    QVERIFY(row >= 0);
    // Still on the list: the explanation as it was, with the way to lift it.
    page.view()->selectRow(row);
    QTRY_VERIFY(page.details()->toPlainText().contains(QStringLiteral("Attempts")));
    QString details = page.details()->toPlainText();
    QVERIFY2(details.contains(QStringLiteral("remove it from the suppression list")), qPrintable(details));
    QVERIFY2(!details.contains(QStringLiteral("no longer")), qPrintable(details));

    QVERIFY(SuppressionAdmin(dir.path()).remove(QStringLiteral("billing-app"), address).ok());
    page.view()->selectRow(row == 0 ? 1 : 0);
    page.view()->selectRow(row);
    QTRY_VERIFY2(page.details()->toPlainText().contains(QStringLiteral("It is no longer on it")),
                 qPrintable(page.details()->toPlainText()));
    details = page.details()->toPlainText();
    QVERIFY2(details.contains(QStringLiteral("was on the Mail Agent's suppression list")),
             qPrintable(details));
    QVERIFY2(details.contains(QStringLiteral("\"Resend to the same recipients...\": it sends this message")),
             qPrintable(details));
    QVERIFY2(!details.contains(QStringLiteral("remove it from the suppression list")), qPrintable(details));
}

void TestDataPages::controlCharactersAreWrittenOut()
{
    // The reported defect: ESC and BEL from clients and servers drew as boxes in the Delivery Logs (the
    // refused-at-submission "Concerning" column, the replies in the details and the transcripts), where the
    // command line printed \x1b.
    Test::TempDataDir dir;
    Test::ExampleData::populate(dir.path());
    const QString reply = QStringLiteral("\x1b[31mNo such user\x07 here");
    const qint64 at = QDateTime::currentMSecsSinceEpoch();
    const qint64 id = Test::ExampleData::addMessage(
        dir.path(), QStringLiteral("billing-app"), QStringLiteral("billing@example.com"),
        QStringLiteral("red@example.org"), QStringLiteral("Reminder"), QStringLiteral("bounced"), 550,
        QStringLiteral("5.1.1"), reply, at);
    QVERIFY(id > 0);
    QSqlQuery q(Database::connection(dir.path()).value());
    q.prepare(QStringLiteral("UPDATE delivery_attempts SET transcript = ? WHERE message_id = ?"));
    q.addBindValue(QString(QStringLiteral("S: 220 mx.example.org\r\nC: RCPT TO:<red@example.org>\r\nS: 550 "
                                          "5.1.1 ") +
                           reply + QStringLiteral("\r\n")));
    q.addBindValue(id);
    QVERIFY(q.exec());
    auto db = Database::connection(dir.path());
    QVERIFY(RefusedSubmissions::record(
                db.value(), {{QStringLiteral("192.0.2.10"), QStringLiteral("submission"), 0, QString(),
                              QStringLiteral("RCPT"), QStringLiteral("billing@example.com"),
                              QStringLiteral("\x1b[31mevil@example.org"),
                              QStringLiteral("550 5.1.3 Bad \x1b[31m address"), 1, at, at}})
                .ok());

    DeliveryLogPage page(dir.path());
    page.show();
    QTRY_COMPARE(page.model()->rowCount(), 41);
    int row = -1;
    for (int i = 0; i < page.model()->rowCount(); ++i) {
        if (page.model()->rowAt(i).recipient == QLatin1String("red@example.org"))
            row = i;
    }
    QVERIFY(row >= 0);
    const QString cell = page.model()->index(row, DeliveryLogQuery::LastReply).data().toString();
    QCOMPARE(cell, QStringLiteral("550 5.1.1 \\x1b[31mNo such user\\x07 here"));
    page.view()->selectRow(row);
    QTRY_VERIFY(page.details()->toPlainText().contains(QStringLiteral("Attempts")));
    const QString details = page.details()->toPlainText();
    QVERIFY2(!details.contains(QChar(0x1b)) && !details.contains(QChar(0x07)), qPrintable(details));
    QVERIFY2(details.contains(QStringLiteral("S: 550 5.1.1 \\x1b[31mNo such user\\x07 here")),
             qPrintable(details));

    RefusedSubmissionsPanel* refused = page.refused();
    refused->show();
    refused->reload();
    const auto evil = [refused]() -> QTreeWidgetItem* {
        for (int i = 0; i < refused->list()->topLevelItemCount(); ++i) {
            if (refused->list()->topLevelItem(i)->text(3).contains(QStringLiteral("evil@example.org")))
                return refused->list()->topLevelItem(i);
        }
        return nullptr;
    };
    QTRY_VERIFY(evil());
    QTreeWidgetItem* item = evil();
    QCOMPARE(item->text(3), QStringLiteral("\\x1b[31mevil@example.org"));
    QCOMPARE(item->text(4), QStringLiteral("550 5.1.3 Bad \\x1b[31m address"));
    refused->list()->setCurrentItem(item);
    QTRY_VERIFY(refused->details()->toPlainText().contains(QStringLiteral("Bad \\x1b[31m address")));
    QVERIFY(!refused->details()->toPlainText().contains(QChar(0x1b)));
}

void TestDataPages::aNoticeOfTheRelaysSaysSo()
{
    // The reported defect: a bounce notice's row read "From  via Billing, ..." (its sender is <>).
    Test::TempDataDir dir;
    Test::ExampleData::populate(dir.path());
    Test::ExampleData::addMessage(
        dir.path(), QStringLiteral("billing-app"), QStringLiteral(""), QStringLiteral("billing@example.com"),
        QStringLiteral("Undelivered Mail Returned to Sender"), QStringLiteral("delivered"), 250,
        QStringLiteral("2.0.0"), QStringLiteral("OK"), QDateTime::currentMSecsSinceEpoch());
    DeliveryLogPage page(dir.path());
    page.show();
    QTRY_COMPARE(page.model()->rowCount(), 41);
    int row = -1;
    for (int i = 0; i < page.model()->rowCount(); ++i) {
        if (page.model()->rowAt(i).sender.isEmpty())
            row = i;
    }
    QVERIFY(row >= 0);
    page.view()->selectRow(row);
    QTRY_VERIFY(page.details()->toPlainText().contains(QStringLiteral("RelayDesk's own notice (sender <>)")));
    QVERIFY2(!page.details()->toPlainText().contains(QStringLiteral("From  via")),
             qPrintable(page.details()->toPlainText()));
    // It names the message it reports on, which support staff look for (an outside tester saw only the
    // notice's own queue id once its text was gone).
    QVERIFY2(!page.details()->toPlainText().contains(QStringLiteral("about their message")),
             qPrintable(page.details()->toPlainText()));
    {
        QSqlQuery sql(Database::connection(dir.path()).value());
        QVERIFY(sql.exec(QStringLiteral("UPDATE messages SET notice_of = 'Q000007' WHERE sender = ''")));
    }
    DeliveryLogPage again(dir.path());
    again.show();
    QTRY_COMPARE(again.model()->rowCount(), 41);
    again.view()->selectRow(row);
    QTRY_VERIFY2(again.details()->toPlainText().contains(QStringLiteral(
                     "RelayDesk's own notice (sender <>) to a sender of billing-app about their "
                     "message Q000007")),
                 qPrintable(again.details()->toPlainText()));

    // Waiting in the queue: its headline read "1m93j5q29mxjd9qd from  to rechnung@..." (an outside tester).
    Test::ExampleData::addMessage(
        dir.path(), QStringLiteral("billing-app"), QStringLiteral(""), QStringLiteral("shop@example.com"),
        QStringLiteral("Undelivered Mail Returned to Sender"), QStringLiteral("deferred"), 451,
        QStringLiteral("4.4.1"), QStringLiteral("No answer"), QDateTime::currentMSecsSinceEpoch());
    QueuePage queue(dir.path());
    queue.show();
    int waiting = -1;
    QTRY_VERIFY([&]() {
        for (int i = 0; i < queue.model()->rowCount(); ++i) {
            if (queue.model()->rowAt(i).sender.isEmpty())
                waiting = i;
        }
        return waiting >= 0;
    }());
    QCOMPARE(queue.model()->index(waiting, QueueQuery::Sender).data().toString(),
             QStringLiteral("(bounce notice)"));
    queue.view()->selectRow(waiting);
    QTRY_VERIFY2(
        queue.details()->toPlainText().contains(QStringLiteral("a bounce notice to shop@example.com")),
        qPrintable(queue.details()->toPlainText()));
}

void TestDataPages::anActionsResultDoesNotStay()
{
    // The reported defect: "1 message is being retried now" stayed in the queue's footer long after the
    // table showed other mail. The result is news for a while (ten seconds; shortened here).
    Test::TempDataDir dir;
    QueuePage page(dir.path());
    auto* expiry = page.findChild<QTimer*>(QStringLiteral("actionResultExpiry"));
    QVERIFY(expiry);
    QCOMPARE(expiry->interval(), 10000);
    expiry->setInterval(200);
    page.showActionResult(QStringLiteral("1 message is being retried now."));
    QCOMPARE(page.statusLabel()->text(), QStringLiteral("1 message is being retried now."));
    QTRY_VERIFY(page.statusLabel()->text().isEmpty());
}

void TestDataPages::lastReplyKeepsTheEnhancedCode()
{
    // The reported defect: the tables read "451 Greylisted…" where the details pane and the command line say
    // "451 4.7.1 Greylisted…".
    Test::TempDataDir dir;
    Test::ExampleData::populate(dir.path());
    const QString greylisted = QStringLiteral("451 4.7.1 Greylisted, please try again later");
    DeliveryLogPage logs(dir.path());
    QueuePage queue(dir.path());
    logs.show();
    queue.show();
    QTRY_COMPARE(logs.model()->rowCount(), 40);
    QTRY_VERIFY(queue.model()->rowCount() > 0);
    QStringList logReplies;
    for (int row = 0; row < logs.model()->rowCount(); ++row)
        logReplies << logs.model()->index(row, DeliveryLogQuery::LastReply).data().toString();
    QVERIFY2(logReplies.contains(greylisted), qPrintable(logReplies.join(QLatin1Char('\n'))));
    QVERIFY(logReplies.contains(QStringLiteral("250 2.0.0 OK queued as 4F2A")));
    QStringList queueReplies;
    for (int row = 0; row < queue.model()->rowCount(); ++row)
        queueReplies << queue.model()->index(row, QueueQuery::LastReply).data().toString();
    QVERIFY2(queueReplies.contains(greylisted), qPrintable(queueReplies.join(QLatin1Char('\n'))));
}

void TestDataPages::aMessageToManyRecipientsSaysHowMany()
{
    // An outside tester's message to 1,000 recipients read like one to a single address in the Queue, and
    // its details put "Next attempt" and its explanation below a page of addresses.
    QVERIFY(installTranslators(qApp, QLocale(QLocale::English, QLocale::UnitedStates)));
    Test::TempDataDir dir;
    const qint64 id = Test::ExampleData::addMessage(
        dir.path(), QStringLiteral("billing-app"), QStringLiteral("billing@example.com"),
        QStringLiteral("r000@mass.example"), QStringLiteral("Newsletter"), QStringLiteral("deferred"), 451,
        QStringLiteral("4.7.1"), QStringLiteral("Greylisted, please try again later"),
        QDateTime::currentMSecsSinceEpoch());
    {
        QSqlQuery sql(Database::connection(dir.path()).value());
        QVERIFY(sql.prepare(QStringLiteral("INSERT INTO recipients(message_id, address, domain, state,"
                                           " next_attempt_at, updated_at) SELECT message_id, ?, domain,"
                                           " state, next_attempt_at, updated_at FROM recipients WHERE"
                                           " message_id = ? LIMIT 1")));
        for (int i = 1; i < 25; ++i) {
            sql.addBindValue(QStringLiteral("grey-r%1@mass.example").arg(i, 3, 10, QLatin1Char('0')));
            sql.addBindValue(id);
            QVERIFY2(sql.exec(), qPrintable(sql.lastError().text()));
        }
    }
    QueuePage page(dir.path());
    page.show();
    QTRY_VERIFY(page.model()->rowCount() == 1 && !page.model()->isLoading());
    const QModelIndex cell = page.model()->index(0, QueueQuery::Recipients);
    QVERIFY2(cell.data().toString().endsWith(QStringLiteral(" and 24 more")),
             qPrintable(cell.data().toString()));
    // Cut in its middle where the column is too narrow, so that "and 24 more" stays in view (a second tester
    // read "grey-b1@custom…" and nothing of the nine others).
    QVERIFY(qobject_cast<MiddleElidingDelegate*>(page.view()->itemDelegateForColumn(QueueQuery::Recipients)));
    const QString head = cell.data(MiddleElidingDelegate::HeadRole).toString();
    QVERIFY2(!head.isEmpty() && cell.data().toString().startsWith(head + QLatin1Char(' ')), qPrintable(head));
    const QFontMetrics metrics = page.view()->fontMetrics();
    const QString shown = MiddleElidingDelegate::fitted(cell.data().toString(), head, metrics,
                                                        page.view()->columnWidth(QueueQuery::Recipients));
    QVERIFY2(shown.endsWith(QStringLiteral(" and 24 more")), qPrintable(shown));
    // Only the address is cut: in German the count was cut in the middle ("grey0@c…weitere": a tester).
    const QString german = QStringLiteral("grey0@customer.example und 3 weitere");
    const int narrow = metrics.horizontalAdvance(QStringLiteral("grey0@cu\u2026 und 3 weitere"));
    const QString fitted =
        MiddleElidingDelegate::fitted(german, QStringLiteral("grey0@customer.example"), metrics, narrow);
    QVERIFY2(fitted.endsWith(QStringLiteral(" und 3 weitere")) && fitted.startsWith(QStringLiteral("grey0@")),
             qPrintable(fitted));
    QVERIFY(metrics.horizontalAdvance(fitted) <= narrow);
    // One address is cut at its end: in its middle every row read "grey100…example" (a third tester).
    {
        Test::TempDataDir single;
        Test::ExampleData::populate(single.path());
        QueuePage one(single.path());
        one.show();
        QTRY_VERIFY(one.model()->rowCount() > 0 && !one.model()->isLoading());
        for (int row = 0; row < one.model()->rowCount(); ++row) {
            const QModelIndex address = one.model()->index(row, QueueQuery::Recipients);
            if (address.data().toString().contains(QStringLiteral(" and ")))
                continue;
            QCOMPARE(address.data(MiddleElidingDelegate::HeadRole).toString(), address.data().toString());
            const QString cut = MiddleElidingDelegate::fitted(
                address.data().toString(), address.data(MiddleElidingDelegate::HeadRole).toString(), metrics,
                metrics.horizontalAdvance(address.data().toString().left(8) + QChar(0x2026)));
            QVERIFY2(cut.startsWith(address.data().toString().left(6)) && cut.endsWith(QChar(0x2026)),
                     qPrintable(cut));
        }
    }
    const QString tip = cell.data(Qt::ToolTipRole).toString();
    QCOMPARE(tip.count(QLatin1Char('\n')), 20); // 20 addresses, then how many more
    QVERIFY2(tip.endsWith(QStringLiteral("and 5 more")), qPrintable(tip));
    page.view()->selectRow(0);
    auto* details = page.findChild<QTextBrowser*>();
    QVERIFY(details);
    QTRY_VERIFY2(
        details->toPlainText().contains(QStringLiteral("and 15 more (the message viewer lists them all)")),
        qPrintable(details->toPlainText()));
    const QString text = details->toPlainText();
    QCOMPARE(text.left(text.indexOf(QStringLiteral(" and 15 more"))).count(QStringLiteral("@mass.example")),
             10);
    QVERIFY(details->toPlainText().contains(QStringLiteral("Next attempt")));
    // Delete's question names ten and how many more, not all 25 (a second tester's question held them all),
    // and no address breaks at its hyphen.
    Test::BoxAnswer cancel(QStringLiteral("confirmQueueAction"), Qt::Key_Escape);
    QTest::mouseClick(actionButton(&page, QueueAction::Delete), Qt::LeftButton);
    QVERIFY(cancel.seen());
    QVERIFY2(cancel.text().contains(QStringLiteral(" and 15 more (the message viewer lists them all)")),
             qPrintable(cancel.text()));
    // (The store gives a message's recipients in no set order: PostgreSQL's came last first.)
    QCOMPARE(cancel.text().count(QStringLiteral("@mass.example")), 10);
    QVERIFY2(cancel.text().contains(QStringLiteral("grey\u2011r0")), qPrintable(cancel.text()));
    QVERIFY2(!cancel.text().contains(QStringLiteral("grey-r0")), qPrintable(cancel.text()));
}

void TestDataPages::queueSaysHowManyAreQueued()
{
    // The reported defect: the Delivery Logs say "11,912 matches", the Queue never said how many wait.
    Test::TempDataDir dir;
    Test::ExampleData::populate(dir.path());
    QueuePage page(dir.path());
    page.show();
    QTRY_COMPARE(page.model()->rowCount(), 12); // 6 deferred, 6 queued (3 of them held)
    // (The English plural "messages" comes from a translation this test does not load.)
    QTRY_VERIFY2(page.countLabel()->text().startsWith(QStringLiteral("12 message")),
                 qPrintable(page.countLabel()->text()));
    // A new message counts without a click.
    Test::ExampleData::addMessage(
        dir.path(), QStringLiteral("billing-app"), QStringLiteral("billing@example.com"),
        QStringLiteral("customer99@mail.example.net"), QStringLiteral("Invoice 99"), QStringLiteral("queued"),
        0, QString(), QString(), QDateTime::currentMSecsSinceEpoch());
    StoreChanges changes;
    changes.accepted = 1;
    page.noteStoreChanges(changes);
    QTRY_VERIFY2(page.countLabel()->text().startsWith(QStringLiteral("13 message")),
                 qPrintable(page.countLabel()->text()));
    QTest::keyClicks(page.filterBar()->findChild<QLineEdit*>(QStringLiteral("textFilter")),
                     QStringLiteral("customer"));
    QTRY_COMPARE(page.model()->rowCount(), 6);
    QTRY_VERIFY2(page.countLabel()->text().startsWith(QStringLiteral("6 message")),
                 qPrintable(page.countLabel()->text()));
}

void TestDataPages::aReversedRangeSaysWhy()
{
    // The reported defect: From later than To gave "0 matches" and no hint.
    LogFilterBar bar(StateLabel::logStates());
    bar.show();
    auto* problem = bar.findChild<QLabel*>(QStringLiteral("rangeProblem"));
    QVERIFY(problem);
    const QDateTime day(QDate(2026, 12, 1), QTime(0, 0));
    bar.setCustomRange(day, day.addDays(1));
    QVERIFY(!problem->isVisible());
    bar.setCustomRange(day.addDays(1), day);
    QVERIFY(problem->isVisible());
    QCOMPARE(problem->text(), QStringLiteral("The start must be before the end."));
    for (const char* name : {"fromFilter", "toFilter"})
        QVERIFY(bar.findChild<QWidget*>(QLatin1String(name))
                    ->styleSheet()
                    .contains(QStringLiteral("background")));
    bar.setCustomRange(day, day.addSecs(3600));
    QVERIFY(!problem->isVisible());
    QVERIFY(bar.findChild<QWidget*>(QStringLiteral("fromFilter"))->styleSheet().isEmpty());
}

void TestDataPages::logPagesLoadOnDemand()
{
    Test::TempDataDir dir;
    Test::ExampleData::populate(dir.path());
    DeliveryLogModel model(dir.path());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPageSize(15);
    model.reload();
    QTRY_COMPARE(model.rowCount(), 15);
    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    QTRY_COMPARE(model.rowCount(), 30);
    model.fetchMore({});
    QTRY_COMPARE(model.rowCount(), 40);
    QTRY_VERIFY(!model.canFetchMore({}));
    // Newest first by default: ids descend.
    QVERIFY(model.rowAt(0).recipientId > model.rowAt(39).recipientId);
}

void TestDataPages::logExportsFilteredRows()
{
    Test::TempDataDir dir;
    Test::ExampleData::populate(dir.path());
    {
        QSqlQuery q(Database::connection(dir.path()).value());
        QVERIFY(q.exec(QStringLiteral("UPDATE messages SET message_id = '<invoice-' || id || '@example.com>'"
                                      " WHERE subject LIKE 'Invoice %'")));
    }
    DeliveryLogPage page(dir.path());
    LogFilter filter;
    filter.status = QStringLiteral("deferred");
    page.model()->setFilter(filter);
    QSignalSpy done(&page, &DeliveryLogPage::exportFinished);
    const QString path = dir.path() + QStringLiteral("/export.csv");
    page.exportCsv(path);
    QTRY_COMPARE(done.count(), 1);
    QCOMPARE(done.first().at(1).toInt(), 6); // i % 7 == 3 for i < 40
    QVERIFY(done.first().at(2).toString().isEmpty());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray content = file.readAll();
    QVERIFY(content.startsWith("\xEF\xBB\xBF")); // UTF-8, said so for spreadsheet programs
    const QList<QByteArray> lines = content.split('\n');
    QCOMPARE(lines.size(), 1 + 6 + 1); // header, rows, empty after the last CRLF
    QVERIFY(lines.at(1).contains("Greylisted"));
    // The Message-ID a customer quotes, in the last column (an outside tester found none in the file).
    QVERIFY2(lines.at(0).trimmed().endsWith(",Message-ID"), lines.at(0).constData());
    static const QRegularExpression messageIdLast(QStringLiteral(",<invoice-\\d+@example\\.com>\r?$"));
    QVERIFY2(messageIdLast.match(QString::fromUtf8(lines.at(1))).hasMatch(), lines.at(1).constData());
    // Times carry their offset from UTC (Z for UTC itself).
    static const QRegularExpression stamped(
        QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(Z|[+-]\\d\\d:\\d\\d),"));
    QVERIFY2(stamped.match(QString::fromUtf8(lines.at(1))).hasMatch(), lines.at(1).constData());
    // Internationalized domains as the table shows them (an outside tester's export had the A-labels).
    DeliveryLogRow idn;
    idn.sender = QStringLiteral("printer@xn--bro-hoa.example");
    idn.recipient = QStringLiteral("kunde@xn--bcher-kva.example");
    idn.lastHost = QStringLiteral("mx.xn--bcher-kva.example");
    const QStringList fields = DeliveryLogModel::csvFields(idn);
    QVERIFY(fields.contains(QStringLiteral("printer@b\u00fcro.example")));
    QVERIFY(fields.contains(QStringLiteral("kunde@b\u00fccher.example")));
    QVERIFY(fields.contains(QStringLiteral("mx.b\u00fccher.example")));
}

void TestDataPages::aGermanExportOpensInAGermanSpreadsheet()
{
    // German and French spreadsheets split on ';' (the comma is their decimal mark): everything landed in one
    // column, and the states stayed English under a German header (an outside tester).
    QVERIFY(installTranslators(qApp, QLocale(QLocale::German, QLocale::Germany)));
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    Test::TempDataDir dir;
    Test::ExampleData::populate(dir.path());
    DeliveryLogPage page(dir.path());
    LogFilter filter;
    filter.status = QStringLiteral("deferred");
    page.model()->setFilter(filter);
    QSignalSpy done(&page, &DeliveryLogPage::exportFinished);
    const QString path = dir.path() + QStringLiteral("/export.csv");
    page.exportCsv(path);
    QTRY_COMPARE(done.count(), 1);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(installTranslators(qApp, QLocale(QLocale::English, QLocale::UnitedStates)));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    QCOMPARE(lines.size(), 1 + 6 + 1);
    const QList<QByteArray> header = lines.at(0).trimmed().split(';');
    QVERIFY2(header.size() >= 10, lines.at(0).constData());
    QVERIFY2(header.contains("Empfänger"), lines.at(0).constData());
    const QList<QByteArray> row = lines.at(1).trimmed().split(';');
    QCOMPARE(row.size(), header.size());
    QVERIFY2(row.contains("zurückgestellt"), lines.at(1).constData());
}

void TestDataPages::anotherNodesDeliveryShowsInTheQueue()
{
    // On a shared store another node's deliveries under way hold leases; this window's Queue showed them as
    // waiting (an outside tester). Here the lease is written as node B's queue runner writes it.
    QVERIFY(installTranslators(qApp, QLocale(QLocale::English, QLocale::UnitedStates)));
    Test::TempDataDir dir;
    Test::ExampleData::populate(dir.path());
    QueuePage page(dir.path());
    page.show();
    QTRY_VERIFY(page.model()->rowCount() > 3 && !page.model()->isLoading());
    const int waiting = firstWaitingRow(page.model());
    QVERIFY(waiting >= 0);
    const QString queueId = page.model()->rowAt(waiting).queueId;
    QVERIFY(leaseToRelayB(dir.path(), queueId, QDateTime::currentMSecsSinceEpoch(),
                          QDateTime::currentMSecsSinceEpoch() + 600'000));
    page.refresh();
    const auto cell = [&](int column, int role = Qt::DisplayRole) {
        for (int row = 0; row < page.model()->rowCount(); ++row) {
            if (page.model()->rowAt(row).queueId == queueId)
                return page.model()->index(row, column).data(role).toString();
        }
        return QString();
    };
    QTRY_COMPARE(cell(QueueQuery::State), QStringLiteral("delivering"));
    QCOMPARE(cell(QueueQuery::NextAttempt), QStringLiteral("now"));
    QCOMPARE(cell(QueueQuery::NextAttempt, Qt::ToolTipRole),
             QStringLiteral("Being delivered by the node relay-b"));
    // The node killed: its lease runs on, and nobody delivers it until then (an outside tester read
    // "delivering, now" for minutes).
    {
        QSqlQuery query(Database::connection(dir.path()).value());
        QVERIFY(query.exec(QStringLiteral("UPDATE nodes SET last_heartbeat = 1")));
    }
    page.refresh();
    QTRY_VERIFY(cell(QueueQuery::State) != QStringLiteral("delivering"));
    QVERIFY(cell(QueueQuery::NextAttempt) != QStringLiteral("now"));
    QVERIFY2(cell(QueueQuery::NextAttempt, Qt::ToolTipRole)
                 .startsWith(QStringLiteral("The node relay-b took it and no longer answers")),
             qPrintable(cell(QueueQuery::NextAttempt, Qt::ToolTipRole)));
}

void TestDataPages::aMessageHeldByAStoppedNodeSaysWhy()
{
    // A message whose node stopped answering read plain "queued", and Retry now answered only "1 message
    // could not be changed." with the reason behind Show Details (an outside tester): the state says what
    // `queue list` says, and Retry now is greyed with why and what to do in its tooltip.
    QVERIFY(installTranslators(qApp, QLocale(QLocale::English, QLocale::UnitedStates)));
    Test::TempDataDir dir;
    Test::ExampleData::populate(dir.path());
    QueuePage page(dir.path());
    page.show();
    QTRY_VERIFY(page.model()->rowCount() > 3 && !page.model()->isLoading());
    const int waiting = firstWaitingRow(page.model());
    QVERIFY(waiting >= 0);
    const QString queueId = page.model()->rowAt(waiting).queueId;
    const qint64 expires = QDateTime::currentMSecsSinceEpoch() + 600'000;
    // Its last heartbeat long ago: the node was killed while its lease runs on.
    QVERIFY(leaseToRelayB(dir.path(), queueId, 1, expires));
    page.refresh();
    const auto rowOf = [&]() {
        for (int row = 0; row < page.model()->rowCount(); ++row) {
            if (page.model()->rowAt(row).queueId == queueId)
                return row;
        }
        return -1;
    };
    // As `queue list` says it: the state, the node and when another node takes it.
    const QString expected =
        QStringLiteral("%1 (node relay-b stopped; taken again after %2)")
            .arg(StateLabel::text(page.model()->rowAt(rowOf()).state), tableTimeText(expires));
    QTRY_COMPARE(page.model()->index(rowOf(), QueueQuery::State).data().toString(), expected);
    selectRows(&page, {rowOf()});
    QPushButton* retry = actionButton(&page, QueueAction::RetryNow);
    QVERIFY(!retry->isEnabled());
    QVERIFY2(retry->toolTip().contains(QStringLiteral("relaydesk node forget relay-b")),
             qPrintable(retry->toolTip()));
    QVERIFY2(retry->toolTip().contains(tableTimeText(expires)), qPrintable(retry->toolTip()));
    // Hold still acts on it.
    QVERIFY(actionButton(&page, QueueAction::Hold)->isEnabled());
    // With a message that can be retried beside it, Retry now acts on that one.
    int another = -1;
    for (int row = 0; row < page.model()->rowCount(); ++row) {
        const QueueRow& shown = page.model()->rowAt(row);
        if (row != rowOf() && !shown.held)
            another = row;
    }
    QVERIFY(another >= 0);
    selectRows(&page, {rowOf(), another});
    QVERIFY(retry->isEnabled());
}

void TestDataPages::theExportCountIsGrouped()
{
    // "Exported 76121 rows" beside "76,180 matches" (an outside tester): the count as the locale groups it.
    QVERIFY(installTranslators(qApp, QLocale(QLocale::English, QLocale::UnitedStates)));
    Test::TempDataDir dir;
    DeliveryLogPage page(dir.path());
    auto* status = page.findChild<QLabel*>(QStringLiteral("logStatus"));
    QVERIFY(status);
    Q_EMIT page.exportFinished(QStringLiteral("/tmp/export.csv"), 76121, QString());
    QVERIFY2(status->text().contains(QStringLiteral("Exported 76,121 ")), qPrintable(status->text()));
    QVERIFY(installTranslators(qApp, QLocale(QLocale::German, QLocale::Germany)));
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    Q_EMIT page.exportFinished(QStringLiteral("/tmp/export.csv"), 76121, QString());
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(installTranslators(qApp, QLocale(QLocale::English, QLocale::UnitedStates)));
    QVERIFY2(status->text().contains(QStringLiteral("76.121")), qPrintable(status->text()));
}

void TestDataPages::aRetryWhoseMessagesLeftSaysSo()
{
    // "5 messages will be retried now" stayed under the table after they had been delivered and had left it
    // (an outside tester).
    QVERIFY(installTranslators(qApp, QLocale(QLocale::English, QLocale::UnitedStates)));
    Test::TempDataDir dir;
    Test::ExampleData::populate(dir.path());
    QueuePage page(dir.path());
    page.show();
    QTRY_VERIFY(page.model()->rowCount() > 3 && !page.model()->isLoading());
    QVERIFY(!page.model()->canFetchMore({}));
    const int waiting = firstWaitingRow(page.model());
    QVERIFY(waiting >= 0);
    const QString queueId = page.model()->rowAt(waiting).queueId;
    selectRows(&page, {waiting});
    page.perform(QueueAction::RetryNow); // no engine here: the page's part only
    page.showActionResult(QStringLiteral("1 message will be retried now."));
    auto* status = page.findChild<QLabel*>(QStringLiteral("queueStatus"));
    QVERIFY(status);
    {
        QSqlDatabase db = Database::connection(dir.path()).value();
        QSqlQuery query(db);
        query.prepare(QStringLiteral("UPDATE recipients SET state = 'delivered' WHERE message_id = (SELECT id"
                                     " FROM messages WHERE queue_id = ?)"));
        query.addBindValue(queueId);
        QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
    }
    page.refresh();
    QTRY_COMPARE(status->text(),
                 QStringLiteral("The message retried has left the queue: the Delivery Logs say "
                                "how it ended."));
}

void TestDataPages::queueActionsOnSelection()
{
    Test::TempDataDir dir;
    Test::ExampleData::populate(dir.path());
    QueuePage page(dir.path());
    page.show();
    QTRY_VERIFY(page.model()->rowCount() > 3);
    auto* hold = page.findChild<QPushButton*>(QStringLiteral("action%1").arg(int(QueueAction::Hold)));
    auto* remove = page.findChild<QPushButton*>(QStringLiteral("action%1").arg(int(QueueAction::Delete)));
    QVERIFY(!hold->isEnabled()); // nothing selected

    QSignalSpy requested(&page, &QueuePage::actionRequested);
    QItemSelectionModel* selection = page.view()->selectionModel();
    selection->select(page.model()->index(0, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    selection->select(page.model()->index(2, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QVERIFY(hold->isEnabled());
    QStringList expected = {page.model()->rowAt(0).queueId, page.model()->rowAt(2).queueId};
    expected.sort();

    QTest::mouseClick(hold, Qt::LeftButton); // not destructive: no question
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.at(0).at(0).value<QueueAction>(), QueueAction::Hold);
    QCOMPARE(requested.at(0).at(1).value<QStringList>(), expected);

    // From the keyboard too (an outside tester could hold, release, retry and bounce only with the mouse):
    // the rows' context menu (the Menu key) has the same actions, enabled as the buttons are, and Tab
    // leaves the table for the buttons instead of walking its cells.
    QVERIFY(!page.view()->tabKeyNavigation());
    QAction* holdItem = nullptr;
    for (QAction* item : page.view()->actions()) {
        if (item->objectName() == QStringLiteral("menuaction%1").arg(int(QueueAction::Hold)))
            holdItem = item;
    }
    QVERIFY(holdItem);
    QCOMPARE(holdItem->text(), hold->text());
    QVERIFY(holdItem->isEnabled());
    holdItem->trigger();
    QCOMPARE(requested.count(), 2);
    QCOMPARE(requested.at(1).at(0).value<QueueAction>(), QueueAction::Hold);
    QCOMPARE(requested.at(1).at(1).value<QStringList>(), expected);

    // Delete asks first; Cancel does nothing, Yes performs it.
    for (const auto answer : {QMessageBox::Cancel, QMessageBox::Yes}) {
        QTimer::singleShot(50, this, [answer]() {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            QVERIFY(box);
            QCOMPARE(box->objectName(), QStringLiteral("confirmQueueAction"));
            box->button(answer)->click();
        });
        QTest::mouseClick(remove, Qt::LeftButton);
    }
    QCOMPARE(requested.count(), 3);
    QCOMPARE(requested.at(2).at(0).value<QueueAction>(), QueueAction::Delete);
    QCOMPARE(requested.at(2).at(1).value<QStringList>(), expected);
}

void TestDataPages::bounceSaysWhoElseAFilteredSelectionTakes()
{
    // An outside tester filtered the Queue by "Recipient contains postfach-voll", selected all and bounced:
    // whole messages went back, with their recipients at other addresses, and the question never said so.
    Test::TempDataDir dir;
    Test::ExampleData::populate(dir.path());
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QList<qint64> ids;
    for (int i = 0; i < 3; ++i)
        ids << Test::ExampleData::addMessage(
            dir.path(), QStringLiteral("billing-app"), QStringLiteral("billing@example.com"),
            QStringLiteral("postfach-voll%1@kunde.example").arg(i), QStringLiteral("Invoice %1").arg(i),
            QStringLiteral("deferred"), 452, QStringLiteral("4.2.2"), QStringLiteral("Mailbox full"), now);
    {
        // Two of them also go to someone else, who waits too.
        QSqlQuery q(Database::connection(dir.path()).value());
        for (const qint64 id : ids.mid(0, 2)) {
            q.prepare(
                QStringLiteral("INSERT INTO recipients(message_id, address, domain, state, attempts,"
                               " next_attempt_at, updated_at) VALUES(?, ?, 'other.example', 'queued', 0,"
                               " ?, ?)"));
            q.addBindValue(id);
            q.addBindValue(QStringLiteral("colleague%1@other.example").arg(id));
            q.addBindValue(now);
            q.addBindValue(now);
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        }
    }
    QueuePage page(dir.path());
    page.show();
    QTRY_VERIFY(page.model()->rowCount() > 3);
    LogFilter filter;
    filter.recipientContains = QStringLiteral("postfach-voll");
    page.model()->setFilter(filter);
    QTRY_VERIFY(page.model()->rowCount() == 3 && !page.model()->isLoading());
    page.view()->selectAll();
    QSignalSpy requested(&page, &QueuePage::actionRequested);
    Test::BoxAnswer cancel(QStringLiteral("confirmQueueAction"), Qt::Key_Escape);
    QTest::mouseClick(actionButton(&page, QueueAction::Bounce), Qt::LeftButton);
    QTRY_VERIFY(cancel.seen());
    // (Its plural comes from the English translation, which this test does not load.)
    QVERIFY2(cancel.text().contains(QStringLiteral("The whole messages are bounced: 5 waiting recipient")) &&
                 cancel.text().contains(
                     QStringLiteral("in all, 2 of them at addresses the filter does not show.")),
             qPrintable(cancel.text()));
    QTest::qWait(100);
    QCOMPARE(requested.count(), 0);
    // Without recipients outside the filter, nothing more is said.
    filter.recipientContains = QStringLiteral("postfach-voll2");
    page.model()->setFilter(filter);
    QTRY_VERIFY(page.model()->rowCount() == 1 && !page.model()->isLoading());
    page.view()->selectAll();
    Test::BoxAnswer again(QStringLiteral("confirmQueueAction"), Qt::Key_Escape);
    QTest::mouseClick(actionButton(&page, QueueAction::Bounce), Qt::LeftButton);
    QTRY_VERIFY(again.seen());
    QVERIFY2(!again.text().contains(QStringLiteral("The whole messages")), qPrintable(again.text()));
}

void TestDataPages::queueSelectAllSaysOnlyTheLoadedRows()
{
    // An outside tester pressed Ctrl+A in a long queue and deleted "all" of it: only the rows loaded so far
    // (a page at a time) were selected, and nothing said so.
    Test::TempDataDir dir;
    Test::ExampleData::populate(dir.path());
    QueuePage page(dir.path()); // not shown: a shown view loads pages until its viewport is full
    page.model()->setPageSize(5);
    page.reload();
    QTRY_COMPARE(page.model()->rowCount(), 5);
    QTRY_VERIFY2(page.countLabel()->text().startsWith(QStringLiteral("12 message")),
                 qPrintable(page.countLabel()->text()));
    selectRows(&page, {0, 1});
    QCOMPARE(page.statusLabel()->text(), QString()); // a part of the loaded rows: nothing to say
    page.view()->selectAll();
    QTRY_VERIFY2(
        page.statusLabel()->text().contains(QStringLiteral("loaded so far are selected; 7 more match")),
        qPrintable(page.statusLabel()->text()));
    QString asked;
    QTimer::singleShot(50, this, [&asked]() {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        QVERIFY(box);
        asked = box->text();
        box->button(QMessageBox::Cancel)->click();
    });
    QSignalSpy requested(&page, &QueuePage::actionRequested);
    page.perform(QueueAction::Delete);
    QVERIFY2(asked.contains(QStringLiteral("7 more match and are left as they are")), qPrintable(asked));
    QCOMPARE(requested.count(), 0);
    // Every row loaded and selected: the whole queue is selected, and the note goes.
    while (page.model()->canFetchMore({})) {
        const int before = page.model()->rowCount();
        page.model()->fetchMore({});
        QTRY_VERIFY(page.model()->rowCount() > before);
    }
    QCOMPARE(page.model()->rowCount(), 12);
    QVERIFY(page.statusLabel()->text().isEmpty());
    page.view()->selectAll();
    QCOMPARE(page.statusLabel()->text(), QString());
}

void TestDataPages::queueActionsChangeTheStore()
{
    Test::TempDataDir dir;
    Test::ExampleData::populate(dir.path());
    RunningRelay relay(dir.path());
    QVERIFY2(relay.started, qPrintable(relay.started.error()));
    QueuePage* page = relay.window->queuePage();
    relay.window->showPage(MainWindow::Queue);
    relay.window->show();
    QTRY_VERIFY(page->model()->rowCount() > 3 && !page->model()->isLoading());

    // Hold two messages that are not held yet.
    QList<int> rows;
    for (int row = 0; row < page->model()->rowCount() && rows.size() < 2; ++row) {
        if (page->model()->rowAt(row).state != QLatin1String("held"))
            rows << row;
    }
    QCOMPARE(rows.size(), 2);
    selectRows(page, rows);
    const QStringList ids = page->selectedQueueIds();
    QCOMPARE(ids.size(), 2);
    QCOMPARE(heldCount(dir.path(), ids), 0);
    QTest::mouseClick(actionButton(page, QueueAction::Hold), Qt::LeftButton);
    QTRY_COMPARE(heldCount(dir.path(), ids), 2);
    // The model is reloaded after the engine is done: both rows now read "held".
    QTRY_VERIFY([&]() {
        int held = 0;
        for (int row = 0; row < page->model()->rowCount(); ++row) {
            const QueueRow& r = page->model()->rowAt(row);
            held += ids.contains(r.queueId) && r.state == QLatin1String("held") ? 1 : 0;
        }
        return held == 2 && !page->model()->isLoading();
    }());

    // Release one of them again.
    for (int row = 0; row < page->model()->rowCount(); ++row) {
        if (page->model()->rowAt(row).queueId == ids.first())
            selectRows(page, {row});
    }
    QCOMPARE(page->selectedQueueIds(), QStringList{ids.first()});
    QTRY_VERIFY(actionButton(page, QueueAction::Release)->isEnabled());
    QTest::mouseClick(actionButton(page, QueueAction::Release), Qt::LeftButton);
    QTRY_COMPARE(heldCount(dir.path(), ids), 1);

    // Delete both, confirming the question: the messages leave the store and the table.
    QTRY_VERIFY(!page->model()->isLoading());
    QList<int> both;
    for (int row = 0; row < page->model()->rowCount(); ++row) {
        if (ids.contains(page->model()->rowAt(row).queueId))
            both << row;
    }
    selectRows(page, both);
    QTRY_VERIFY(actionButton(page, QueueAction::Delete)->isEnabled());
    const int before = page->model()->rowCount();
    QTimer::singleShot(50, this, []() {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        QVERIFY(box);
        box->button(QMessageBox::Yes)->click();
    });
    QTest::mouseClick(actionButton(page, QueueAction::Delete), Qt::LeftButton);
    QTRY_COMPARE(messageCount(dir.path(), ids), 0);
    QTRY_COMPARE(page->model()->rowCount(), before - 2);
    QVERIFY(page->findChild<QMessageBox*>(QStringLiteral("queueActionErrors")) == nullptr);
}

// Holding a held message, releasing one that is not held and retrying a held one change nothing: each button
// says how many it changed and how many it left alone, without an error box for the expected case.
void TestDataPages::aDeletedAgentIsMarkedAndOffered()
{
    // An outside tester deleted "Scanners" and made it again: the window listed both agents' mail under one
    // name, and its agent filters offered no deleted agent at all.
    QVERIFY(installTranslators(qApp, QLocale(QLocale::English, QLocale::UnitedStates)));
    Test::TempDataDir dir;
    Test::ExampleData::populate(dir.path());
    QVERIFY(AgentDirectory(dir.path()).deleteAgent(QStringLiteral("backup-script")).ok());
    MainWindow window(dir.path());
    window.showPage(MainWindow::Logs);
    window.show();
    DeliveryLogPage* logs = window.deliveryLogPage();
    QTRY_VERIFY(logs->model()->rowCount() > 0 && !logs->model()->isLoading());
    auto* agentFilter = logs->filterBar()->findChild<QComboBox*>(QStringLiteral("agentFilter"));
    QVERIFY(agentFilter);
    const QStringList deletedBackup{QStringLiteral("backup-script"), QStringLiteral("deleted")};
    const QStringList liveBilling{QStringLiteral("billing-app")};
    QTRY_VERIFY(agentFilter->findData(deletedBackup) > 0);
    const int former = agentFilter->findData(deletedBackup);
    QCOMPARE(agentFilter->itemText(former), QStringLiteral("backup-script (deleted)"));
    QVERIFY(agentFilter->findData(liveBilling) > 0);
    QCOMPARE(agentFilter->itemText(agentFilter->findData(liveBilling)), QStringLiteral("billing-app"));

    agentFilter->setCurrentIndex(former);
    QTRY_VERIFY(!logs->model()->isLoading() && logs->model()->rowCount() > 0 &&
                logs->model()->rowAt(0).agent == QLatin1String("backup-script"));
    for (int row = 0; row < logs->model()->rowCount(); ++row) {
        QCOMPARE(logs->model()->rowAt(row).agent, QStringLiteral("backup-script"));
        const QModelIndex agent = logs->model()->index(row, DeliveryLogQuery::Agent);
        QCOMPARE(agent.data().toString(), QStringLiteral("backup-script (deleted)"));
        // Told apart even where the column cuts "(deleted)" (an outside tester at 1024x700).
        QVERIFY(agent.data(Qt::FontRole).value<QFont>().italic());
        QCOMPARE(
            agent.data(Qt::ToolTipRole).toString(),
            QStringLiteral("backup-script (deleted): this Mail Agent was deleted; a new agent may have its "
                           "name"));
    }
    // The details pane names it as the table does ("via Lager" read as the new agent: a third tester).
    logs->findChild<QTableView*>()->selectRow(0);
    auto* details = logs->findChild<QTextBrowser*>(QStringLiteral("logDetails"));
    QVERIFY(details);
    QTRY_VERIFY2(details->toPlainText().contains(QStringLiteral(" via backup-script (deleted), ")),
                 qPrintable(details->toPlainText()));
    // A live agent's rows are named as they were.
    agentFilter->setCurrentIndex(agentFilter->findData(liveBilling));
    QTRY_VERIFY(!logs->model()->isLoading() && logs->model()->rowCount() > 0 &&
                logs->model()->rowAt(0).agent == QLatin1String("billing-app"));
    QCOMPARE(logs->model()->index(0, DeliveryLogQuery::Agent).data().toString(),
             QStringLiteral("billing-app"));
    QVERIFY(!logs->model()->index(0, DeliveryLogQuery::Agent).data(Qt::FontRole).isValid());
    // Its whole name in the tooltip, where the column cuts it ("Buchhaltung-…": an outside tester).
    QCOMPARE(logs->model()->index(0, DeliveryLogQuery::Agent).data(Qt::ToolTipRole).toString(),
             QStringLiteral("billing-app"));

    // The Queue page marks a waiting message of the deleted agent too.
    Test::ExampleData::addMessage(dir.path(), QStringLiteral("backup-script"),
                                  QStringLiteral("backup@example.com"), QStringLiteral("admin@example.com"),
                                  QStringLiteral("Nightly backup"), QStringLiteral("queued"), 0, QString(),
                                  QString(), QDateTime::currentMSecsSinceEpoch());
    QueuePage* queue = window.queuePage();
    window.showPage(MainWindow::Queue);
    queue->refresh();
    QTRY_VERIFY(!queue->model()->isLoading() && queue->model()->rowCount() > 0);
    int backup = -1;
    QTRY_VERIFY([&] {
        for (int row = 0; row < queue->model()->rowCount(); ++row) {
            if (queue->model()->rowAt(row).agent == QLatin1String("backup-script"))
                backup = row;
        }
        return backup >= 0;
    }());
    QCOMPARE(queue->model()->index(backup, QueueQuery::Agent).data().toString(),
             QStringLiteral("backup-script (deleted)"));
    QVERIFY(queue->model()->index(backup, QueueQuery::Agent).data(Qt::FontRole).value<QFont>().italic());
    // Where the column cuts the label, the name is cut, never "(deleted)" ("Webshop (ge…": an outside
    // tester), in the Queue and in the Delivery Logs.
    for (QTableView* view :
         {queue->findChild<QTableView*>(QStringLiteral("queueView")), logs->findChild<QTableView*>()}) {
        QVERIFY(view);
        const int column =
            view == logs->findChild<QTableView*>() ? int(DeliveryLogQuery::Agent) : int(QueueQuery::Agent);
        QVERIFY(qobject_cast<MiddleElidingDelegate*>(view->itemDelegateForColumn(column)));
    }
    const QModelIndex cell = queue->model()->index(backup, QueueQuery::Agent);
    QFont italic = window.font();
    italic.setItalic(true);
    const QString shown = MiddleElidingDelegate::fitted(cell.data().toString(),
                                                        cell.data(MiddleElidingDelegate::HeadRole).toString(),
                                                        QFontMetrics(italic), 90);
    QVERIFY2(shown.endsWith(QStringLiteral(" (deleted)")) && shown.contains(QChar(0x2026)),
             qPrintable(shown));

    // A new agent made under the deleted one's name starts afresh: the filter offers it apart from the
    // deleted one, and each shows its own mail only (an outside tester's new "Büro-Drucker" listed the old
    // one's history as its own).
    QVERIFY(AgentDirectory(dir.path()).createAgent(QStringLiteral("backup-script"), {}, {}).ok());
    Test::ExampleData::addMessage(dir.path(), QStringLiteral("backup-script"),
                                  QStringLiteral("backup@example.com"), QStringLiteral("new@example.com"),
                                  QStringLiteral("First of the new agent"), QStringLiteral("queued"), 0,
                                  QString(), QString(), QDateTime::currentMSecsSinceEpoch());
    window.agentsPage()->reload(); // no engine here to tell the window of the new agent
    window.showPage(MainWindow::Logs);
    const QStringList liveBackup{QStringLiteral("backup-script")};
    QTRY_VERIFY(agentFilter->findData(liveBackup) > 0);
    QVERIFY(agentFilter->findData(deletedBackup) > 0);
    agentFilter->setCurrentIndex(agentFilter->findData(liveBackup));
    QTRY_VERIFY(!logs->model()->isLoading() && logs->model()->rowCount() == 1 &&
                logs->model()->rowAt(0).subject == QLatin1String("First of the new agent"));
    QCOMPARE(logs->model()->index(0, DeliveryLogQuery::Agent).data().toString(),
             QStringLiteral("backup-script"));
    agentFilter->setCurrentIndex(agentFilter->findData(deletedBackup));
    QTRY_VERIFY(!logs->model()->isLoading() && logs->model()->rowCount() > 1);
    for (int row = 0; row < logs->model()->rowCount(); ++row) {
        QVERIFY(logs->model()->rowAt(row).subject != QLatin1String("First of the new agent"));
        QCOMPARE(logs->model()->index(row, DeliveryLogQuery::Agent).data().toString(),
                 QStringLiteral("backup-script (deleted)"));
    }
}

void TestDataPages::queueDetailsExplainEachRecipient()
{
    // An outside tester's message waited for two recipients, one greylisted (451) and one whose server did
    // not take mail (421): the details pane explained the greylisting only, and the next message the 421.
    QVERIFY(installTranslators(qApp, QLocale(QLocale::English, QLocale::UnitedStates)));
    Test::TempDataDir dir;
    Test::ExampleData::populate(dir.path());
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 id = Test::ExampleData::addMessage(
        dir.path(), QStringLiteral("billing-app"), QStringLiteral("billing@example.com"),
        QStringLiteral("info0@grey.example"), QStringLiteral("Order 7 of two waiting"),
        QStringLiteral("deferred"), 451, QStringLiteral("4.7.1"),
        QStringLiteral("Greylisted, please try again later"), now - 60000);
    QVERIFY(id > 0);
    {
        QSqlQuery q(Database::connection(dir.path()).value());
        for (const auto& [address, state, code, enhanced, reply] :
             {std::tuple{"order0@flaky.example", "deferred", 421, "4.3.2", "Service not available"},
              std::tuple{"order1@flaky.example", "deferred", 421, "4.3.2", "Service not available"},
              std::tuple{"kunde0@customer.example", "delivered", 250, "2.0.0", "Ok"}}) {
            q.prepare(QStringLiteral(
                "INSERT INTO recipients(message_id, address, domain, state, attempts, next_attempt_at,"
                " last_code, last_enhanced, last_reply, updated_at) VALUES(?, ?, ?, ?, 1, ?, ?, ?, ?, ?)"));
            q.addBindValue(id);
            q.addBindValue(QString::fromLatin1(address));
            q.addBindValue(QString::fromLatin1(address).section(QLatin1Char('@'), 1));
            q.addBindValue(QString::fromLatin1(state));
            q.addBindValue(now + 600000);
            q.addBindValue(code);
            q.addBindValue(QString::fromLatin1(enhanced));
            q.addBindValue(QString::fromLatin1(reply));
            q.addBindValue(now - 30000);
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        }
    }
    QueuePage page(dir.path());
    page.show();
    QTRY_VERIFY(page.model()->rowCount() > 3 && !page.model()->isLoading());
    int row = -1;
    for (int i = 0; i < page.model()->rowCount(); ++i)
        if (page.model()->rowAt(i).subject == QLatin1String("Order 7 of two waiting"))
            row = i;
    QVERIFY(row >= 0);
    page.view()->setCurrentIndex(page.model()->index(row, 0));
    auto* details = page.findChild<QTextBrowser*>();
    QVERIFY(details);
    // Each reply once, with the recipients that got it; the delivered recipient is not named.
    QTRY_VERIFY2(details->toPlainText().contains(QStringLiteral("Service not available")) &&
                     details->toPlainText().contains(QStringLiteral("Greylisted, please try again later")),
                 qPrintable(details->toPlainText()));
    const QString text = details->toPlainText();
    QVERIFY2(text.contains(QStringLiteral("order0@flaky.example, order1@flaky.example")), qPrintable(text));
    QCOMPARE(text.count(QStringLiteral("Service not available")), 1);
    QVERIFY2(!text.contains(QStringLiteral("Ok")) || !text.contains(QStringLiteral("250")), qPrintable(text));
}

void TestDataPages::queueSaysWhenDeliveryIsOff()
{
    // An outside tester, delivery off: the Queue page promised "Next attempt: 04:10" long after 04:10, and
    // "Retry now" said the message "will be retried now"; only the command line said delivery was off.
    QVERIFY(installTranslators(qApp, QLocale(QLocale::English, QLocale::UnitedStates)));
    Test::TempDataDir dir;
    Test::ExampleData::populate(dir.path());
    RunningRelay relay(dir.path()); // delivery.enabled = false
    QVERIFY2(relay.started, qPrintable(relay.started.error()));
    QueuePage* page = relay.window->queuePage();
    relay.window->showPage(MainWindow::Queue);
    relay.window->show();
    QTRY_VERIFY(page->model()->rowCount() > 3 && !page->model()->isLoading());
    const int waiting = firstWaitingRow(page->model());
    QVERIFY(waiting >= 0);
    const QModelIndex next = page->model()->index(waiting, QueueQuery::NextAttempt);
    QTRY_COMPARE(next.data().toString(), QStringLiteral("delivery is off"));
    selectRows(page, {waiting});
    auto* details = page->findChild<QTextBrowser*>();
    QVERIFY(details);
    QTRY_VERIFY2(
        details->toPlainText().contains(QStringLiteral("Next attempt: none while delivery is turned off")),
        qPrintable(details->toPlainText()));
    // Not the reply's advice "Nothing to do: RelayDesk retries automatically": it does not, while off.
    QVERIFY2(!details->toPlainText().contains(QStringLiteral("retries automatically")),
             qPrintable(details->toPlainText()));
    QVERIFY(details->toPlainText().contains(QStringLiteral("Last reply: ")));

    // Turned on (from the command line, say): the page shows the times again at the dashboard's next read.
    // The selected message is due in an hour, so that delivery does not take it away at once (it did on a
    // PostgreSQL store, and the pane asked to select a message).
    QSqlQuery later(Database::connection(dir.path()).value());
    later.prepare(
        QStringLiteral("UPDATE recipients SET next_attempt_at = ? WHERE message_id = (SELECT id FROM"
                       " messages WHERE queue_id = ?) AND state IN ('queued', 'deferred')"));
    later.addBindValue(QDateTime::currentMSecsSinceEpoch() + 3600 * 1000);
    later.addBindValue(page->model()->rowAt(waiting).queueId);
    QVERIFY(later.exec());
    QVERIFY(Settings(dir.path()).set(QStringLiteral("delivery.enabled"), QStringLiteral("true")).ok());
    relay.window->dashboardPage()->refresh();
    QTRY_VERIFY(page->deliveryEnabled());
    QVERIFY(next.data().toString() != QStringLiteral("delivery is off"));
    QTRY_VERIFY2(!details->toPlainText().contains(QStringLiteral("delivery is turned off")),
                 qPrintable(details->toPlainText()));
    QTRY_VERIFY2(details->toPlainText().contains(QStringLiteral("Next attempt: ")),
                 qPrintable(details->toPlainText()));

    // The relay stopped (an outside tester released a message then and read "RelayDesk retries
    // automatically"): no time is promised, and the pane says what it waits for.
    relay.engine.stop();
    QTRY_COMPARE(next.data().toString(), QStringLiteral("relay stopped"));
    QVERIFY2(next.data(Qt::ToolTipRole).toString().contains(QStringLiteral("not running")),
             qPrintable(next.data(Qt::ToolTipRole).toString()));
    QTRY_VERIFY2(details->toPlainText().contains(QStringLiteral("Next attempt: once the relay runs again")),
                 qPrintable(details->toPlainText()));
    QVERIFY2(!details->toPlainText().contains(QStringLiteral("retries automatically")),
             qPrintable(details->toPlainText()));
    QVERIFY(relay.engine.start().ok());
    QTRY_VERIFY(next.data().toString() != QStringLiteral("relay stopped"));
    QTRY_VERIFY2(!details->toPlainText().contains(QStringLiteral("once the relay runs again")),
                 qPrintable(details->toPlainText()));
}

void TestDataPages::queueActionsSayWhatTheyLeftAlone()
{
    // English plural forms ("1 message"), as the window has them; later tests read English too.
    QVERIFY(installTranslators(qApp, QLocale(QLocale::English, QLocale::UnitedStates)));
    Test::TempDataDir dir;
    Test::ExampleData::populate(dir.path());
    RunningRelay relay(dir.path());
    QVERIFY2(relay.started, qPrintable(relay.started.error()));
    QueuePage* page = relay.window->queuePage();
    relay.window->showPage(MainWindow::Queue);
    relay.window->show();
    QTRY_VERIFY(page->model()->rowCount() > 3 && !page->model()->isLoading());
    const auto rowsOf = [page](const QStringList& ids) {
        QList<int> rows;
        for (int row = 0; row < page->model()->rowCount(); ++row) {
            if (ids.contains(page->model()->rowAt(row).queueId))
                rows << row;
        }
        return rows;
    };
    QStringList held, waiting;
    for (int row = 0; row < page->model()->rowCount(); ++row) {
        const QueueRow& r = page->model()->rowAt(row);
        (r.held ? held : waiting) << r.queueId;
    }
    QVERIFY(!held.isEmpty());
    QVERIFY(waiting.size() >= 2);
    const auto act = [&](QueueAction action, const QStringList& ids) {
        QTRY_VERIFY(!page->model()->isLoading());
        selectRows(page, rowsOf(ids));
        QCOMPARE(page->selectedQueueIds().size(), ids.size());
        QTRY_VERIFY(actionButton(page, action)->isEnabled());
        QTest::mouseClick(actionButton(page, action), Qt::LeftButton);
    };

    // Retry: the held one is left alone, and no error box for it. Delivery is off here (RunningRelay): the
    // retry says when it will happen instead of "now".
    QTRY_VERIFY(!page->deliveryEnabled());
    act(QueueAction::RetryNow, {held.first(), waiting.at(0)});
    QTRY_COMPARE(
        page->statusLabel()->text(),
        QStringLiteral("1 message will be tried as soon as delivery is turned on: it is off (Settings, "
                       "Delivery, \"Deliver queued mail\"). 1 message on hold not retried: release it "
                       "first."));
    QVERIFY(page->findChild<QMessageBox*>(QStringLiteral("queueActionErrors")) == nullptr);
    QCOMPARE(heldCount(dir.path(), held), int(held.size()));

    // Hold: one was held already.
    act(QueueAction::Hold, {held.first(), waiting.at(0)});
    QTRY_COMPARE(heldCount(dir.path(), {waiting.at(0)}), 1);
    QTRY_VERIFY(page->statusLabel()->text().startsWith(QStringLiteral("1 message held: ")));
    QVERIFY2(page->statusLabel()->text().endsWith(
                 QStringLiteral(" 1 message already held; nothing changed for it.")),
             qPrintable(page->statusLabel()->text()));

    // Release: one was not held.
    act(QueueAction::Release, {waiting.at(0), waiting.at(1)});
    QTRY_COMPARE(page->statusLabel()->text(),
                 QStringLiteral("1 message released. 1 message not held; nothing changed for it."));
    QCOMPARE(heldCount(dir.path(), {waiting.at(0), waiting.at(1)}), 0);

    // Nothing to change at all: the action is greyed (an outside tester could hold held messages and
    // release ones that were not held, and was told "nothing changed" afterwards).
    QTRY_VERIFY(!page->model()->isLoading());
    selectRows(page, rowsOf({held.first()}));
    QTRY_VERIFY(actionButton(page, QueueAction::Release)->isEnabled());
    QVERIFY(!actionButton(page, QueueAction::Hold)->isEnabled());
    QVERIFY(!actionButton(page, QueueAction::RetryNow)->isEnabled()); // held: not retried until released
    QVERIFY(actionButton(page, QueueAction::Delete)->isEnabled());
    selectRows(page, rowsOf({waiting.at(0), waiting.at(1)}));
    QTRY_VERIFY(actionButton(page, QueueAction::Hold)->isEnabled());
    QVERIFY(!actionButton(page, QueueAction::Release)->isEnabled());
    QVERIFY(actionButton(page, QueueAction::RetryNow)->isEnabled());
    QVERIFY(page->findChild<QMessageBox*>(QStringLiteral("queueActionErrors")) == nullptr);

    // Release of a message held longer than the give-up time: tried once more, then it bounces; said so
    // (an outside tester read only "released").
    QSqlQuery aged(Database::connection(dir.path()).value());
    aged.prepare(QStringLiteral("UPDATE messages SET received_at = ? WHERE queue_id = ?"));
    aged.addBindValue(QDateTime::currentMSecsSinceEpoch() - 6LL * 86400 * 1000); // the default is 5 days
    aged.addBindValue(held.first());
    QVERIFY(aged.exec());
    act(QueueAction::Release, {held.first()});
    QTRY_COMPARE(page->statusLabel()->text(),
                 QStringLiteral("1 message released. 1 message had waited longer than the give-up time "
                                "(Settings, Delivery: Give up after): one more attempt; a recipient it does "
                                "not deliver bounces and its sender is told."));
}

// Two rows selected, and the current one leaves the queue (delivered, or deleted by the command line): the
// other stays highlighted and becomes current, so its details and "View message" follow it.
void TestDataPages::aSelectedRowBecomesCurrentWhenTheCurrentOneLeaves()
{
    Test::TempDataDir dir;
    Test::ExampleData::populate(dir.path());
    QueuePage page(dir.path());
    page.show();
    QTRY_VERIFY(page.model()->rowCount() > 2 && !page.model()->isLoading());
    const QString gone = page.model()->rowAt(0).queueId;
    const QString stays = page.model()->rowAt(1).queueId;
    page.view()->selectionModel()->setCurrentIndex(page.model()->index(0, 0), QItemSelectionModel::NoUpdate);
    selectRows(&page, {0, 1});
    QTRY_VERIFY(page.details()->toPlainText().contains(gone));
    QSqlQuery q(Database::connection(dir.path()).value());
    q.prepare(QStringLiteral("DELETE FROM messages WHERE queue_id = ?"));
    q.addBindValue(gone);
    QVERIFY(q.exec());
    page.refresh();
    QTRY_VERIFY(!page.model()->isLoading() && page.model()->rowAt(0).queueId == stays);
    QCOMPARE(page.selectedQueueIds(), QStringList{stays});
    QTRY_VERIFY(page.view()->currentIndex().isValid());
    QCOMPARE(page.model()->rowAt(page.view()->currentIndex().row()).queueId, stays);
    QTRY_VERIFY2(page.details()->toPlainText().contains(stays), qPrintable(page.details()->toPlainText()));
    QVERIFY(page.viewerOpener()->action()->isEnabled());
}

void TestDataPages::queueActionErrorsAreShown()
{
    Test::TempDataDir dir;
    Test::ExampleData::populate(dir.path());
    RunningRelay relay(dir.path());
    QVERIFY2(relay.started, qPrintable(relay.started.error()));
    QueuePage* page = relay.window->queuePage();
    relay.window->show();
    QTRY_VERIFY(page->model()->rowCount() > 1 && !page->model()->isLoading());
    selectRows(page, {0});
    const QStringList ids = page->selectedQueueIds();
    // Another admin (or the command line) deletes the message behind the window's back.
    QSqlQuery q(Database::connection(dir.path()).value());
    q.prepare(QStringLiteral("DELETE FROM messages WHERE queue_id = ?"));
    q.addBindValue(ids.first());
    QVERIFY(q.exec());
    QTest::mouseClick(actionButton(page, QueueAction::Hold), Qt::LeftButton);
    QMessageBox* box = nullptr;
    QTRY_VERIFY((box = page->findChild<QMessageBox*>(QStringLiteral("queueActionErrors"))) != nullptr);
    QVERIFY(box->detailedText().contains(ids.first()));
    // Why, in the box's text: behind Show Details it went unread (an outside tester).
    QVERIFY2(box->text().contains(ids.first()), qPrintable(box->text()));
    box->button(QMessageBox::Ok)->click();
    // The table no longer shows the vanished message.
    QTRY_VERIFY([&]() {
        for (int row = 0; row < page->model()->rowCount(); ++row) {
            if (page->model()->rowAt(row).queueId == ids.first())
                return false;
        }
        return !page->model()->isLoading();
    }());
}

void TestDataPages::queueActionsWithoutARelayGoToTheStore()
{
    // An outside tester's window waited for a stopped service: Retry now failed with the control channel's
    // English words behind "Details". With no relay running the window writes the change itself, as the
    // command line does, and says when it happens.
    QVERIFY(installTranslators(qApp, QLocale(QLocale::English, QLocale::UnitedStates)));
    Test::TempDataDir dir;
    Test::ExampleData::populate(dir.path());
    RunningRelay relay(dir.path());
    QVERIFY2(relay.started, qPrintable(relay.started.error()));
    relay.engine.stop();
    QVERIFY(!relay.engine.isRunning());
    QueuePage* page = relay.window->queuePage();
    relay.window->showPage(MainWindow::Queue);
    relay.window->show();
    QTRY_VERIFY(page->model()->rowCount() > 2 && !page->model()->isLoading());
    const int waiting = firstWaitingRow(page->model());
    QVERIFY(waiting >= 0);
    const QString id = page->model()->rowAt(waiting).queueId;
    // Pushed far out, so that the retry's "due now" shows in the store.
    const qint64 far = QDateTime::currentMSecsSinceEpoch() + 3600 * 1000;
    {
        QSqlQuery q(Database::connection(dir.path()).value());
        q.prepare(
            QStringLiteral("UPDATE recipients SET next_attempt_at = ? WHERE message_id = (SELECT id FROM "
                           "messages WHERE queue_id = ?) AND state IN ('queued', 'deferred')"));
        q.addBindValue(far);
        q.addBindValue(id);
        QVERIFY(q.exec());
        QVERIFY(q.numRowsAffected() > 0);
    }
    const auto latestDue = [&dir, &id]() {
        QSqlQuery q(Database::connection(dir.path()).value());
        q.prepare(
            QStringLiteral("SELECT MAX(next_attempt_at) FROM recipients WHERE message_id = (SELECT id FROM "
                           "messages WHERE queue_id = ?) AND state IN ('queued', 'deferred')"));
        q.addBindValue(id);
        return q.exec() && q.next() ? q.value(0).toLongLong() : -1;
    };
    QCOMPARE(latestDue(), far);
    Q_EMIT page->actionRequested(QueueAction::RetryNow, {id});
    QTRY_COMPARE(
        page->statusLabel()->text(),
        QStringLiteral("1 message will be tried as soon as the relay runs again: it is not running now."));
    QVERIFY(page->findChild<QMessageBox*>(QStringLiteral("queueActionErrors")) == nullptr);
    QVERIFY(latestDue() < far);
    QVERIFY(latestDue() <= QDateTime::currentMSecsSinceEpoch());

    Q_EMIT page->actionRequested(QueueAction::Hold, {id});
    QTRY_COMPARE(heldCount(dir.path(), {id}), 1);
    QTRY_COMPARE(page->statusLabel()->text(),
                 QStringLiteral("1 message held: not delivered until released."));
    const auto rowOf = [page, &id]() {
        for (int row = 0; row < page->model()->rowCount(); ++row) {
            if (page->model()->rowAt(row).queueId == id)
                return row;
        }
        return -1;
    };
    QTRY_VERIFY(!page->model()->isLoading() && rowOf() >= 0 && page->model()->rowAt(rowOf()).held);
    selectRows(page, {rowOf()});
    Q_EMIT page->actionRequested(QueueAction::Release, {id});
    QTRY_COMPARE(heldCount(dir.path(), {id}), 0);
    QTRY_COMPARE(
        page->statusLabel()->text(),
        QStringLiteral("1 message released: delivered once the relay runs again; it is not running now."));
    QVERIFY(page->findChild<QMessageBox*>(QStringLiteral("queueActionErrors")) == nullptr);
}

void TestDataPages::anActionOnAMessageDeletedMeanwhileSaysSo()
{
    // An outside tester confirmed Delete for a message a colleague had deleted from the command line while
    // the question was open: a warning box said "1 message could not be changed" (details in English).
    QVERIFY(installTranslators(qApp, QLocale(QLocale::English, QLocale::UnitedStates)));
    Test::TempDataDir dir;
    Test::ExampleData::populate(dir.path());
    RunningRelay relay(dir.path());
    QVERIFY2(relay.started, qPrintable(relay.started.error()));
    QueuePage* page = relay.window->queuePage();
    relay.window->show();
    QTRY_VERIFY(page->model()->rowCount() > 2 && !page->model()->isLoading());
    selectRows(page, {0, 1});
    const QStringList ids = page->selectedQueueIds();
    // The colleague's delete, as the command line makes it (through the store's queue actions).
    QVERIFY(actElsewhere(relay.engine, EngineControl::QueueAction::Delete, ids.first()));
    // The window's Delete, confirmed for both (the question is the page's; its answer is this signal).
    Q_EMIT page->actionRequested(QueueAction::Delete, ids);
    QTRY_COMPARE(
        page->statusLabel()->text(),
        QStringLiteral("1 message deleted. 1 message had already left the queue (delivered, bounced or "
                       "deleted meanwhile)."));
    QVERIFY(page->findChild<QMessageBox*>(QStringLiteral("queueActionErrors")) == nullptr);
    // Alone, the gone one says only that.
    Q_EMIT page->actionRequested(QueueAction::Hold, {ids.first()});
    QTRY_COMPARE(
        page->statusLabel()->text(),
        QStringLiteral("1 message had already left the queue (delivered, bounced or deleted meanwhile)."));
    QVERIFY(page->findChild<QMessageBox*>(QStringLiteral("queueActionErrors")) == nullptr);
}

void TestDataPages::aRetryOfAMessageHeldMeanwhileSaysSo()
{
    // An outside tester (German window) clicked Retry now on a message a colleague had just held from the
    // command line: a warning box "1 message could not be changed" with English details, and "0 messages
    // will be retried now".
    QVERIFY(installTranslators(qApp, QLocale(QLocale::English, QLocale::UnitedStates)));
    QTranslator german; // removes itself when the test ends, so that the tests after it read English
    QVERIFY(german.load(QLocale(QLocale::German, QLocale::Germany), QStringLiteral("relaydesk"),
                        QStringLiteral("_"), QStringLiteral(":/i18n")));
    QCoreApplication::installTranslator(&german);
    Test::TempDataDir dir;
    Test::ExampleData::populate(dir.path());
    RunningRelay relay(dir.path());
    QVERIFY2(relay.started, qPrintable(relay.started.error()));
    QueuePage* page = relay.window->queuePage();
    relay.window->show();
    QTRY_VERIFY(page->model()->rowCount() > 2 && !page->model()->isLoading());
    QStringList waiting;
    for (int row = 0; row < page->model()->rowCount() && waiting.size() < 2; ++row) {
        if (!page->model()->rowAt(row).held)
            waiting << page->model()->rowAt(row).queueId;
    }
    QCOMPARE(waiting.size(), 2);
    QVERIFY(actElsewhere(relay.engine, EngineControl::QueueAction::Hold, waiting.first()));
    // The page has not read the hold yet: the window asks for both as waiting ones.
    Q_EMIT page->actionRequested(QueueAction::RetryNow, waiting);
    QTRY_COMPARE(
        page->statusLabel()->text(),
        QStringLiteral("1 Nachricht wird zugestellt, sobald die Zustellung eingeschaltet ist: Sie ist aus "
                       "(Einstellungen, Zustellung, „E-Mails aus der Warteschlange zustellen“). 1 "
                       "angehaltene Nachricht nicht erneut versucht: geben Sie sie zuerst frei."));
    QVERIFY(page->findChild<QMessageBox*>(QStringLiteral("queueActionErrors")) == nullptr);
}

void TestDataPages::queueModelPassesModelTester()
{
    Test::TempDataDir dir;
    Test::ExampleData::populate(dir.path());
    QueueModel model(dir.path());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // Small keyset pages, fetched as a view would: every queued message once, in the query's order.
    model.setPageSize(4);
    model.reload();
    QTRY_VERIFY(!model.isLoading() && model.rowCount() > 0);
    while (model.canFetchMore({})) {
        model.fetchMore({});
        QTRY_VERIFY(!model.isLoading());
    }
    const auto all = QueueQuery(dir.path()).pageAfter({}, nullptr, 1000);
    QCOMPARE(model.rowCount(), all->size());
    QVERIFY(model.rowCount() > 4);
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.rowAt(row).queueId, all->at(row).queueId);
    model.setPageSize(200);
    model.reload();
    // Pending: 8 queued (i % 5 == 0 but not deferred/bounced) + 6 deferred.
    QTRY_VERIFY(!model.isLoading() && model.rowCount() > 0);
    int held = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QueueRow& r = model.rowAt(row);
        QVERIFY(r.state == QLatin1String("queued") || r.state == QLatin1String("deferred") ||
                r.state == QLatin1String("held"));
        held += r.state == QLatin1String("held") ? 1 : 0;
    }
    QVERIFY(held > 0);
    LogFilter filter;
    filter.status = QStringLiteral("held");
    model.setFilter(filter);
    QTRY_COMPARE(model.rowCount(), held);
    model.sort(QueueQuery::Sender, Qt::DescendingOrder);
    QTRY_COMPARE(model.rowCount(), held);
}

void TestDataPages::sessionsUpdateInPlace()
{
    SessionsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    SessionInfo a;
    a.id = 1;
    a.client = QStringLiteral("192.0.2.7:5000");
    a.state = QStringLiteral("ready");
    a.startedMs = 1000;
    a.listener = QStringLiteral("lan");
    SessionInfo b = a;
    b.id = 2;
    b.client = QStringLiteral("192.0.2.8:5001");
    b.listener = QStringLiteral("smtps");
    model.applySnapshot({a, b}, 2000);
    QCOMPARE(model.rowCount(), 2);
    // The listener as people call it, not its setting's name ("lan").
    QCOMPARE(model.index(0, SessionsModel::Listener).data().toString(), QStringLiteral("LAN relay"));
    QCOMPARE(model.index(1, SessionsModel::Listener).data().toString(), QStringLiteral("SMTPS"));

    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    a.state = QStringLiteral("data");
    a.agent = QStringLiteral("billing-app");
    a.tlsVersion = QStringLiteral("TLSv1.3");
    model.applySnapshot({a, b}, 3000);
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(removed.count(), 0);
    QCOMPARE(reset.count(), 0);
    QVERIFY(changed.count() >= 1);
    QCOMPARE(model.index(0, SessionsModel::State).data().toString(), QStringLiteral("receiving message"));
    QCOMPARE(model.index(0, SessionsModel::Agent).data().toString(), QStringLiteral("billing-app"));

    // A new session is inserted; an ended one stays a moment, then leaves.
    SessionInfo c = a;
    c.id = 3;
    b.endedMs = 3500;
    model.applySnapshot({a, b, c}, 4000);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(model.sessionAt(2).id, quint64(3));
    model.applySnapshot({a, b, c}, 3500 + 6000);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.sessionAt(0).id, quint64(1));
    QCOMPARE(model.sessionAt(1).id, quint64(3));
    model.applySnapshot({}, 20000);
    QCOMPARE(model.rowCount(), 0);
}

void TestDataPages::sessionsFollowTheClock()
{
    // The engine reports a session when it changes, not every second: an idle session's duration stayed
    // "0 s", and an ended one stayed until the next report. The shown page follows the clock by itself.
    SessionsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    SessionInfo open;
    open.id = 1;
    open.client = QStringLiteral("192.0.2.7:5000");
    open.state = QStringLiteral("ready");
    open.startedMs = 1000;
    SessionInfo ended = open;
    ended.id = 2;
    ended.endedMs = 3000;
    model.applySnapshot({open, ended}, 3000);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.tick(7000);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, SessionsModel::Duration).data().toString(), durationText(6000));
    QCOMPARE(changed.count(), 1);
    model.tick(8000); // the ended one lingered its five seconds
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.sessionAt(0).id, quint64(1));

    Test::TempDataDir dir;
    SessionsPage page(dir.path());
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    open.startedMs = now;
    ended.startedMs = now - 10000;
    ended.endedMs = now - 4000;
    page.setSessions({open, ended});
    QCOMPARE(page.model()->rowCount(), 2);
    const QModelIndex duration = page.model()->index(0, SessionsModel::Duration);
    QCOMPARE(duration.data().toString(), durationText(0));
    QTRY_COMPARE_WITH_TIMEOUT(page.model()->rowCount(), 1, 3000);
    QTRY_VERIFY_WITH_TIMEOUT(
        page.model()->index(0, SessionsModel::Duration).data().toString() != durationText(0), 3000);
    // Hidden, the page does not tick.
    page.hide();
    const QString shown = page.model()->index(0, SessionsModel::Duration).data().toString();
    QTest::qWait(2200);
    QCOMPARE(page.model()->index(0, SessionsModel::Duration).data().toString(), shown);
}

// Tester finding (thirty-first session): one session at a time, and a confirmed disconnect of a session that
// had ended meanwhile said nothing.
void TestDataPages::severalSessionsAreDisconnectedAtOnce()
{
    Test::TempDataDir dir;
    SessionsPage page(dir.path());
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QList<SessionInfo> sessions;
    for (quint64 id = 1; id <= 3; ++id) {
        SessionInfo session;
        session.id = id;
        session.client = QStringLiteral("192.0.2.%1:5000").arg(id);
        session.state = QStringLiteral("ready");
        session.startedMs = now;
        sessions.append(session);
    }
    page.setSessions(sessions);
    QSignalSpy requested(&page, &SessionsPage::disconnectRequested);
    auto openQuestion = [&page]() -> QMessageBox* {
        // The last question goes with deleteLater: wait for it, or it would be found again.
        for (int i = 0; i < 100 && page.findChild<QMessageBox*>(QStringLiteral("confirmDisconnect")); ++i)
            QTest::qWait(10);
        QTest::mouseClick(page.disconnectButton(), Qt::LeftButton);
        QMessageBox* box = nullptr;
        for (int i = 0; i < 100 && !box; ++i) {
            box = page.findChild<QMessageBox*>(QStringLiteral("confirmDisconnect"));
            if (!box)
                QTest::qWait(10);
        }
        return box;
    };
    auto answer = [](QMessageBox* box, QMessageBox::ButtonRole role) {
        for (QAbstractButton* button : box->buttons()) {
            if (box->buttonRole(button) == role) {
                QTest::mouseClick(button, Qt::LeftButton);
                return true;
            }
        }
        return false;
    };

    // All three selected: one question for three; Cancel (the default) ends none.
    page.view()->selectAll();
    QVERIFY(page.disconnectButton()->isEnabled());
    QMessageBox* box = openQuestion();
    QVERIFY(box);
    QVERIFY2(box->text().contains(QStringLiteral("3 sessions")), qPrintable(box->text()));
    QCOMPARE(box->defaultButton(), box->button(QMessageBox::Cancel));
    QVERIFY(answer(box, QMessageBox::RejectRole));
    QCOMPARE(requested.count(), 0);

    // Asked again; session 2 ends while the question is open: 1 and 3 are disconnected, and the page says so.
    box = openQuestion();
    QVERIFY(box);
    sessions[1].endedMs = QDateTime::currentMSecsSinceEpoch();
    page.setSessions(sessions);
    QVERIFY(answer(box, QMessageBox::DestructiveRole));
    QCOMPARE(requested.count(), 2);
    QCOMPARE(requested.at(0).at(0).toULongLong(), quint64(1));
    QCOMPARE(requested.at(1).at(0).toULongLong(), quint64(3));
    QVERIFY(page.noteLabel()->isVisible());
    QVERIFY2(
        page.noteLabel()->text().contains(QStringLiteral("1 of the selected sessions had already ended")),
        qPrintable(page.noteLabel()->text()));

    // One session, which ends (and leaves the table) while its question is open: nothing is sent, and the
    // person is told.
    requested.clear();
    page.view()->clearSelection();
    page.view()->selectRow(0);
    box = openQuestion();
    QVERIFY(box);
    QVERIFY2(box->text().contains(QStringLiteral("192.0.2.1:5000")), qPrintable(box->text()));
    page.setSessions({sessions[2]});
    QVERIFY(answer(box, QMessageBox::DestructiveRole));
    QCOMPARE(requested.count(), 0);
    QVERIFY2(page.noteLabel()->text().contains(QStringLiteral("had already ended")),
             qPrintable(page.noteLabel()->text()));

    // The relay restarted while the question was open and numbers from 1 again: session 3 is another
    // client's now, and is left alone.
    requested.clear();
    page.setSessions({sessions[2]});
    page.view()->selectRow(0);
    box = openQuestion();
    QVERIFY(box);
    SessionInfo newcomer = sessions[2];
    newcomer.client = QStringLiteral("192.0.2.99:6000");
    page.setSessions({newcomer});
    QVERIFY(answer(box, QMessageBox::DestructiveRole));
    QCOMPARE(requested.count(), 0);

    // An ended session alone selected: nothing to disconnect.
    sessions[2].endedMs = QDateTime::currentMSecsSinceEpoch();
    page.setSessions({sessions[2]});
    page.view()->selectRow(0);
    QVERIFY(!page.disconnectButton()->isEnabled());
}

// Tester finding (thirty-second session): the window said "sending" where `relaydesk sessions` said
// "transaction", for a client idle between RCPT and DATA. Both now say "addressing", from one list.
void TestDataPages::sessionStatesHaveTheCommandLinesWords()
{
    SessionsModel model;
    const QStringList states = {QStringLiteral("connected"),   QStringLiteral("ready"),
                                QStringLiteral("transaction"), QStringLiteral("auth"),
                                QStringLiteral("data"),        QStringLiteral("waiting"),
                                QStringLiteral("closed")};
    for (const QString& state : states) {
        SessionInfo session;
        session.id = 1;
        session.state = state;
        session.bytesIn = 361;
        session.bytesOut = 576;
        model.applySnapshot({session}, 1000);
        QCOMPARE(model.index(0, SessionsModel::State).data().toString(), SessionInfo::stateWords(state));
    }
    QCOMPARE(SessionInfo::stateWords(QStringLiteral("transaction")), QStringLiteral("addressing"));
    QCOMPARE(model.index(0, SessionsModel::Bytes).data(Qt::ToolTipRole).toString(),
             QStringLiteral("%1 received, %2 sent").arg(sizeText(361), sizeText(576)));
}

// Tester finding (thirty-second session): the queue, soonest due first, moved each retried message down the
// table (out of the loaded page), and the person's selection went with it at every retry wave; a delete's
// question said "1 message" without saying which.
void TestDataPages::aRetriedMessageKeepsItsPlaceAndSelection()
{
    Test::TempDataDir dir;
    Test::ExampleData::populate(dir.path());
    QueuePage page(dir.path());
    page.show();
    QTRY_VERIFY(page.model()->rowCount() > 2 && !page.model()->isLoading());
    QStringList before;
    for (int row = 0; row < page.model()->rowCount(); ++row)
        before << page.model()->rowAt(row).queueId;
    const QString retried = before.first();
    selectRows(&page, {0});
    QCOMPARE(page.selectedQueueIds(), QStringList{retried});
    // A retry wave: the first message's recipients were tried and are due again in an hour, the last one's
    // are due at once.
    QSqlQuery q(Database::connection(dir.path()).value());
    q.prepare(
        QStringLiteral("UPDATE recipients SET next_attempt_at = ?, attempts = attempts + 1 WHERE message_id ="
                       " (SELECT id FROM messages WHERE queue_id = ?) AND state IN ('queued','deferred')"));
    q.addBindValue(QDateTime::currentMSecsSinceEpoch() + 3600000);
    q.addBindValue(retried);
    QVERIFY(q.exec());
    q.prepare(
        QStringLiteral("UPDATE recipients SET next_attempt_at = 0 WHERE message_id ="
                       " (SELECT id FROM messages WHERE queue_id = ?) AND state IN ('queued','deferred')"));
    q.addBindValue(before.last());
    QVERIFY(q.exec());
    page.refresh();
    QTRY_VERIFY(!page.model()->isLoading());
    QStringList after;
    for (int row = 0; row < page.model()->rowCount(); ++row)
        after << page.model()->rowAt(row).queueId;
    QCOMPARE(after, before);
    QCOMPARE(page.selectedQueueIds(), QStringList{retried});

    // Delete names the message it asks about.
    Test::BoxAnswer cancel(QStringLiteral("confirmQueueAction"), Qt::Key_Escape);
    QTest::mouseClick(actionButton(&page, QueueAction::Delete), Qt::LeftButton);
    QVERIFY(cancel.seen());
    QVERIFY2(cancel.text().contains(retried + QStringLiteral(" to ")), qPrintable(cancel.text()));
    QVERIFY(cancel.defaultIsCancel());
    QCOMPARE(page.selectedQueueIds(), QStringList{retried}); // nothing deleted
}

// Tester finding (thirty-second session): French and German tables dropped the seconds (and German showed a
// two-digit year), so attempts of one minute could not be lined up with an application's log.
void TestDataPages::timesHaveSecondsInEveryLanguage()
{
    const QLocale before;
    const QDateTime at(QDate(2026, 12, 4), QTime(16, 29, 7));
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    QCOMPARE(tableTimeText(at), QStringLiteral("04.12.2026 16:29:07"));
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    QCOMPARE(tableTimeText(at), QStringLiteral("04/12/2026 16:29:07"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY2(tableTimeText(at).contains(QStringLiteral("4:29:07")), qPrintable(tableTimeText(at)));
    QVERIFY2(tableTimeText(at).contains(QStringLiteral("2026")), qPrintable(tableTimeText(at)));
    QLocale::setDefault(before);
}

QTEST_MAIN(TestDataPages)
#include "tst_datapages.moc"

void TestDataPages::theExportDialogSpeaksFrenchAndItsResultStays()
{
    // The export's file dialog said "Folder" in a French window (Qt's own catalogue lacks it) and cut its
    // "Dernière modification" header; after the export the row count's next refresh wiped "Exported 12 rows
    // to ..." at once (an outside tester).
    QStandardPaths::setTestModeEnabled(
        true); // Qt's dialog keeps its history in a settings file: not the user's
    QVERIFY(installTranslators(qApp, QLocale(QLocale::French, QLocale::France)));
    Test::TempDataDir dir;
    Test::ExampleData::populate(dir.path());
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("archives")));
    DeliveryLogPage page(dir.path());
    page.resize(1000, 600);
    page.show();
    QSignalSpy loaded(page.model(), &DeliveryLogModel::pageLoaded);
    QTRY_VERIFY(loaded.count() >= 1);
    QSignalSpy done(&page, &DeliveryLogPage::exportFinished);
    const QString path = dir.path() + QStringLiteral("/clients.csv");
    QString folderKind;
    QStringList clippedHeaders;
    QRect dialogRect;
    bool asked = false;
    QString suggested;
    QTimer poll;
    poll.setInterval(20);
    connect(&poll, &QTimer::timeout, &page, [&]() {
        auto* dialog = qobject_cast<QFileDialog*>(QApplication::activeModalWidget());
        if (!dialog || dialog->objectName() != QStringLiteral("exportFile") || asked)
            return;
        asked = true;
        dialog->setDirectory(dir.path());
        auto* tree = dialog->findChild<QTreeView*>(QStringLiteral("treeView"));
        QAbstractItemModel* model = tree ? tree->model() : nullptr;
        QModelIndex archives;
        QDeadlineTimer deadline(5000);
        while (model && !deadline.hasExpired() && !archives.isValid()) {
            QTest::qWait(20);
            const QModelIndex root = tree->rootIndex();
            for (int row = 0; row < model->rowCount(root); ++row)
                if (model->index(row, 0, root).data().toString() == QStringLiteral("archives"))
                    archives = model->index(row, 2, root);
        }
        folderKind = archives.data().toString();
        dialogRect = dialog->frameGeometry();
        QHeaderView* header = tree ? tree->header() : nullptr;
        QTest::qWait(100); // the columns fit what a folder shows once its entries are read
        for (int section = 0; header && section < header->count(); ++section)
            if (!header->isSectionHidden(section) &&
                (header->sectionSize(section) < header->sectionSizeHint(section) ||
                 (section > 0 && header->sectionSize(section) <
                                     static_cast<QAbstractItemView*>(tree)->sizeHintForColumn(section))))
                clippedHeaders << model->headerData(section, Qt::Horizontal).toString();
        auto* name = dialog->findChild<QLineEdit*>(QStringLiteral("fileNameEdit"));
        suggested = name->text();
        name->clear();
        QTest::keyClicks(name, QFileInfo(path).fileName());
        static_cast<QDialog*>(dialog)->accept(); // QFileDialog::accept(), as its Save button
    });
    poll.start();
    page.findChild<QPushButton*>(QStringLiteral("exportLog"))->click();
    poll.stop();
    QVERIFY(asked);
    QCOMPARE(folderKind, QStringLiteral("Dossier"));
    QCOMPARE(suggested,
             QStringLiteral("journal-de-remise.csv")); // a German window suggested "delivery-log.csv"
    QVERIFY2(clippedHeaders.isEmpty(), qPrintable(clippedHeaders.join(QStringLiteral(", "))));
    QVERIFY2(dialogRect.width() <= 1024 && dialogRect.height() <= 700,
             qPrintable(QStringLiteral("%1x%2").arg(dialogRect.width()).arg(dialogRect.height())));
    QTRY_COMPARE(done.count(), 1);
    QVERIFY(QFile::exists(path));
    auto* status = page.findChild<QLabel*>(QStringLiteral("logStatus"));
    QVERIFY2(status->text().contains(QStringLiteral("export"), Qt::CaseInsensitive) &&
                 status->text().contains(path),
             qPrintable(status->text()));
    // The rows refresh (the relay logs on); the result stays beside the new count.
    const int before = static_cast<int>(loaded.count());
    page.refresh();
    QTRY_VERIFY(loaded.count() > before);
    QVERIFY2(status->text().contains(path), qPrintable(status->text()));
    QVERIFY(installTranslators(qApp, QLocale(QLocale::English, QLocale::UnitedStates)));
    QStandardPaths::setTestModeEnabled(false);
}

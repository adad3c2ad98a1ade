// GUI tests of the Queue, Delivery Logs and Live Sessions pages with real widgets on the offscreen platform.
#include "exampledata.h"
#include "tests/support/tempdatadir.h"
#include "ui/deliverylogmodel.h"
#include "ui/deliverylogpage.h"
#include "ui/logfilterbar.h"
#include "ui/queuemodel.h"
#include "ui/queuepage.h"
#include "ui/sessionsmodel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QFile>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>

using namespace RelayDesk;

class TestDataPages : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void logFilterNarrowsRows();
    void logPagesLoadOnDemand();
    void logExportsFilteredRows();
    void queueActionsOnSelection();
    void queueModelPassesModelTester();
    void sessionsUpdateInPlace();
};

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
    const QList<QByteArray> lines = file.readAll().split('\n');
    QCOMPARE(lines.size(), 1 + 6 + 1); // header, rows, empty after the last CRLF
    QVERIFY(lines.at(1).contains("Greylisted"));
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
    QList<qint64> expected = {page.model()->rowAt(0).messageId, page.model()->rowAt(2).messageId};
    std::sort(expected.begin(), expected.end());

    QTest::mouseClick(hold, Qt::LeftButton); // not destructive: no question
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.at(0).at(0).value<QueueAction>(), QueueAction::Hold);
    QCOMPARE(requested.at(0).at(1).value<QList<qint64>>(), expected);

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
    QCOMPARE(requested.count(), 2);
    QCOMPARE(requested.at(1).at(0).value<QueueAction>(), QueueAction::Delete);
    QCOMPARE(requested.at(1).at(1).value<QList<qint64>>(), expected);
}

void TestDataPages::queueModelPassesModelTester()
{
    Test::TempDataDir dir;
    Test::ExampleData::populate(dir.path());
    QueueModel model(dir.path());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
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
    SessionInfo b = a;
    b.id = 2;
    b.client = QStringLiteral("192.0.2.8:5001");
    model.applySnapshot({a, b}, 2000);
    QCOMPARE(model.rowCount(), 2);

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
    QCOMPARE(model.index(0, SessionsModel::State).data().toString(), QStringLiteral("data"));
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

QTEST_MAIN(TestDataPages)
#include "tst_datapages.moc"

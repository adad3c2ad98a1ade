// QueueQuery: keyset pages over the queue list every pending message exactly once, in every sort order, also
// where the sort key ties across a page boundary, and with filters.
#include "core/query/keysetpages.h"
#include "core/query/queuequery.h"
#include "core/store/database.h"
#include "tests/support/bulkrows.h"
#include "tests/support/tempdatadir.h"

#include <QDateTime>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <tuple>

using namespace RelayDesk;

class TestQueueQuery : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void keysetPagesCoverEveryMessageOnce_data();
    void keysetPagesCoverEveryMessageOnce();
    void filtersPageToo_data();
    void filtersPageToo();
    void oneMessage();
    void lastReplyIsAPendingRecipients();
    void anotherNodesLeaseSaysItDelivers();

private:
    /// The queue ids of every page of pageSize rows, in order.
    QStringList pagedIds(const LogFilter& filter, int pageSize) const;

    Test::TempDataDir m_dir;
    int m_pending = 0; ///< messages with a recipient still queued or deferred
};

void TestQueueQuery::initTestCase()
{
    QVERIFY(Database::initialize(m_dir.path()).ok());
    Test::BulkRows rows(Database::connection(m_dir.path()).value());
    const QStringList states = {QStringLiteral("queued"), QStringLiteral("deferred"),
                                QStringLiteral("delivered"), QStringLiteral("bounced")};
    // Few distinct times, agents, senders and due times: sort keys tie in long runs, across page
    // boundaries, and only the message id orders them.
    for (int i = 0; i < 241; ++i) {
        const qint64 id = rows.message(QStringLiteral("Q%1").arg(i, 4, 10, QLatin1Char('0')),
                                       QStringLiteral("agent-%1").arg(i % 3),
                                       QStringLiteral("sender%1@example.org").arg(i % 4),
                                       QStringLiteral("Subject %1").arg(i % 2), 1000 + (i % 3), i % 13 == 0);
        bool pending = false;
        for (int j = 0; j < 1 + i % 3; ++j) {
            const QString state = states.at((i + 2 * j) % states.size());
            pending = pending || state == QLatin1String("queued") || state == QLatin1String("deferred");
            rows.recipient(id, QStringLiteral("r%1@example.com").arg(i % 5), state, i % 2,
                           5000 + (i % 4) * 10, i % 5 == 0 ? QVariant() : QVariant(421 + i % 2 * 29),
                           2000 + j);
        }
        m_pending += pending ? 1 : 0;
    }
    QVERIFY(rows.commit());
    QVERIFY(m_pending > 100);
}

QStringList TestQueueQuery::pagedIds(const LogFilter& filter, int pageSize) const
{
    QStringList ids;
    const Status read =
        forEachPage(QueueQuery(m_dir.path()), filter, pageSize, [&](const QList<QueueRow>& page) {
            for (const QueueRow& row : page)
                ids << row.queueId;
        });
    return read ? ids : QStringList{read.error()};
}

void TestQueueQuery::keysetPagesCoverEveryMessageOnce_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::addColumn<int>("pageSize");
    QTest::newRow("soonest due first") << -1 << Qt::AscendingOrder << 7;
    QTest::newRow("soonest due first, pages of one") << -1 << Qt::AscendingOrder << 1;
    for (int column = 0; column < QueueQuery::ColumnCount; ++column) {
        for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder})
            QTest::addRow("column %d %s", column, order == Qt::AscendingOrder ? "asc" : "desc")
                << column << order << 7;
    }
}

void TestQueueQuery::keysetPagesCoverEveryMessageOnce()
{
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);
    QFETCH(int, pageSize);
    LogFilter filter;
    filter.sortColumn = column;
    filter.sortOrder = order;
    // The keyset pages must list exactly what one page of every row lists, in the same order.
    const auto all = QueueQuery(m_dir.path()).pageAfter(filter, nullptr, 100000);
    QVERIFY2(all.ok(), qPrintable(all.error()));
    QCOMPARE(all->size(), m_pending);
    QStringList expected;
    for (const QueueRow& row : all.value())
        expected << row.queueId;
    QCOMPARE(QSet<QString>(expected.cbegin(), expected.cend()).size(), m_pending);
    QCOMPARE(pagedIds(filter, pageSize), expected);
    // The order is the sort key's, ties broken by the message id.
    for (qsizetype i = 1; i < all->size(); ++i) {
        const QueueRow& a = all->at(i - 1);
        const QueueRow& b = all->at(i);
        const int key = column < 0 ? QueueQuery::Received : column;
        const QVariant ka = QueueQuery::columnValue(a, key);
        const QVariant kb = QueueQuery::columnValue(b, key);
        const Qt::SortOrder direction = column < 0 ? Qt::AscendingOrder : order;
        const auto compared = QVariant::compare(ka, kb);
        const bool ascending = compared < 0 || (compared == 0 && a.messageId < b.messageId);
        QVERIFY2(direction == Qt::AscendingOrder ? ascending : !ascending,
                 qPrintable(QStringLiteral("%1 before %2").arg(a.queueId, b.queueId)));
    }
}

void TestQueueQuery::filtersPageToo_data()
{
    QTest::addColumn<QString>("agent");
    QTest::addColumn<QString>("status");
    QTest::addColumn<int>("column");
    QTest::newRow("agent") << QStringLiteral("agent-1") << QString() << -1;
    QTest::newRow("held") << QString() << QStringLiteral("held") << int(QueueQuery::Received);
    QTest::newRow("deferred by sender") << QString() << QStringLiteral("deferred") << int(QueueQuery::Sender);
    QTest::newRow("agent and queued")
        << QStringLiteral("agent-2") << QStringLiteral("queued") << int(QueueQuery::Recipients);
}

void TestQueueQuery::filtersPageToo()
{
    QFETCH(QString, agent);
    QFETCH(QString, status);
    QFETCH(int, column);
    LogFilter filter;
    filter.agent = agent;
    filter.status = status;
    filter.sortColumn = column;
    const auto all = QueueQuery(m_dir.path()).pageAfter(filter, nullptr, 100000);
    QVERIFY2(all.ok(), qPrintable(all.error()));
    QVERIFY(all->size() > 3 && all->size() < m_pending);
    QStringList expected;
    for (const QueueRow& row : all.value()) {
        expected << row.queueId;
        if (!agent.isEmpty())
            QCOMPARE(row.agent, agent);
        if (status == QLatin1String("held"))
            QVERIFY(row.held);
    }
    QCOMPARE(pagedIds(filter, 3), expected);
}

void TestQueueQuery::oneMessage()
{
    const QueueQuery queue(m_dir.path());
    const auto held = queue.message(QStringLiteral("Q0000"));
    QVERIFY2(held.ok(), qPrintable(held.error()));
    QVERIFY(held->held);
    QCOMPARE(held->state, QStringLiteral("held"));
    QCOMPARE(held->agent, QStringLiteral("agent-0"));
    // Q0002's recipients: delivered, queued, delivered.
    const auto mixed = queue.message(QStringLiteral("Q0002"));
    QCOMPARE(mixed->recipientCount, 1);
    QCOMPARE(mixed->recipients, QStringLiteral("r2@example.com"));
    QCOMPARE(queue.message(QStringLiteral("nope")).error(), QStringLiteral("no queued message with id nope"));
}

void TestQueueQuery::lastReplyIsAPendingRecipients()
{
    Test::TempDataDir dir;
    QVERIFY(Database::initialize(dir.path()).ok());
    {
        Test::BulkRows rows(Database::connection(dir.path()).value());
        // Deferred with 421, then another recipient delivered later: the 250 is not the message's reply.
        const qint64 deferred = rows.message(QStringLiteral("D1"), QStringLiteral("a"),
                                             QStringLiteral("s@x.org"), QStringLiteral("S"), 1000, false);
        rows.recipient(deferred, QStringLiteral("late@example.com"), QStringLiteral("deferred"), 2, 9000, 421,
                       2000);
        rows.recipient(deferred, QStringLiteral("ok@example.com"), QStringLiteral("delivered"), 1, 0, 250,
                       3000);
        // A pending recipient not tried yet does not hide the reply of one that was.
        rows.recipient(deferred, QStringLiteral("new@example.com"), QStringLiteral("queued"), 0, 8000,
                       QVariant(), 4000);
        // Nothing pending (a held message, every recipient final): the last reply.
        const qint64 done = rows.message(QStringLiteral("D2"), QStringLiteral("a"), QStringLiteral("s@x.org"),
                                         QStringLiteral("S"), 1000, false);
        rows.recipient(done, QStringLiteral("b@example.com"), QStringLiteral("bounced"), 1, 0, 550, 2000);
        rows.recipient(done, QStringLiteral("c@example.com"), QStringLiteral("delivered"), 1, 0, 250, 3000);
        QVERIFY(rows.commit());
    }
    const QueueQuery queue(dir.path());
    const auto one = queue.message(QStringLiteral("D1"));
    QVERIFY2(one.ok(), qPrintable(one.error()));
    QCOMPARE(one->state, QStringLiteral("deferred"));
    QCOMPARE(one->lastCode, 421);
    const auto page = queue.pageAfter(LogFilter{}, nullptr, 10);
    QVERIFY2(page.ok(), qPrintable(page.error()));
    QCOMPARE(page->size(), 1);
    QCOMPARE(page->first().lastCode, 421);
    QCOMPARE(queue.message(QStringLiteral("D2"))->lastCode, 250);
}

void TestQueueQuery::anotherNodesLeaseSaysItDelivers()
{
    // On a shared store each node's deliveries under way hold leases; the Queue of another node's window
    // showed them as waiting (an outside tester). The latest lease of a message, and its node's name.
    Test::TempDataDir dir;
    QVERIFY(Database::initialize(dir.path()).ok());
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    {
        Test::BulkRows rows(Database::connection(dir.path()).value());
        const qint64 leased = rows.message(QStringLiteral("L1"), QStringLiteral("a"),
                                           QStringLiteral("s@x.org"), QStringLiteral("S"), 1000, false);
        rows.recipient(leased, QStringLiteral("one@example.com"), QStringLiteral("queued"), 0, 0, QVariant(),
                       1000);
        const qint64 expired = rows.message(QStringLiteral("L2"), QStringLiteral("a"),
                                            QStringLiteral("s@x.org"), QStringLiteral("S"), 2000, false);
        rows.recipient(expired, QStringLiteral("two@example.com"), QStringLiteral("queued"), 0, 0, QVariant(),
                       1000);
        const qint64 stranded = rows.message(QStringLiteral("L3"), QStringLiteral("a"),
                                             QStringLiteral("s@x.org"), QStringLiteral("S"), 3000, false);
        rows.recipient(stranded, QStringLiteral("three@example.com"), QStringLiteral("queued"), 0, 0,
                       QVariant(), 1000);
        QVERIFY(rows.commit());
    }
    QSqlDatabase db = Database::connection(dir.path()).value();
    QSqlQuery query(db);
    query.prepare(
        QStringLiteral("INSERT INTO nodes(id, name, started_at, last_heartbeat) VALUES (?, ?, 1, ?)"));
    for (const auto& [id, name, heartbeat] :
         {std::tuple{QStringLiteral("node-b-id"), QStringLiteral("relay-b"), now},
          // Killed ten minutes ago: its heartbeat stopped, its lease runs on.
          std::tuple{QStringLiteral("node-d-id"), QStringLiteral("relay-d"), now - 600'000}}) {
        query.addBindValue(id);
        query.addBindValue(name);
        query.addBindValue(heartbeat);
        QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
    }
    query.prepare(
        QStringLiteral("UPDATE recipients SET lease_node = ?, lease_expires = ? WHERE address = ?"));
    for (const auto& [node, until, address] :
         {std::tuple{QStringLiteral("node-b-id"), now + 60'000, QStringLiteral("one@example.com")},
          std::tuple{QStringLiteral("node-c-id"), now - 1'000, QStringLiteral("two@example.com")},
          std::tuple{QStringLiteral("node-d-id"), now + 60'000, QStringLiteral("three@example.com")}}) {
        query.addBindValue(node);
        query.addBindValue(until);
        query.addBindValue(address);
        QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
    }
    const QueueQuery queue(dir.path());
    const auto leased = queue.message(QStringLiteral("L1"));
    QVERIFY2(leased.ok(), qPrintable(leased.error()));
    QCOMPARE(leased->leaseNode, QStringLiteral("node-b-id"));
    QCOMPARE(leased->deliveringNode(now), QStringLiteral("relay-b"));
    QCOMPARE(leased->deliveringNode(now + 61'000), QString()); // run out: no longer
    const auto expired = queue.message(QStringLiteral("L2"));
    QCOMPARE(expired->deliveringNode(now), QString()); // a lease that ran out says nothing
    const auto page = queue.pageAfter(LogFilter{}, nullptr, 10);
    QVERIFY2(page.ok(), qPrintable(page.error()));
    QCOMPARE(page->first().deliveringNode(now), QStringLiteral("relay-b"));
    QCOMPARE(page->first().strandedNode(now), QString());
    // A node that took it and stopped answering delivers nothing: said as such until its lease runs out (an
    // outside tester read "being delivered by node B" for a node killed minutes before).
    const auto waiting = queue.message(QStringLiteral("L3"));
    QVERIFY2(waiting.ok(), qPrintable(waiting.error()));
    QCOMPARE(waiting->deliveringNode(now), QString());
    QCOMPARE(waiting->strandedNode(now), QStringLiteral("relay-d"));
    QCOMPARE(waiting->strandedNode(now + 61'000), QString());
    // A node that stopped cleanly is no longer alive either, whatever its last heartbeat.
    QVERIFY(query.exec(QStringLiteral("UPDATE nodes SET stopped_at = 5, last_heartbeat = %1 WHERE id = "
                                      "'node-d-id'")
                           .arg(now)));
    QCOMPARE(queue.message(QStringLiteral("L3"))->strandedNode(now), QStringLiteral("relay-d"));
}

QTEST_GUILESS_MAIN(TestQueueQuery)
#include "tst_queuequery.moc"
// DeliveryLogQuery: keyset pages that cover every row exactly once, and filters that SQLite serves from an
// index (checked with EXPLAIN QUERY PLAN, so that the Delivery Logs view stays fast with a million rows).
#include "core/query/deliverylogquery.h"
#include "core/store/database.h"
#include "tests/support/bulkrows.h"
#include "tests/support/tempdatadir.h"

#include <QSet>
#include <QSqlQuery>
#include <QTest>
#include <optional>

using namespace RelayDesk;

class TestDeliveryLogQuery : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void keysetPagesCoverEveryRowOnce_data();
    void keysetPagesCoverEveryRowOnce();
    void recipientPrefixFilter();
    void filtersUseIndexes_data();
    void filtersUseIndexes();

private:
    QString plan(const LogFilter& filter, bool keyset) const;

    Test::TempDataDir m_dir;
    int m_rows = 0;
};

void TestDeliveryLogQuery::initTestCase()
{
    QVERIFY(Database::initialize(m_dir.path()).ok());
    Test::BulkRows rows(Database::connection(m_dir.path()).value());
    const QStringList states = {QStringLiteral("delivered"), QStringLiteral("deferred"),
                                QStringLiteral("bounced"), QStringLiteral("queued")};
    // Repeated times and agents, so that sort keys tie and only r.id breaks the tie.
    for (int i = 0; i < 97; ++i) {
        const qint64 id = rows.message(QStringLiteral("Q%1").arg(i), QStringLiteral("agent-%1").arg(i % 3),
                                       QStringLiteral("sender%1@example.org").arg(i % 5),
                                       QStringLiteral("Subject %1").arg(i % 4), 1000 + (i % 7), i % 11 == 0);
        for (int j = 0; j < 1 + i % 2; ++j) {
            rows.recipient(id,
                           QStringLiteral("%1user%2@example.com")
                               .arg(i % 2 ? QStringLiteral("Ann") : QStringLiteral("bob"))
                               .arg(i),
                           states.at((i + j) % states.size()), i % 3, 0,
                           i % 6 == 0 ? QVariant() : QVariant(250 + i % 3 * 100), 2000 + i % 5);
            ++m_rows;
        }
    }
    QVERIFY(rows.commit());
}

void TestDeliveryLogQuery::keysetPagesCoverEveryRowOnce_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::newRow("newest first") << -1 << Qt::DescendingOrder;
    for (int column = 0; column < DeliveryLogQuery::ColumnCount; ++column) {
        for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder})
            QTest::addRow("column %d %s", column, order == Qt::AscendingOrder ? "asc" : "desc")
                << column << order;
    }
}

void TestDeliveryLogQuery::keysetPagesCoverEveryRowOnce()
{
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);
    LogFilter filter;
    filter.sortColumn = column;
    filter.sortOrder = order;
    const DeliveryLogQuery query(m_dir.path());
    // The keyset pages must list exactly what one page of every row lists, in the same order.
    const auto all = query.pageAfter(filter, nullptr, 100000);
    QVERIFY(all.ok());
    QCOMPARE(all->size(), m_rows);
    QList<qint64> paged;
    std::optional<DeliveryLogRow> last;
    for (int guard = 0; guard < 100; ++guard) {
        const auto page = query.pageAfter(filter, last ? &*last : nullptr, 13);
        QVERIFY2(page.ok(), qPrintable(page.error()));
        for (const DeliveryLogRow& row : page.value())
            paged << row.recipientId;
        if (page->size() < 13)
            break;
        last = page->last();
    }
    QList<qint64> expected;
    for (const DeliveryLogRow& row : all.value())
        expected << row.recipientId;
    QCOMPARE(paged, expected);
}

void TestDeliveryLogQuery::recipientPrefixFilter()
{
    LogFilter filter;
    filter.recipient = QStringLiteral("ANNUSER1"); // case-insensitive prefix
    const auto rows = DeliveryLogQuery(m_dir.path()).pageAfter(filter, nullptr, 1000);
    QVERIFY(rows.ok());
    QVERIFY(!rows->isEmpty());
    int expected = 0;
    for (int i = 0; i < 97; ++i) {
        if (i % 2 && QString::number(i).startsWith(QLatin1Char('1')))
            expected += 2; // odd i has two recipients
    }
    QCOMPARE(rows->size(), expected);
    for (const DeliveryLogRow& row : rows.value())
        QVERIFY(row.recipient.startsWith(QStringLiteral("Annuser1")));
    // Keyset pages of a prefix alone (ids chosen from the covering index) list what one page lists.
    filter.recipient = QStringLiteral("ann");
    const auto all = DeliveryLogQuery(m_dir.path()).pageAfter(filter, nullptr, 1000);
    QVERIFY(all.ok() && all->size() > 20);
    QList<qint64> paged;
    std::optional<DeliveryLogRow> last;
    for (int guard = 0; guard < 100; ++guard) {
        const auto page = DeliveryLogQuery(m_dir.path()).pageAfter(filter, last ? &*last : nullptr, 7);
        QVERIFY2(page.ok(), qPrintable(page.error()));
        for (const DeliveryLogRow& row : page.value())
            paged << row.recipientId;
        if (page->size() < 7)
            break;
        last = page->last();
    }
    QList<qint64> offsetIds;
    for (const DeliveryLogRow& row : all.value())
        offsetIds << row.recipientId;
    QCOMPARE(paged, offsetIds);
    // LIKE wildcards are plain characters in a prefix.
    filter.recipient = QStringLiteral("%");
    QCOMPARE(DeliveryLogQuery(m_dir.path()).pageAfter(filter, nullptr, 1000)->size(), 0);
}

QString TestDeliveryLogQuery::plan(const LogFilter& filter, bool keyset) const
{
    QSqlQuery query(Database::connection(m_dir.path()).value());
    QString sql = DeliveryLogQuery::pageSql(filter, keyset);
    // Inline literal values: EXPLAIN QUERY PLAN only needs the shape.
    if (!query.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + sql))
        return QStringLiteral("prepare failed");
    const int params = static_cast<int>(sql.count(QLatin1Char('?')));
    for (int i = 0; i < params; ++i)
        query.addBindValue(QStringLiteral("x"));
    if (!query.exec())
        return QStringLiteral("exec failed");
    QStringList lines;
    while (query.next())
        lines << query.value(3).toString();
    return lines.join(QLatin1Char('\n'));
}

void TestDeliveryLogQuery::filtersUseIndexes_data()
{
    QTest::addColumn<QString>("recipient");
    QTest::addColumn<QString>("status");
    QTest::addColumn<bool>("keyset");
    QTest::addColumn<QString>("expected");
    QTest::newRow("first page") << QString() << QString() << false << QStringLiteral("SCAN r");
    QTest::newRow("next page") << QString() << QString() << true
                               << QStringLiteral("USING INTEGER PRIMARY KEY");
    QTest::newRow("recipient") << QStringLiteral("ann") << QString() << false
                               << QStringLiteral("INDEX recipients_address");
    QTest::newRow("recipient next page")
        << QStringLiteral("ann") << QString() << true << QStringLiteral("INDEX recipients_address");
    QTest::newRow("recipient and status")
        << QStringLiteral("ann") << QStringLiteral("deferred") << true << QStringLiteral("INDEX recipients_");
    QTest::newRow("status next page")
        << QString() << QStringLiteral("deferred") << true << QStringLiteral("USING INDEX recipients_state");
}

void TestDeliveryLogQuery::filtersUseIndexes()
{
    QFETCH(QString, recipient);
    QFETCH(QString, status);
    QFETCH(bool, keyset);
    QFETCH(QString, expected);
    LogFilter filter;
    filter.recipient = recipient;
    filter.status = status;
    // No ANALYZE: a relay's database has no statistics, so the plan must be right without them.
    const QString text = plan(filter, keyset);
    QVERIFY2(text.contains(expected), qPrintable(text));
    // The messages row of each recipient is found by its primary key, never by a scan of messages.
    QVERIFY2(text.contains(QStringLiteral("SEARCH m USING INTEGER PRIMARY KEY")), qPrintable(text));
    // No sort of the whole result: newest-first order comes from the index.
    if (recipient.isEmpty())
        QVERIFY2(!text.contains(QStringLiteral("USE TEMP B-TREE")), qPrintable(text));
}

QTEST_GUILESS_MAIN(TestDeliveryLogQuery)
#include "tst_deliverylogquery.moc"

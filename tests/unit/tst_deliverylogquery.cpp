// DeliveryLogQuery: keyset pages that cover every row exactly once, and filters that SQLite serves from an
// index (checked with EXPLAIN QUERY PLAN, so that the Delivery Logs view stays fast with a million rows).
#include "core/query/deliverylogquery.h"
#include "core/store/database.h"
#include "core/store/searchindex.h"
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
    void queueIdFilter();
    void freeTextSearch();
    void freeTextFollowsTheStore();
    void countMatchesTheRows_data();
    void countMatchesTheRows();
    void heldListsOnlyRecipientsStillWaiting();

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
    QSqlDatabase db = Database::connection(m_dir.path()).value();
    QCOMPARE(SearchIndex::pendingCount(db).value(), m_rows);
    QCOMPARE(SearchIndex::indexBatch(db).value(), m_rows);
    QCOMPARE(SearchIndex::pendingCount(db).value(), 0);
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

void TestDeliveryLogQuery::queueIdFilter()
{
    LogFilter filter;
    filter.queueId = QStringLiteral(" Q17 ");
    const auto rows = DeliveryLogQuery(m_dir.path()).pageAfter(filter, nullptr, 100);
    QVERIFY2(rows.ok(), qPrintable(rows.error()));
    QCOMPARE(rows->size(), 2); // message 17 has two recipients
    for (const DeliveryLogRow& row : rows.value())
        QCOMPARE(row.queueId, QStringLiteral("Q17"));
    filter.queueId = QStringLiteral("Q2"); // exact, not a prefix (Q20..Q29 are not matched)
    QCOMPARE(DeliveryLogQuery(m_dir.path()).pageAfter(filter, nullptr, 100)->size(), 1);
    // Typed in the other case (an outside tester's id in capitals found nothing in the window).
    filter.queueId = QStringLiteral("q17");
    QCOMPARE(DeliveryLogQuery(m_dir.path()).pageAfter(filter, nullptr, 100)->size(), 2);
    QVERIFY(plan(filter, false).contains(QStringLiteral("sqlite_autoindex_messages")));
}

void TestDeliveryLogQuery::freeTextSearch()
{
    QCOMPARE(LogFilter::ftsQuery(QStringLiteral("anna.1@cust")), QStringLiteral("\"anna 1 cust\"*"));
    QCOMPARE(LogFilter::ftsQuery(QStringLiteral("\" OR NEAR(")), QStringLiteral("\"OR NEAR\"*"));
    QVERIFY(LogFilter::ftsQuery(QStringLiteral(" @. ")).isEmpty());
    const DeliveryLogQuery query(m_dir.path());
    auto search = [&](const QString& text, int sortColumn = -1) {
        LogFilter filter;
        filter.text = text;
        filter.sortColumn = sortColumn;
        filter.sortOrder = Qt::AscendingOrder;
        const auto rows = query.pageAfter(filter, nullptr, 1000);
        return rows ? rows.value() : QList<DeliveryLogRow>{DeliveryLogRow()};
    };
    // A whole address, a word of the subject (any case), a word's start, a queue id.
    QCOMPARE(search(QStringLiteral("Annuser17@example.com")).size(), 2);
    QCOMPARE(search(QStringLiteral("annuser17")).size(), 2);
    // "3" starts a word of "Subject 3" and, since the reply's code is indexed too, of the code 350.
    const auto subject = search(QStringLiteral("subject 3"));
    QVERIFY(!subject.isEmpty());
    for (const DeliveryLogRow& row : subject)
        QVERIFY(row.subject == QStringLiteral("Subject 3") || row.lastCode == 350);
    QCOMPARE(search(QStringLiteral("sender4")).size(), search(QStringLiteral("SENDER4@EXAMPLE.ORG")).size());
    QCOMPARE(search(QStringLiteral("Q42")).size(), 1);
    QCOMPARE(search(QStringLiteral("nosuchword")).size(), 0);
    QCOMPARE(search(QStringLiteral("@@")).size(), 0);
    // Newest first, and keyset pages over a text match list each row once.
    const auto all = search(QStringLiteral("example"));
    QCOMPARE(all.size(), m_rows);
    for (int i = 1; i < all.size(); ++i)
        QVERIFY(all.at(i - 1).recipientId > all.at(i).recipientId);
    LogFilter filter;
    filter.text = QStringLiteral("annuser");
    filter.status = QStringLiteral("deferred");
    QList<qint64> paged;
    std::optional<DeliveryLogRow> last;
    for (int guard = 0; guard < 100; ++guard) {
        const auto page = query.pageAfter(filter, last ? &*last : nullptr, 3);
        QVERIFY2(page.ok(), qPrintable(page.error()));
        for (const DeliveryLogRow& row : page.value()) {
            QVERIFY(row.recipient.startsWith(QStringLiteral("Annuser")));
            QCOMPARE(row.state, QStringLiteral("deferred"));
            paged << row.recipientId;
        }
        if (page->size() < 3)
            break;
        last = page->last();
    }
    QVERIFY(!paged.isEmpty());
    QCOMPARE(QSet<qint64>(paged.begin(), paged.end()).size(), paged.size());
    QCOMPARE(qint64(paged.size()), query.count(filter).value());
    // Sorted by a column, with text.
    const auto bySender = search(QStringLiteral("bob"), DeliveryLogQuery::Sender);
    QVERIFY(!bySender.isEmpty());
    for (int i = 1; i < bySender.size(); ++i)
        QVERIFY(bySender.at(i - 1).sender <= bySender.at(i).sender);
    // The index answers: FTS5 yields the rows, no scan of recipients and no sort for newest first.
    LogFilter text;
    text.text = QStringLiteral("annuser");
    const QString shape = plan(text, true);
    QVERIFY2(shape.contains(QStringLiteral("VIRTUAL TABLE INDEX")), qPrintable(shape));
    QVERIFY2(!shape.contains(QStringLiteral("SCAN r")), qPrintable(shape));
    QVERIFY2(!shape.contains(QStringLiteral("TEMP B-TREE")), qPrintable(shape));
}

void TestDeliveryLogQuery::freeTextFollowsTheStore()
{
    Test::TempDataDir dir;
    QVERIFY(Database::initialize(dir.path()).ok());
    QSqlDatabase db = Database::connection(dir.path()).value();
    QSqlQuery options(db);
    QVERIFY(options.exec(QStringLiteral("PRAGMA compile_options")));
    bool fts5 = false;
    while (options.next())
        fts5 = fts5 || options.value(0).toString() == QLatin1String("ENABLE_FTS5");
    QVERIFY2(fts5, "the SQLite behind the QSQLITE driver has no FTS5");
    Test::BulkRows rows(db);
    const qint64 id =
        rows.message(QStringLiteral("qzz1"), QStringLiteral("crm"), QStringLiteral("a@b.example"),
                     QStringLiteral("Quarterly figures"), 1000, false);
    rows.recipient(id, QStringLiteral("carla@c.example"), QStringLiteral("queued"), 0, 0, QVariant(), 1000);
    QVERIFY(rows.commit());
    const DeliveryLogQuery query(dir.path());
    LogFilter filter;
    filter.text = QStringLiteral("quarterly");
    // Written rows are only noted; the index has them after a batch (the engine runs one within a second).
    QCOMPARE(query.count(filter).value(), 0);
    QCOMPARE(SearchIndex::indexBatch(db).value(), 1);
    QCOMPARE(query.count(filter).value(), 1);
    filter.text = QStringLiteral("mailbox full");
    QCOMPARE(query.count(filter).value(), 0);
    // A reply recorded later is found; one replaced is not; a message removed leaves the index.
    QSqlQuery update(db);
    QVERIFY(update.exec(QStringLiteral("UPDATE recipients SET last_reply = 'Mailbox full, try later'")));
    QCOMPARE(SearchIndex::indexBatch(db).value(), 1);
    QCOMPARE(query.count(filter).value(), 1);
    // The words a translated window showed find the English ones the log holds, given as alternatives (an
    // outside tester's "Connexion refus" found nothing); one that has no word does not widen the search.
    filter.text = QStringLiteral("Postfach voll");
    QCOMPARE(query.count(filter).value(), 0);
    filter.textAlternatives = {QStringLiteral("\"Mailbox full\" \"try later\""), QStringLiteral("@@")};
    QCOMPARE(query.count(filter).value(), 1);
    QCOMPARE(query.pageAfter(filter, nullptr, 10)->size(), 1);
    filter.textAlternatives = {QStringLiteral("\"Mailbox full\" \"try again\"")};
    QCOMPARE(query.count(filter).value(), 0);
    QCOMPARE(LogFilter::textQuery(false, QStringLiteral("a"), {QStringLiteral("\"b c\"")}),
             QStringLiteral("(\"a\"*) OR (\"b c\"*)"));
    QCOMPARE(LogFilter::textQuery(true, QStringLiteral("a"), {QStringLiteral("\"b c\"")}),
             QStringLiteral("(a:*) | (b <-> c:*)"));
    QCOMPARE(LogFilter::textQuery(true, QStringLiteral("a"), {}), QStringLiteral("a:*"));
    filter.textAlternatives.clear();
    filter.text = QStringLiteral("mailbox full");
    QVERIFY(update.exec(QStringLiteral("UPDATE recipients SET last_reply = 'OK'")));
    QCOMPARE(SearchIndex::indexBatch(db).value(), 1);
    QCOMPARE(query.count(filter).value(), 0);
    filter.text = QStringLiteral("OK");
    QCOMPARE(query.count(filter).value(), 1); // replaced, not added: still one row for the recipient
    // An update that leaves the reply as it was notes nothing.
    QVERIFY(update.exec(QStringLiteral("UPDATE recipients SET attempts = 2")));
    QCOMPARE(SearchIndex::pendingCount(db).value(), 0);
    filter.text = QStringLiteral("quarterly");
    QCOMPARE(query.count(filter).value(), 1);
    // A recipient noted and removed before it was indexed leaves nothing behind either.
    QVERIFY(update.exec(QStringLiteral("UPDATE recipients SET last_reply = 'Deferred'")));
    QCOMPARE(SearchIndex::pendingCount(db).value(), 1);
    QVERIFY(update.exec(QStringLiteral("DELETE FROM messages")));
    QCOMPARE(query.count(filter).value(), 0);
    QCOMPARE(SearchIndex::pendingCount(db).value(), 0);
    QVERIFY(update.exec(QStringLiteral("SELECT COUNT(*) FROM delivery_log_fts")) && update.next());
    QCOMPARE(update.value(0).toInt(), 0);
}

void TestDeliveryLogQuery::countMatchesTheRows_data()
{
    QTest::addColumn<QString>("agent");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("fromMs");
    QTest::addColumn<qint64>("toMs");
    QTest::newRow("all") << QString() << QString() << QString() << qint64(0) << qint64(0);
    QTest::newRow("agent") << QStringLiteral("agent-1") << QString() << QString() << qint64(0) << qint64(0);
    QTest::newRow("held") << QString() << QStringLiteral("held") << QString() << qint64(0) << qint64(0);
    QTest::newRow("range") << QString() << QString() << QString() << qint64(1002) << qint64(1005);
    QTest::newRow("text and status") << QString() << QStringLiteral("bounced") << QStringLiteral("bob")
                                     << qint64(0) << qint64(0);
}

void TestDeliveryLogQuery::countMatchesTheRows()
{
    QFETCH(QString, agent);
    QFETCH(QString, status);
    QFETCH(QString, text);
    QFETCH(qint64, fromMs);
    QFETCH(qint64, toMs);
    LogFilter filter;
    filter.agent = agent;
    filter.status = status;
    filter.text = text;
    filter.fromMs = fromMs;
    filter.toMs = toMs;
    const DeliveryLogQuery query(m_dir.path());
    const auto rows = query.pageAfter(filter, nullptr, 100000);
    const auto count = query.count(filter);
    QVERIFY2(count.ok(), qPrintable(count.error()));
    QCOMPARE(count.value(), qint64(rows->size()));
    if (agent.isEmpty() && status.isEmpty() && text.isEmpty() && fromMs == 0)
        QCOMPARE(count.value(), qint64(m_rows));
    else
        QVERIFY(count.value() > 0 && count.value() < m_rows);
}

void TestDeliveryLogQuery::heldListsOnlyRecipientsStillWaiting()
{
    LogFilter filter;
    filter.status = QStringLiteral("held");
    const DeliveryLogQuery query(m_dir.path());
    const auto rows = query.pageAfter(filter, nullptr, 100000);
    QVERIFY(rows.ok());
    QSqlQuery sql(Database::connection(m_dir.path()).value());
    QVERIFY(sql.exec(QStringLiteral("SELECT COUNT(*) FROM recipients r JOIN messages m ON m.id = r.message_id"
                                    " WHERE m.held = 1 AND r.state IN ('queued','deferred')")) &&
            sql.next());
    QVERIFY(sql.value(0).toInt() > 0);
    QCOMPARE(rows->size(), sql.value(0).toInt());
    for (const DeliveryLogRow& row : rows.value())
        QCOMPARE(row.shownState(), QStringLiteral("held"));
    QCOMPARE(query.count(filter).value(), qint64(rows->size()));
}

QTEST_GUILESS_MAIN(TestDeliveryLogQuery)
#include "tst_deliverylogquery.moc"

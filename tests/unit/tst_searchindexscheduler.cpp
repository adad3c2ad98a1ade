// SearchIndexScheduler: the free-text index yields to mail. It indexes once the store has been quiet, or at
// the latest maxDelay after the first change, in StoreWriter transactions of at most SearchIndex::kBatchRows.
#include "core/engine/searchindexscheduler.h"
#include "core/store/database.h"
#include "core/store/searchindex.h"
#include "core/store/sqldialect.h"
#include "core/store/storewriter.h"
#include "tests/support/bulkrows.h"
#include "tests/support/tempdatadir.h"

#include <QElapsedTimer>
#include <QTest>

using namespace RelayDesk;
using namespace std::chrono_literals;

class TestSearchIndexScheduler : public QObject
{
    Q_OBJECT

    /// count recipients written and noted, none indexed yet.
    static void addRecipients(const QString& dataDir, int count)
    {
        Test::BulkRows rows(Database::connection(dataDir).value());
        for (int i = 0; i < count; ++i) {
            const qint64 id = rows.message(QStringLiteral("Q%1").arg(i), QStringLiteral("crm"),
                                           QStringLiteral("s@example.org"),
                                           QStringLiteral("Invoice %1").arg(i), 1000 + i, false);
            rows.recipient(id, QStringLiteral("r%1@example.com").arg(i), QStringLiteral("queued"), 0, 0,
                           QVariant(), 1000 + i);
        }
        QVERIFY(rows.commit());
    }

    static int pending(const QString& dataDir)
    {
        QSqlDatabase db = Database::connection(dataDir).value();
        return SearchIndex::pendingCount(db).value();
    }

private Q_SLOTS:
    void waitsUntilTheStoreIsQuiet()
    {
        Test::TempDataDir dir;
        QVERIFY(Database::initialize(dir.path()).ok());
        addRecipients(dir.path(), 50);
        StoreWriter writer(dir.path());
        SearchIndexScheduler scheduler(&writer, 1500ms, 60s);
        // Changes every 50 ms for a second: the store is never quiet for 1.5 s, so nothing is indexed.
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < 1000) {
            scheduler.schedule();
            QTest::qWait(50);
        }
        QCOMPARE(scheduler.indexedRows(), 0);
        QCOMPARE(pending(dir.path()), 50);
        // Then quiet: indexed.
        QTRY_COMPARE_WITH_TIMEOUT(scheduler.indexedRows(), 50, 10'000);
        QCOMPARE(pending(dir.path()), 0);
    }

    void indexesByTheDeadlineUnderContinuousLoad()
    {
        Test::TempDataDir dir;
        QVERIFY(Database::initialize(dir.path()).ok());
        addRecipients(dir.path(), 20);
        StoreWriter writer(dir.path());
        SearchIndexScheduler scheduler(&writer, 60s, 300ms);
        QElapsedTimer clock;
        clock.start();
        while (scheduler.indexedRows() < 20 && clock.elapsed() < 10'000) {
            scheduler.schedule(); // never quiet
            QTest::qWait(20);
        }
        QCOMPARE(scheduler.indexedRows(), 20);
    }

    void largeBacklogGoesInSeveralTransactions()
    {
        Test::TempDataDir dir;
        QVERIFY(Database::initialize(dir.path()).ok());
        const int rows = SearchIndex::kBatchRows * 2 + 7;
        addRecipients(dir.path(), rows);
        StoreWriter writer(dir.path());
        const quint64 commitsBefore = writer.commitCount();
        SearchIndexScheduler scheduler(&writer);
        scheduler.runNow();
        QTRY_COMPARE_WITH_TIMEOUT(scheduler.indexedRows(), rows, 30'000);
        QVERIFY2(writer.commitCount() - commitsBefore >= 3,
                 qPrintable(QString::number(writer.commitCount())));
        QCOMPARE(pending(dir.path()), 0);
    }

    void triesAgainWhenAnotherNodeIndexes()
    {
        Test::TempDataDir dir;
        QVERIFY(Database::initialize(dir.path()).ok());
        QSqlDatabase db = Database::connection(dir.path()).value();
        if (!SqlDialect::isPostgreSql(db))
            QSKIP("only nodes sharing a PostgreSQL store index the same rows");
        addRecipients(dir.path(), 10);
        // "Another node" holds the index lock: a batch of none takes it and keeps it until the rollback.
        QVERIFY(db.transaction());
        QCOMPARE(SearchIndex::indexBatch(db, 0).value(), 0);
        StoreWriter writer(dir.path());
        SearchIndexScheduler scheduler(&writer, 200ms, 60s);
        scheduler.runNow();
        QTest::qWait(1000);
        QCOMPARE(scheduler.indexedRows(), 0);
        QVERIFY(db.rollback());
        // No new change arrives: the scheduler comes back by itself.
        QTRY_COMPARE_WITH_TIMEOUT(scheduler.indexedRows(), 10, 10'000);
        QCOMPARE(pending(dir.path()), 0);
    }
};

QTEST_GUILESS_MAIN(TestSearchIndexScheduler)
#include "tst_searchindexscheduler.moc"

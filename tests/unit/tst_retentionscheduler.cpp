#include "core/engine/retentionscheduler.h"
#include "core/store/database.h"
#include "core/store/storewriter.h"
#include "core/util/clock.h"
#include "tests/support/queuefixture.h"
#include "tests/support/tempdatadir.h"

#include <QTest>

#include <atomic>
#include <mutex>

using namespace RelayDesk;

/// The periodic purge: a chain of small StoreWriter transactions, started by its timer, stopped on demand.
class TestRetentionScheduler : public QObject
{
    Q_OBJECT

    static constexpr qint64 day = 86'400'000;

    static void addOldAttempts(Test::QueueFixture& f, int n, qint64 at)
    {
        f.scalar(QStringLiteral(
                     "INSERT INTO delivery_attempts(attempt_key, message_id, queue_id, agent_name, sender,"
                     " recipient_id, recipient, status, started_at) WITH RECURSIVE n(i) AS (SELECT 1 UNION"
                     " ALL SELECT i + 1 FROM n WHERE i < ?) SELECT 'k' || i, i, 'q' || i, 'a', 's', i, 'r',"
                     " 'delivered', ? FROM n"),
                 {n, at});
    }

    static int attempts(Test::QueueFixture& f)
    {
        return f.scalar(QStringLiteral("SELECT COUNT(*) FROM delivery_attempts")).toInt();
    }

private Q_SLOTS:
    void timerRunsThePurgeInSmallTransactions()
    {
        Test::TempDataDir dir;
        Test::QueueFixture f(dir.path());
        addOldAttempts(f, 700, nowMs() - 100 * day);
        addOldAttempts(f, 10, nowMs() - day);
        StoreWriter writer(dir.path());
        const quint64 commitsBefore = writer.commitCount();
        std::atomic<bool> finished{false};
        std::mutex mutex;
        PurgeCounts totals;
        bool succeeded = false;
        {
            RetentionScheduler scheduler(dir.path(), &writer);
            scheduler.setFinishedCallback([&](const PurgeCounts& counts, bool ok) {
                std::lock_guard lock(mutex); // on the writer thread: no QVERIFY here
                succeeded = ok;
                totals = counts;
                finished = true;
            });
            scheduler.start(std::chrono::milliseconds(10), std::chrono::hours(1));
            QTRY_VERIFY_WITH_TIMEOUT(finished, 20'000);
        }
        std::lock_guard lock(mutex);
        QVERIFY(succeeded);
        QCOMPARE(totals.attempts, 700);
        QCOMPARE(attempts(f), 10); // younger than retention.log (90 days)
        // 250 + 250 + 200: three transactions, so accepts commit in between.
        QVERIFY2(writer.commitCount() - commitsBefore >= 3,
                 qPrintable(QString::number(writer.commitCount())));
    }

    void stopEndsTheChain()
    {
        Test::TempDataDir dir;
        Test::QueueFixture f(dir.path());
        addOldAttempts(f, 5000, nowMs() - 100 * day);
        StoreWriter writer(dir.path());
        {
            RetentionScheduler scheduler(dir.path(), &writer);
            scheduler.runNow();
            scheduler.stop();
        }
        writer.runSync([](QSqlDatabase&) { return Status(); });
        writer.runSync([](QSqlDatabase&) { return Status(); }); // any batch queued by a last callback ran
        // At most the batch at hand when stop() came ran; no batch followed.
        QVERIFY2(attempts(f) >= 5000 - RetentionPurge::kBatchRows, qPrintable(QString::number(attempts(f))));
    }
};

QTEST_GUILESS_MAIN(TestRetentionScheduler)
#include "tst_retentionscheduler.moc"

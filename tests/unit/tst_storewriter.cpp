// The one writer thread: jobs commit durably, a failing job is rolled back alone, concurrent jobs share
// commits.
#include "core/store/database.h"
#include "core/store/sqldialect.h"
#include "core/store/storewriter.h"
#include "tests/support/tempdatadir.h"

#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <atomic>
#include <future>
#include <mutex>
#include <thread>

using namespace RelayDesk;

// The settings' keys in order, joined by commas (SQL both store backends accept).
static QString settingKeys(const QString& dataDir)
{
    QSqlQuery q(Database::connection(dataDir).value());
    q.exec(QStringLiteral("SELECT key FROM settings ORDER BY key"));
    QStringList keys;
    while (q.next())
        keys << q.value(0).toString();
    return keys.join(QLatin1Char(','));
}

class TestStoreWriter : public QObject
{
    Q_OBJECT

    static StoreWriter::Job insertSetting(const QString& key)
    {
        return [key](QSqlDatabase& db) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("INSERT INTO settings(key, value) VALUES(?, 'x')"));
            q.addBindValue(key);
            return q.exec() ? Status() : Status::failure(QStringLiteral("insert failed"));
        };
    }

    static int countSettings(const QString& dataDir)
    {
        QSqlQuery q(Database::connection(dataDir).value());
        q.exec(QStringLiteral("SELECT count(*) FROM settings"));
        q.next();
        return q.value(0).toInt();
    }

private Q_SLOTS:
    void committedJobIsVisibleToOtherConnections()
    {
        Test::TempDataDir dir;
        QVERIFY(dir.isValid());
        StoreWriter writer(dir.path());
        QVERIFY(writer.runSync(insertSetting(QStringLiteral("a"))).ok());
        QCOMPARE(countSettings(dir.path()), 1);
    }

    void failingJobIsRolledBackAlone()
    {
        Test::TempDataDir dir;
        StoreWriter writer(dir.path());
        std::atomic<int> ok{0}, failed{0};
        auto done = [&](const Status& s) { (s.ok() ? ok : failed)++; };
        // The job writes a row and then fails: its savepoint must undo its own row only.
        writer.submit(insertSetting(QStringLiteral("kept-1")), done);
        writer.submit(
            [](QSqlDatabase& db) {
                QSqlQuery(db).exec(QStringLiteral("INSERT INTO settings(key, value) VALUES('half', 'x')"));
                return Status::failure(QStringLiteral("second step failed"));
            },
            done);
        writer.submit(insertSetting(QStringLiteral("kept-1")), done); // duplicate key: fails
        QVERIFY(writer.runSync(insertSetting(QStringLiteral("kept-2"))).ok());
        QCOMPARE(ok.load(), 1);
        QCOMPARE(failed.load(), 2);
        QCOMPARE(settingKeys(dir.path()), QStringLiteral("kept-1,kept-2"));
    }

    void transactionRolledBackBySqliteFailsTheBatch()
    {
        // Regression (docs/reliability.md, full filesystem): after SQLITE_FULL SQLite rolls the transaction
        // back itself. The batch must fail with that error, and the jobs after it must not run in autocommit
        // mode.
        Test::TempDataDir dir;
        StoreWriter writer(dir.path());
        std::promise<void> release;
        auto released = release.get_future().share();
        writer.submit([released](QSqlDatabase&) {
            released.wait(); // holds the writer so that the next two jobs share one batch
            return Status();
        });
        std::vector<Status> results;
        std::mutex mutex;
        auto done = [&](const Status& s) {
            std::lock_guard lock(mutex);
            results.push_back(s);
        };
        writer.submit(
            [](QSqlDatabase& db) {
                QSqlQuery(db).exec(QStringLiteral("INSERT INTO settings(key, value) VALUES('before', 'x')"));
                QSqlQuery(db).exec(QStringLiteral("ROLLBACK")); // what SQLite does on SQLITE_FULL
                return Status::failure(QStringLiteral("database or disk is full"));
            },
            done);
        writer.submit(insertSetting(QStringLiteral("after")), done);
        release.set_value();
        const auto answered = [&] {
            std::lock_guard lock(mutex);
            return results.size() == 2;
        };
        QTRY_VERIFY_WITH_TIMEOUT(answered(), 10000);
        QVERIFY(writer.runSync(insertSetting(QStringLiteral("next"))).ok()); // the writer works on
        for (const Status& s : results) {
            QVERIFY(!s.ok());
            QCOMPARE(s.error(), QStringLiteral("database or disk is full"));
        }
        QCOMPARE(settingKeys(dir.path()), QStringLiteral("next"));
    }

    void concurrentSubmittersShareCommits()
    {
        Test::TempDataDir dir;
        StoreWriter writer(dir.path());
        constexpr int threads = 8, perThread = 50;
        std::vector<std::thread> pool;
        for (int t = 0; t < threads; ++t) {
            pool.emplace_back([&writer, t] {
                for (int i = 0; i < perThread; ++i)
                    writer.runSync(insertSetting(QStringLiteral("k%1-%2").arg(t).arg(i)));
            });
        }
        for (auto& th : pool)
            th.join();
        QCOMPARE(countSettings(dir.path()), threads * perThread);
        // Group commit: with 8 submitters waiting at once, batches hold more than one job.
        QVERIFY2(
            writer.commitCount() < quint64(threads * perThread),
            qPrintable(
                QStringLiteral("%1 commits for %2 jobs").arg(writer.commitCount()).arg(threads * perThread)));
    }

    /// A log grown past 8 MiB is cut back once a checkpoint lets it start over (journal_size_limit): after a
    /// full disk it kept the space an admin freed (an outside tester).
    void aGrownLogIsCutBack()
    {
        Test::TempDataDir dir;
        if (SqlDialect::isPostgreSql(Database::connection(dir.path()).value()))
            QSKIP("a SQLite store's write-ahead log; PostgreSQL keeps its own");
        StoreWriter writer(dir.path());
        const QByteArray blob(64 * 1024, 'x');
        // One transaction of 16 MiB: the log grows past the limit, as a burst or failed commits make it.
        QVERIFY(writer
                    .runSync([&blob](QSqlDatabase& db) {
                        QSqlQuery q(db);
                        q.prepare(QStringLiteral("INSERT INTO settings(key, value) VALUES(?, ?)"));
                        for (int i = 0; i < 256; ++i) {
                            q.addBindValue(QStringLiteral("grow.%1").arg(i));
                            q.addBindValue(QString::fromLatin1(blob));
                            if (!q.exec())
                                return Status::failure(q.lastError().text());
                        }
                        return Status();
                    })
                    .ok());
        const QString wal = Database::databasePath(dir.path()) + QStringLiteral("-wal");
        QVERIFY2(QFileInfo(wal).size() > 16 * 1024 * 1024,
                 qPrintable(QString::number(QFileInfo(wal).size())));
        QSqlQuery check(Database::connection(dir.path()).value());
        QVERIFY(check.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)")));
        check.finish();
        QVERIFY(writer.runSync(insertSetting(QStringLiteral("after"))).ok()); // starts the log over
        QVERIFY2(QFileInfo(wal).size() <= 8 * 1024 * 1024,
                 qPrintable(QString::number(QFileInfo(wal).size())));
    }

    void destructorCommitsWhatIsQueued()
    {
        Test::TempDataDir dir;
        std::atomic<int> done{0};
        {
            StoreWriter writer(dir.path());
            for (int i = 0; i < 100; ++i)
                writer.submit(insertSetting(QStringLiteral("q%1").arg(i)),
                              [&done](const Status& s) { done += s.ok(); });
        }
        QCOMPARE(done.load(), 100);
        QCOMPARE(countSettings(dir.path()), 100);
    }
};

QTEST_GUILESS_MAIN(TestStoreWriter)
#include "tst_storewriter.moc"

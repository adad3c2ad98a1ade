// StoreChanges and how the engine collects them: the batch merges reports from several threads, and the
// admin change watch notices commits by another connection (the command line) through data_version.
#include "core/admin/agentadmin.h"
#include "core/engine/adminchangewatch.h"
#include "core/engine/storechangebatch.h"
#include "core/store/database.h"
#include "tests/support/tempdatadir.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

#include <vector>

using namespace RelayDesk;

namespace {

/// An AdminChangeWatch started on a thread of its own, as the engine runs it; stopped and deleted there. The
/// watch emits on its thread: tests count its signals on theirs through a queued relay (a spy on the watch
/// itself would append from the watch's thread while the test reads: a data race under TSan).
class WatchOnThread
{
public:
    WatchOnThread(const QString& dataDir, int intervalMs) : watch(new AdminChangeWatch(dataDir, intervalMs))
    {
        m_thread.start();
        watch->moveToThread(&m_thread);
    }
    void start()
    {
        QMetaObject::invokeMethod(
            watch, [w = watch] { w->start(); }, Qt::BlockingQueuedConnection);
    }
    ~WatchOnThread()
    {
        QMetaObject::invokeMethod(
            watch,
            [w = watch] {
                w->stop();
                delete w;
            },
            Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }

    /// Each topic the watch reports is appended to relay's object name, "access;", on relay's thread.
    void noteTopicsIn(QObject* relay)
    {
        QObject::connect(
            watch, &AdminChangeWatch::changed, relay,
            [relay](const QString& topic) {
                relay->setObjectName(relay->objectName() + topic + QLatin1Char(';'));
            },
            Qt::QueuedConnection);
    }

    AdminChangeWatch* watch;

private:
    QThread m_thread;
};

} // namespace

class TestStoreChanges : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void emptyUntilSomethingChanges();
    void batchMergesAndStartsAfresh();
    void batchTakesReportsFromManyThreads();
    void watchReportsWritesByAnotherConnection();
    void watchReportsATopicThatAppears();
    void watchReadsThisProcesssAdminChangesAtOnce();
};

void TestStoreChanges::emptyUntilSomethingChanges()
{
    StoreChanges changes;
    QVERIFY(changes.isEmpty());
    QVERIFY(!changes.touchesMessages());
    changes.lockouts = 1;
    QVERIFY(!changes.isEmpty());
    QVERIFY(!changes.touchesMessages()); // a lockout changes no message
    StoreChanges written;
    written.written = true;
    QVERIFY(written.touchesMessages());
}

void TestStoreChanges::batchMergesAndStartsAfresh()
{
    StoreChangeBatch batch;
    QVERIFY(batch.take().isEmpty());
    StoreChanges accepted;
    accepted.accepted = 2;
    StoreChanges recorded;
    recorded.attempts = 1;
    recorded.finalStates = 1;
    recorded.deferrals = 2;
    StoreChanges action;
    action.queueActions = 3;
    action.written = true;
    batch.add(accepted);
    batch.add(recorded);
    batch.add(action);
    batch.add(accepted);
    const StoreChanges taken = batch.take();
    QCOMPARE(taken.accepted, 4);
    QCOMPARE(taken.attempts, 1);
    QCOMPARE(taken.finalStates, 1);
    QCOMPARE(taken.deferrals, 2);
    QCOMPARE(taken.queueActions, 3);
    QVERIFY(taken.written);
    QVERIFY(batch.take().isEmpty());
}

void TestStoreChanges::batchTakesReportsFromManyThreads()
{
    StoreChangeBatch batch;
    std::vector<QThread*> threads;
    for (int t = 0; t < 4; ++t) {
        threads.push_back(QThread::create([&batch] {
            StoreChanges one;
            one.accepted = 1;
            for (int i = 0; i < 1000; ++i)
                batch.add(one);
        }));
        threads.back()->start();
    }
    int seen = 0;
    while (seen < 4000) {
        seen += batch.take().accepted;
        QThread::yieldCurrentThread();
    }
    for (QThread* thread : threads) {
        thread->wait();
        delete thread;
    }
    QCOMPARE(seen, 4000);
    QVERIFY(batch.take().isEmpty());
}

void TestStoreChanges::watchReportsWritesByAnotherConnection()
{
    Test::TempDataDir dir;
    {
        WatchOnThread watched(dir.path(), 20);
        AdminChangeWatch* watch = watched.watch;
        QObject relay;
        QSignalSpy written(&relay, &QObject::objectNameChanged);
        connect(
            watch, &AdminChangeWatch::storeWritten, &relay,
            [&relay] { relay.setObjectName(relay.objectName() + QLatin1Char('w')); }, Qt::QueuedConnection);
        watched.start();

        // Nothing written: nothing reported.
        QTest::qWait(150);
        QCOMPARE(written.count(), 0);
        // This thread's connection is another connection, as the command line's is.
        QSqlQuery q(Database::connection(dir.path()).value());
        QVERIFY(q.exec(
            QStringLiteral("INSERT INTO messages(queue_id, agent_name, sender, subject, size, received_at,"
                           " listener, client_address) VALUES('QCLI01', 'cli', 'a@example.com', 's', 1, 1,"
                           " 'submission', '192.0.2.1')")));
        QTRY_VERIFY(written.count() >= 1);
        const int after = static_cast<int>(written.count());
        QTest::qWait(150);
        QCOMPARE(written.count(), after); // one commit, reported once
    }
    Database::releaseThreadConnection(dir.path());
}

void TestStoreChanges::watchReportsATopicThatAppears()
{
    // The 'queue' topic has no row until the first resend adds it (QueueActions::resend); its first row moves
    // it as a new version of an existing topic does.
    Test::TempDataDir dir;
    {
        WatchOnThread watched(dir.path(), 20);
        QObject relay;
        QSignalSpy changed(&relay, &QObject::objectNameChanged);
        watched.noteTopicsIn(&relay);
        watched.start();
        QTest::qWait(100);
        QCOMPARE(changed.count(), 0);
        const QString bump = QStringLiteral("INSERT INTO admin_changes(topic, version) VALUES('queue', 1)"
                                            " ON CONFLICT(topic) DO UPDATE SET version = version + 1");
        QSqlQuery q(Database::connection(dir.path()).value());
        QVERIFY(q.exec(bump));
        QTRY_COMPARE(relay.objectName(), QStringLiteral("queue;"));
        QVERIFY(q.exec(bump));
        QTRY_COMPARE(relay.objectName(), QStringLiteral("queue;queue;"));
    }
    Database::releaseThreadConnection(dir.path());
}

void TestStoreChanges::watchReadsThisProcesssAdminChangesAtOnce()
{
    // A credential revoked in the window's dialog reached the window's own engine at its next poll (up to
    // 250 ms, in which an open session of the credential sent on); the command line's reload already made
    // its changes in force before it returned. With a poll of a minute, the change is read all the same.
    Test::TempDataDir dir;
    AgentAdmin agents(dir.path());
    const auto created = agents.create(QStringLiteral("Shop"), {}, {}, {}, {QStringLiteral("shop.example")});
    QVERIFY2(created, qPrintable(created.error()));
    {
        WatchOnThread watched(dir.path(), 60 * 1000);
        QObject relay;
        QSignalSpy changed(&relay, &QObject::objectNameChanged);
        watched.noteTopicsIn(&relay);
        watched.start();
        QVERIFY(agents.revokeCredential(created->credential.credential.username));
        QTRY_VERIFY2_WITH_TIMEOUT(relay.objectName().contains(QStringLiteral("access;")),
                                  qPrintable(relay.objectName()), 10000);
    }
    Database::releaseThreadConnection(dir.path());
}

QTEST_GUILESS_MAIN(TestStoreChanges)
#include "tst_storechanges.moc"

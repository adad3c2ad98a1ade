#include "core/delivery/outcomerecorder.h"
#include "core/delivery/queueleases.h"
#include "core/delivery/queuescheduler.h"
#include "core/store/database.h"
#include "core/store/nodeidentity.h"
#include "core/util/clock.h"
#include "tests/support/queuefixture.h"
#include "tests/support/tempdatadir.h"

#include <QFile>
#include <QSet>
#include <QTest>

using namespace RelayDesk;

namespace {

const QString nodeA = QStringLiteral("aaaaaaaaaaaaaaaa");
const QString nodeB = QStringLiteral("bbbbbbbbbbbbbbbb");
constexpr qint64 leaseMs = 60'000;

QSet<qint64> idsOf(const DueWork& work)
{
    QSet<qint64> ids;
    for (const DeliveryJob& job : work.jobs) {
        for (qint64 id : job.recipientIds)
            ids.insert(id);
    }
    return ids;
}

/// Agent "a"'s message "m1" to recipients, due since a second before now.
void queueOneMessage(Test::QueueFixture& f, qint64 now, const QStringList& recipients)
{
    f.addMessage(QStringLiteral("m1"), f.addAgent(QStringLiteral("a")), QStringLiteral("s@x.org"), recipients,
                 now - 1000);
}

QSqlDatabase db(const QString& dir)
{
    return Database::connection(dir).value();
}

} // namespace

/// Queue leases (docs/scaling.md, "Queue leases"): two nodes on one store never hold one recipient at once,
/// a dead node's leases run out, an outcome frees its lease; and the node identity behind them.
class TestQueueLeases : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aClaimIsExclusiveUntilItRunsOut()
    {
        Test::TempDataDir dir;
        Test::QueueFixture f(dir.path());
        const qint64 now = nowMs();
        queueOneMessage(f, now, {QStringLiteral("ok1@a.example"), QStringLiteral("ok2@a.example")});
        const QList<qint64> ids = {1, 2};
        QSqlDatabase conn = db(dir.path());

        auto a = QueueLeases::claim(conn, nodeA, ids, now, leaseMs);
        QVERIFY2(a, qPrintable(a.error()));
        QCOMPARE(a.value(), QSet<qint64>({1, 2}));
        auto b = QueueLeases::claim(conn, nodeB, ids, now + 1000, leaseMs);
        QVERIFY(b);
        QVERIFY(b->isEmpty()); // A holds them
        // A node may take its own lease again (a pass after a failed record).
        QCOMPARE(QueueLeases::claim(conn, nodeA, {1}, now + 1000, leaseMs).value(), QSet<qint64>({1}));
        // A dies: once its lease has run out, B takes them.
        b = QueueLeases::claim(conn, nodeB, ids, now + 1000 + leaseMs, leaseMs);
        QCOMPARE(b.value(), QSet<qint64>({1, 2}));
        QCOMPARE(
            f.scalar(QStringLiteral("SELECT count(*) FROM recipients WHERE lease_node = ?"), {nodeB}).toInt(),
            2);
    }

    void renewalKeepsALeaseAndReleaseFreesIt()
    {
        Test::TempDataDir dir;
        Test::QueueFixture f(dir.path());
        const qint64 now = nowMs();
        queueOneMessage(f, now, {QStringLiteral("ok1@a.example")});
        QSqlDatabase conn = db(dir.path());
        QVERIFY(QueueLeases::claim(conn, nodeA, {1}, now, leaseMs));
        // Renewed before it runs out: still A's after the first term.
        QCOMPARE(QueueLeases::renew(conn, nodeA, now + leaseMs / 2, leaseMs).value(), 1);
        QVERIFY(QueueLeases::claim(conn, nodeB, {1}, now + leaseMs + 1, leaseMs)->isEmpty());
        QCOMPARE(QueueLeases::renew(conn, nodeB, now, leaseMs).value(), 0); // B holds nothing
        // A starts again after a crash: what it held is free at once.
        QCOMPARE(QueueLeases::releaseAll(conn, nodeA).value(), 1);
        QCOMPARE(QueueLeases::claim(conn, nodeB, {1}, now + 2000, leaseMs).value(), QSet<qint64>({1}));
    }

    void aLeaseThatRanOutIsNotRenewed()
    {
        // docs/scaling.md: a node delivers only while it holds the lease. One that ran out (the store was
        // unreachable when it was due for renewal) is not the node's any more, even if nobody took it yet.
        Test::TempDataDir dir;
        Test::QueueFixture f(dir.path());
        const qint64 now = nowMs();
        queueOneMessage(f, now, {QStringLiteral("ok1@a.example"), QStringLiteral("ok2@a.example")});
        QSqlDatabase conn = db(dir.path());
        QCOMPARE(QueueLeases::claim(conn, nodeA, {1}, now, leaseMs).value(), QSet<qint64>({1}));
        QCOMPARE(QueueLeases::claim(conn, nodeA, {2}, now + leaseMs / 2, leaseMs).value(), QSet<qint64>({2}));
        QCOMPARE(QueueLeases::renew(conn, nodeA, now + leaseMs, leaseMs).value(), 1); // only 2's still runs
        QCOMPARE(QueueLeases::claim(conn, nodeB, {1, 2}, now + leaseMs + 1, leaseMs).value(),
                 QSet<qint64>({1}));
        // A job that was not sent frees its own leases only.
        QCOMPARE(QueueLeases::release(conn, nodeA, {1, 2}).value(), 1);
        QCOMPARE(QueueLeases::claim(conn, nodeB, {2}, now + leaseMs + 2, leaseMs).value(), QSet<qint64>({2}));
    }

    void twoSchedulersShareTheQueueWithoutOverlap()
    {
        Test::TempDataDir dir;
        Test::QueueFixture f(dir.path());
        const qint64 now = nowMs();
        const qint64 agent = f.addAgent(QStringLiteral("a"));
        for (int i = 0; i < 10; ++i)
            f.addMessage(QStringLiteral("m%1").arg(i), agent, QStringLiteral("s@x.org"),
                         {QStringLiteral("ok%1@a.example").arg(i), QStringLiteral("ok%1@b.example").arg(i)},
                         now - 1000 + i);
        QueueScheduler a(dir.path());
        a.setLease(nodeA, leaseMs);
        QueueScheduler b(dir.path());
        b.setLease(nodeB, leaseMs);

        const auto first = a.collect(now, {}, 6);
        QVERIFY2(first, qPrintable(first.error()));
        QCOMPARE(first->jobs.size(), 6);
        const auto second = b.collect(now, {}, 100);
        QVERIFY(second);
        const QSet<qint64> byA = idsOf(first.value());
        const QSet<qint64> byB = idsOf(second.value());
        QVERIFY(!byB.isEmpty());
        QVERIFY(!byA.intersects(byB));
        QCOMPARE(byA.size() + byB.size(), 20);
        // Nothing left for either while the leases last; the next due time is the end of the leases.
        QVERIFY(a.collect(now + 1000, byA, 100)->jobs.isEmpty());
        QVERIFY(b.collect(now + 1000, byB, 100)->jobs.isEmpty());
        QCOMPARE(b.nextDueAt(byB).value(), now + leaseMs);

        // A dies with its six jobs in flight: after its lease, B delivers them, and only them.
        const auto takeover = b.collect(now + leaseMs, byB, 100);
        QVERIFY(takeover);
        QCOMPARE(idsOf(takeover.value()), byA);
    }

    void afterAnOutageOnlyLeasesEndedBeforeItAreTaken()
    {
        // An outside tester stopped PostgreSQL for longer than a lease: every node's leases ran out
        // together, and the first node back took those of a node that had delivered and was about to record
        // (four recipients delivered twice). In the grace after the store answers, only leases that had run
        // out by the last time this node reached the store count as ended.
        Test::TempDataDir dir;
        Test::QueueFixture f(dir.path());
        const qint64 now = nowMs();
        const qint64 agent = f.addAgent(QStringLiteral("a"));
        f.addMessage(QStringLiteral("m1"), agent, QStringLiteral("s@x.org"),
                     {QStringLiteral("ok1@a.example")}, now - 1000);
        f.addMessage(QStringLiteral("m2"), agent, QStringLiteral("s@x.org"),
                     {QStringLiteral("ok2@a.example")}, now - 1000);
        QueueScheduler a(dir.path());
        a.setLease(nodeA, leaseMs);
        QueueScheduler b(dir.path());
        b.setLease(nodeB, leaseMs);
        // A takes m1 before the outage; its lease runs out while the store is away.
        const auto first = a.collect(now, {}, 1);
        QVERIFY(first);
        QCOMPARE(first->jobs.size(), 1);
        const QSet<qint64> byA = idsOf(first.value());
        const qint64 lastReached = now + 1000; // B's last pass before the store went away
        const qint64 back = now + leaseMs + 5000;
        // In the grace: m2 (nobody's) is taken, m1 (A's, ended during the outage) is left to A.
        const auto inGrace = b.collect(back, {}, 100, lastReached);
        QVERIFY2(inGrace, qPrintable(inGrace.error()));
        QCOMPARE(inGrace->jobs.size(), 1);
        QVERIFY(!idsOf(inGrace.value()).intersects(byA));
        // A lease that had run out before the outage is a dead node's: taken in the grace too.
        const auto dead = b.collect(back, idsOf(inGrace.value()), 100, now + leaseMs);
        QVERIFY(dead);
        QCOMPARE(idsOf(dead.value()), byA);
    }

    void recordingAnOutcomeFreesTheLease()
    {
        Test::TempDataDir dir;
        Test::QueueFixture f(dir.path());
        const qint64 now = nowMs();
        queueOneMessage(f, now, {QStringLiteral("ok1@a.example"), QStringLiteral("temp1@a.example")});
        QueueScheduler a(dir.path());
        a.setLease(nodeA, leaseMs);
        const auto work = a.collect(now, {}, 10);
        QVERIFY(work);
        QCOMPARE(work->jobs.size(), 1);
        DeliveryAttemptResult result;
        result.job = work->jobs.first();
        result.route = QStringLiteral("mx");
        result.startedMs = now;
        result.outcomes.append(
            {result.job.recipientIds[0], result.job.recipients[0], SmtpReply::make(250, "2.0.0", "OK")});
        result.outcomes.append(
            {result.job.recipientIds[1], result.job.recipients[1], SmtpReply::make(451, "4.3.0", "Later")});
        OutcomeRecorder::Context context{RetrySchedule(), QStringLiteral("relay.example.net"), now};
        context.node = nodeA;
        QSqlDatabase conn = db(dir.path());
        QVERIFY(conn.transaction());
        const auto summary = OutcomeRecorder::record(conn, result, context);
        QVERIFY2(summary, qPrintable(summary.error()));
        QVERIFY(conn.commit());
        QCOMPARE(f.scalar(QStringLiteral("SELECT count(*) FROM recipients WHERE lease_node <> ''"
                                         " OR lease_expires <> 0"))
                     .toInt(),
                 0);
        QCOMPARE(f.scalar(QStringLiteral("SELECT count(*) FROM delivery_attempts WHERE node = ?"), {nodeA})
                     .toInt(),
                 2);
        // The deferred one is due at its retry time, for any node.
        QueueScheduler b(dir.path());
        b.setLease(nodeB, leaseMs);
        const qint64 retry =
            f.scalar(QStringLiteral("SELECT next_attempt_at FROM recipients WHERE state = 'deferred'"))
                .toLongLong();
        QCOMPARE(b.collect(retry, {}, 10)->jobs.size(), 1);
    }

    void aStaleLeaseOfThisNodeIsTakenAgain()
    {
        // A pass that failed after its claim (the PostgreSQL server went away before the bodies were read)
        // left this node's lease on recipients it never handed out. Not in flight (not busy), they are taken
        // again by the next pass at once, not when the lease runs out; another node still waits for it.
        Test::TempDataDir dir;
        Test::QueueFixture f(dir.path());
        const qint64 now = nowMs();
        queueOneMessage(f, now, {QStringLiteral("ok1@a.example")});
        QueueScheduler a(dir.path());
        a.setLease(nodeA, leaseMs);
        QCOMPARE(a.collect(now, {}, 10)->jobs.size(), 1); // claimed, then the work is lost
        QueueScheduler b(dir.path());
        b.setLease(nodeB, leaseMs);
        QVERIFY(b.collect(now + 1000, {}, 10)->jobs.isEmpty());
        const auto again = a.collect(now + 1000, {}, 10);
        QVERIFY2(again, qPrintable(again.error()));
        QCOMPARE(again->jobs.size(), 1);
    }

    void aSchedulerWithoutANodeOnlyReads()
    {
        Test::TempDataDir dir;
        Test::QueueFixture f(dir.path());
        const qint64 now = nowMs();
        queueOneMessage(f, now, {QStringLiteral("ok1@a.example")});
        const QueueScheduler plain(dir.path());
        QCOMPARE(plain.collect(now, {}, 10)->jobs.size(), 1);
        QCOMPARE(f.scalar(QStringLiteral("SELECT count(*) FROM recipients WHERE lease_node <> ''")).toInt(),
                 0);
    }

    void theNodeIdIsMadeOnceAndKept()
    {
        Test::TempDataDir dir;
        const auto first = NodeIdentity::load(dir.path());
        QVERIFY2(first, qPrintable(first.error()));
        QCOMPARE(first->id.size(), 16);
        QVERIFY(!first->name.isEmpty());
        QCOMPARE(NodeIdentity::load(dir.path())->id, first->id);
        QFile file(dir.path() + QStringLiteral("/node-id"));
        QVERIFY(file.exists());
        QCOMPARE(int(file.permissions() & (QFile::ReadOther | QFile::WriteOther)), 0);

        QVERIFY(NodeIdentity::rename(dir.path(), QStringLiteral("relay-2")));
        QCOMPARE(NodeIdentity::load(dir.path())->name, QStringLiteral("relay-2"));
        QVERIFY(!NodeIdentity::rename(dir.path(), QStringLiteral(" padded")));
        QVERIFY(!NodeIdentity::rename(dir.path(), QString(65, QLatin1Char('x'))));
        QCOMPARE(NodeIdentity::load(dir.path())->name, QStringLiteral("relay-2"));
        QVERIFY(NodeIdentity::rename(dir.path(), QString()));
        QVERIFY(NodeIdentity::load(dir.path())->name != QStringLiteral("relay-2"));

        // A damaged id file is a clear error, not a new identity behind the admin's back.
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("garbage\n");
        file.close();
        const auto broken = NodeIdentity::load(dir.path());
        QVERIFY(!broken);
        QVERIFY(broken.error().contains(QStringLiteral("node-id")));
    }
};

QTEST_GUILESS_MAIN(TestQueueLeases)
#include "tst_queueleases.moc"

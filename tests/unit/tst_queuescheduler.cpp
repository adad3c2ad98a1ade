#include "core/delivery/queuerunner.h"
#include "core/delivery/queuescheduler.h"
#include "core/delivery/suppressionlist.h"
#include "core/outbound/deliverytransport.h"
#include "core/store/settings.h"
#include "core/store/storewriter.h"
#include "core/util/clock.h"
#include "tests/support/queuefixture.h"
#include "tests/support/rcptreply.h"
#include "tests/support/tempdatadir.h"

#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace RelayDesk;
using Test::rcptReply;

namespace {

/// A fake transport, acceptable at unit level: it answers by the recipient's local part ("ok" 250,
/// "temp" 451, "refuse" 550 5.7.1, others 550 5.1.1) without a network. The real outbound side is exercised
/// by the integration tests (tests/integration/test_delivery*.py) against smtp-sink and aiosmtpd.
class FakeTransport final : public DeliveryTransport
{
public:
    using DeliveryTransport::DeliveryTransport;
    QList<DeliveryJob> jobs;
    bool answer = true; ///< false: keep jobs in flight forever (a crash mid-delivery)

    void deliver(const DeliveryJob& job) override
    {
        jobs.append(job);
        if (!answer)
            return;
        QTimer::singleShot(0, this, [this, job] {
            DeliveryAttemptResult result;
            result.job = job;
            result.route = QStringLiteral("mx");
            result.host = QStringLiteral("mx.") + job.domain;
            result.startedMs = nowMs();
            for (qsizetype i = 0; i < job.recipients.size(); ++i) {
                const QByteArray local = job.recipients[i].split('@').first();
                const SmtpReply reply = local.startsWith("ok")     ? SmtpReply::make(250, "2.0.0", "OK")
                                        : local.startsWith("temp") ? SmtpReply::make(451, "4.3.0", "Later")
                                        : local.startsWith("refuse")
                                            ? SmtpReply::make(550, "5.7.1", "Not accepted")
                                            : rcptReply(550, "5.1.1", "No such user");
                result.outcomes.append({job.recipientIds[i], job.recipients[i], reply});
            }
            Q_EMIT finished(result);
        });
    }
};

} // namespace

/// Selecting due recipients, grouping them by domain, suppression, in-flight limits and restart safety.
class TestQueueScheduler : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void groupsDueRecipientsByMessageAndDomain()
    {
        Test::TempDataDir dir;
        Test::QueueFixture f(dir.path());
        const qint64 agent = f.addAgent(QStringLiteral("a"));
        const qint64 now = nowMs();
        const qint64 m1 = f.addMessage(QStringLiteral("m1"), agent, QStringLiteral("s@x.org"),
                                       {QStringLiteral("ok1@A.example"), QStringLiteral("ok2@a.example"),
                                        QStringLiteral("ok3@b.example")},
                                       now - 1000);
        const qint64 m2 = f.addMessage(QStringLiteral("m2"), agent, QStringLiteral("s@x.org"),
                                       {QStringLiteral("ok4@a.example")}, now - 1000);
        f.addMessage(QStringLiteral("future"), agent, QStringLiteral("s@x.org"),
                     {QStringLiteral("ok5@a.example")}, now + 60'000);
        f.addMessage(QStringLiteral("held"), agent, QStringLiteral("s@x.org"),
                     {QStringLiteral("ok6@a.example")}, now - 1000);
        f.scalar(QStringLiteral("UPDATE messages SET held = 1 WHERE queue_id = 'held'"));

        const QueueScheduler scheduler(dir.path());
        auto work = scheduler.collect(now, {}, 10);
        QVERIFY2(work.ok(), qPrintable(work.error()));
        QCOMPARE(work->jobs.size(), 3);
        QCOMPARE(work->jobs[0].messageId, m1);
        QCOMPARE(work->jobs[0].domain, QStringLiteral("a.example"));
        QCOMPARE(work->jobs[0].recipients, (QList<QByteArray>{"ok1@A.example", "ok2@a.example"}));
        QCOMPARE(work->jobs[0].sender, QByteArray("s@x.org"));
        QVERIFY(work->jobs[0].body.contains("Subject: Test"));
        QCOMPARE(work->jobs[1].domain, QStringLiteral("b.example"));
        QCOMPARE(work->jobs[2].messageId, m2);

        // In-flight recipients are not handed out twice; maxJobs caps the batch.
        auto rest = scheduler.collect(
            now, {work->jobs[0].recipientIds.first(), work->jobs[0].recipientIds.last()}, 1);
        QCOMPARE(rest->jobs.size(), 1);
        QCOMPARE(rest->jobs[0].domain, QStringLiteral("b.example"));
        QCOMPARE(scheduler.nextDueAt({}).value(), now - 1000);
    }

    void serviceRecordsOutcomesAndSkipsSuppressed()
    {
        Test::TempDataDir dir;
        Test::QueueFixture f(dir.path());
        StoreWriter writer(dir.path());
        const qint64 agent = f.addAgent(QStringLiteral("billing"));
        SuppressionList suppressions(dir.path(), &writer);
        QVERIFY(suppressions.add(QStringLiteral("billing"), QStringLiteral("Blocked@c.example"),
                                 QStringLiteral("manual")));
        f.addMessage(QStringLiteral("m1"), agent, QStringLiteral("refuse@x.org"),
                     {QStringLiteral("ok@a.example"), QStringLiteral("temp@a.example"),
                      QStringLiteral("bad@b.example"), QStringLiteral("blocked@c.example")},
                     nowMs() - 1000);

        QueueRunner service(dir.path(), &writer);
        FakeTransport* transport = nullptr;
        service.setTransportFactory([&](QObject* parent) { return transport = new FakeTransport(parent); });
        QSignalSpy recorded(&service, &QueueRunner::attemptRecorded);
        QSignalSpy suppressed(&service, &QueueRunner::suppressedRecorded);
        service.start();
        // a.example, b.example, then one DSN to refuse@x.org about bad@b.example and blocked@c.example, which
        // was not sent (RFC 5321 6.1: the relay had said 250 for it): the suppressed recipient's notice waits
        // for the domains the same pass hands out (FailureReports; two notices came within a millisecond for
        // an outside tester). The sender's server refuses it for policy (5.7.1), which does not put the
        // sender on the suppression list.
        QTRY_COMPARE(recorded.size(), 3);
        QCOMPARE(suppressed.size(), 1);
        QCOMPARE(f.state(QStringLiteral("ok@a.example")), QStringLiteral("delivered"));
        QCOMPARE(f.state(QStringLiteral("temp@a.example")), QStringLiteral("deferred"));
        QCOMPARE(f.state(QStringLiteral("bad@b.example")), QStringLiteral("bounced"));
        QCOMPARE(f.state(QStringLiteral("blocked@c.example")), QStringLiteral("suppressed"));
        QVERIFY(!transport->jobs.isEmpty());
        for (const DeliveryJob& job : std::as_const(transport->jobs))
            QVERIFY(!job.recipients.contains("blocked@c.example"));
        // The DSN went to the sender with the null reverse-path; it bounced too, and no DSN about the DSN.
        QCOMPARE(transport->jobs.last().sender, QByteArray());
        QCOMPARE(transport->jobs.last().recipients, QList<QByteArray>{"refuse@x.org"});
        const QByteArray notice = transport->jobs.last().body;
        QVERIFY2(notice.contains("Final-Recipient: rfc822; bad@b.example") &&
                     notice.contains("Final-Recipient: rfc822; blocked@c.example"),
                 notice.constData());
        QTest::qWait(200);
        QCOMPARE(f.scalar(QStringLiteral("SELECT COUNT(*) FROM messages")).toInt(), 2);
        QCOMPARE(
            f.scalar(QStringLiteral("SELECT COUNT(*) FROM delivery_attempts WHERE status = 'suppressed'"))
                .toInt(),
            1);
        QCOMPARE(f.scalar(QStringLiteral("SELECT COUNT(*) FROM suppressions")).toInt(), 2); // + bad@
        service.stop();
    }

    void limitsJobsInFlight()
    {
        Test::TempDataDir dir;
        Test::QueueFixture f(dir.path());
        StoreWriter writer(dir.path());
        QVERIFY(Settings(dir.path()).set(QStringLiteral("delivery.max_in_flight"), QStringLiteral("2")));
        const qint64 agent = f.addAgent(QStringLiteral("a"));
        for (int i = 0; i < 5; ++i)
            f.addMessage(QStringLiteral("m%1").arg(i), agent, QStringLiteral("s@x.org"),
                         {QStringLiteral("ok@d%1.example").arg(i)}, nowMs() - 1000);
        QueueRunner service(dir.path(), &writer);
        FakeTransport* transport = nullptr;
        holdJobs(service, transport);
        service.start();
        QTRY_COMPARE(transport->jobs.size(), 2);
        service.wake();
        QTest::qWait(100);
        QCOMPARE(transport->jobs.size(), 2);
        QCOMPARE(service.inFlight(), 2);
    }

    void listsTheDeliveriesUnderWay()
    {
        // A SQLite store holds no lease: the runner's own list is what says a recipient is being delivered
        // (an outside tester read "queued, 0 attempts, next try in the past" during a long attempt).
        Test::TempDataDir dir;
        Test::QueueFixture f(dir.path());
        StoreWriter writer(dir.path());
        const qint64 agent = f.addAgent(QStringLiteral("a"));
        f.addMessage(QStringLiteral("m1"), agent, QStringLiteral("s@x.org"),
                     {QStringLiteral("ok1@a.example"), QStringLiteral("ok2@a.example")}, nowMs() - 1000);
        QueueRunner service(dir.path(), &writer);
        FakeTransport* transport = nullptr;
        holdJobs(service, transport);
        const qint64 before = nowMs();
        service.deliveries().takeChanged();
        service.start();
        QTRY_COMPARE(transport->jobs.size(), 1);
        QVERIFY(service.deliveries().takeChanged());
        const QList<DeliveryInFlight> underWay = service.deliveries().snapshot();
        QCOMPARE(underWay.size(), 1);
        QCOMPARE(underWay.at(0).queueId, QStringLiteral("m1"));
        QCOMPARE(underWay.at(0).domain, QStringLiteral("a.example"));
        QCOMPARE(underWay.at(0).recipients,
                 QStringList({QStringLiteral("ok1@a.example"), QStringLiteral("ok2@a.example")}));
        QVERIFY(underWay.at(0).sinceMs >= before && underWay.at(0).sinceMs <= nowMs());
        QVERIFY(!service.deliveries().takeChanged());

        // The outcome recorded: no longer under way.
        DeliveryAttemptResult result;
        result.job = transport->jobs.first();
        for (qsizetype i = 0; i < result.job.recipients.size(); ++i)
            result.outcomes.append(
                {result.job.recipientIds[i], result.job.recipients[i], SmtpReply::make(250, "2.0.0", "OK")});
        Q_EMIT transport->finished(result);
        QTRY_COMPARE(f.state(QStringLiteral("ok1@a.example")), QStringLiteral("delivered"));
        QTRY_VERIFY(service.deliveries().snapshot().isEmpty());
        QVERIFY(service.deliveries().takeChanged());
    }

    void restartDeliversWhatWasInFlight()
    {
        Test::TempDataDir dir;
        Test::QueueFixture f(dir.path());
        StoreWriter writer(dir.path());
        const qint64 agent = f.addAgent(QStringLiteral("a"));
        f.addMessage(QStringLiteral("m1"), agent, QStringLiteral("s@x.org"), {QStringLiteral("ok@a.example")},
                     nowMs() - 1000);
        {
            // The first run "crashes" with the job in flight: no outcome, so no state change.
            QueueRunner first(dir.path(), &writer);
            FakeTransport* lost = nullptr;
            first.setTransportFactory([&](QObject* parent) {
                lost = new FakeTransport(parent);
                lost->answer = false;
                return lost;
            });
            first.start();
            QTRY_COMPARE(lost->jobs.size(), 1);
        }
        QCOMPARE(f.state(QStringLiteral("ok@a.example")), QStringLiteral("queued"));
        QueueRunner second(dir.path(), &writer);
        FakeTransport* transport = nullptr;
        service(second, transport);
        QTRY_COMPARE(f.state(QStringLiteral("ok@a.example")), QStringLiteral("delivered"));
        QCOMPARE(transport->jobs.size(), 1);
    }

private:
    /// A transport that keeps every job in flight (no answer), for s before its start().
    static void holdJobs(QueueRunner& s, FakeTransport*& transport)
    {
        s.setTransportFactory([&transport](QObject* parent) {
            transport = new FakeTransport(parent);
            transport->answer = false;
            return transport;
        });
    }

    static void service(QueueRunner& s, FakeTransport*& transport)
    {
        s.setTransportFactory(
            [&transport](QObject* parent) { return transport = new FakeTransport(parent); });
        s.start();
    }
};

QTEST_GUILESS_MAIN(TestQueueScheduler)
#include "tst_queuescheduler.moc"

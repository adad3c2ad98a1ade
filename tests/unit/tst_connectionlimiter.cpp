// Connection limits per address and in total.
#include "core/engine/connectionlimiter.h"
#include "core/engine/sessionregistry.h"

#include <QTest>

using namespace RelayDesk;

class TestConnectionLimiter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void perAddressAndTotal()
    {
        ConnectionLimiter limiter;
        limiter.configure(5, 3);
        const QHostAddress a(QStringLiteral("127.0.0.1")), b(QStringLiteral("127.0.0.2"));
        for (int i = 0; i < 3; ++i)
            QCOMPARE(limiter.tryAcquire(a), ConnectionLimiter::Verdict::Accepted);
        QCOMPARE(limiter.tryAcquire(a), ConnectionLimiter::Verdict::TooManyFromAddress);
        QCOMPARE(limiter.tryAcquire(b), ConnectionLimiter::Verdict::Accepted);
        QCOMPARE(limiter.tryAcquire(b), ConnectionLimiter::Verdict::Accepted);
        QCOMPARE(limiter.tryAcquire(QHostAddress(QStringLiteral("::1"))),
                 ConnectionLimiter::Verdict::TooManyTotal);
        limiter.release(a);
        QCOMPARE(limiter.total(), 4);
        // 4 of 5 is busy: the freed slot is for an address that holds fewer than its share (2).
        QCOMPARE(limiter.tryAcquire(a), ConnectionLimiter::Verdict::BusyShareTaken);
        QCOMPARE(limiter.tryAcquire(QHostAddress(QStringLiteral("127.0.0.3"))),
                 ConnectionLimiter::Verdict::Accepted);
        // Releasing an address never seen changes nothing.
        limiter.release(QHostAddress(QStringLiteral("10.0.0.1")));
        QCOMPARE(limiter.total(), 5);
    }

    void busyFromThreeQuartersOfTheTotal()
    {
        ConnectionLimiter limiter;
        limiter.configure(8, 100);
        const QHostAddress a(QStringLiteral("127.0.0.1"));
        for (int i = 0; i < 5; ++i)
            QCOMPARE(limiter.tryAcquire(a), ConnectionLimiter::Verdict::Accepted);
        QVERIFY(!limiter.isBusy()); // 5 of 8
        QCOMPARE(limiter.tryAcquire(a), ConnectionLimiter::Verdict::Accepted);
        QVERIFY(limiter.isBusy()); // 6 of 8
        // Busy until fewer than half are in use: the first silent session closed does not end it for the
        // others silent as long (CI saw 1 of 5 closed).
        limiter.release(a);
        limiter.release(a);
        QVERIFY(limiter.isBusy()); // 4 of 8
        limiter.release(a);
        QVERIFY(!limiter.isBusy()); // 3 of 8
        QCOMPARE(limiter.tryAcquire(a), ConnectionLimiter::Verdict::Accepted);
        QVERIFY(!limiter.isBusy()); // 4 of 8, coming from below
        limiter.configure(5, 100);  // a lower limit makes the same four busy
        QVERIFY(limiter.isBusy());
    }

    void theLastQuarterIsForAddressesThatHoldFew()
    {
        // A flood from a few addresses that reconnects as soon as a slot frees cannot take the last quarter:
        // an address holding its busy share is refused there, one holding less gets in (an outside tester's
        // office client got through 0 times in 36).
        ConnectionLimiter limiter;
        limiter.configure(40, 50);
        QCOMPARE(limiter.busyShare(), 2);
        const QHostAddress flood(QStringLiteral("127.0.0.20")), office(QStringLiteral("127.0.0.2")),
            printer(QStringLiteral("127.0.0.3"));
        for (int i = 0; i < 30; ++i)
            QCOMPARE(limiter.tryAcquire(flood), ConnectionLimiter::Verdict::Accepted);
        QVERIFY(limiter.isBusy());
        QCOMPARE(limiter.tryAcquire(flood), ConnectionLimiter::Verdict::BusyShareTaken);
        QCOMPARE(limiter.tryAcquire(office), ConnectionLimiter::Verdict::Accepted);
        QCOMPARE(limiter.tryAcquire(office), ConnectionLimiter::Verdict::Accepted);
        QCOMPARE(limiter.tryAcquire(office), ConnectionLimiter::Verdict::BusyShareTaken); // its share
        QCOMPARE(limiter.tryAcquire(printer), ConnectionLimiter::Verdict::Accepted);
        // Below three quarters again, the per-address limit alone holds; silent sessions still get the short
        // time until fewer than half are in use.
        for (int i = 0; i < 10; ++i)
            limiter.release(flood);
        QVERIFY(limiter.isBusy()); // 23 of 40
        QCOMPARE(limiter.tryAcquire(flood), ConnectionLimiter::Verdict::Accepted);
        for (int i = 0; i < 5; ++i)
            limiter.release(flood);
        QVERIFY(!limiter.isBusy()); // 19 of 40
        // The default limits: 1,024 in all, a share of 16 each while busy.
        limiter.configure(1024, 50);
        QCOMPARE(limiter.busyShare(), 16);
    }

    void registryKeepsEndedSessionsBriefly()
    {
        SessionRegistry registry;
        SessionInfo info;
        info.id = 1;
        info.state = QStringLiteral("ready");
        registry.update(info);
        info.id = 2;
        registry.update(info);
        QVERIFY(registry.takeChanged());
        QVERIFY(!registry.takeChanged());
        registry.end(1, 1000);
        QCOMPARE(registry.snapshot(2000, 5000).size(), 2);
        const QList<SessionInfo> later = registry.snapshot(7000, 5000);
        QCOMPARE(later.size(), 1);
        QCOMPARE(later[0].id, quint64(2));
    }
};

QTEST_APPLESS_MAIN(TestConnectionLimiter)
#include "tst_connectionlimiter.moc"

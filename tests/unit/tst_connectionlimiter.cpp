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
        QCOMPARE(limiter.tryAcquire(a), ConnectionLimiter::Verdict::Accepted);
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
        limiter.release(a);
        QVERIFY(!limiter.isBusy());
        limiter.configure(6, 100); // a lower limit makes the same five busy
        QVERIFY(limiter.isBusy());
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

#include "core/security/authverifier.h"
#include "core/security/fairauthqueue.h"

#include <QMutex>
#include <QSemaphore>
#include <QStringList>
#include <QTest>

#include <atomic>

using namespace RelayDesk;

/// The Argon2id verification pool: round robin across client addresses, the concurrency bound by threads
/// and memory, applied live.
class TestAuthVerifier : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void queueTakesAddressesInTurn();
    void queueForgetsEmptyAddresses();
    void concurrencyBoundByMemory();
    void floodDoesNotDelayAnotherAddress();
    void neverMoreAtOnceThanTheBound();
    void boundAppliesLive();
};

void TestAuthVerifier::queueTakesAddressesInTurn()
{
    FairAuthQueue queue;
    QStringList order;
    auto job = [&order](const QString& name) { return [&order, name] { order << name; }; };
    for (int i = 0; i < 3; ++i)
        queue.push(QStringLiteral("A"), job(QStringLiteral("a%1").arg(i)));
    queue.push(QStringLiteral("B"), job(QStringLiteral("b0")));
    queue.push(QStringLiteral("C"), job(QStringLiteral("c0")));
    queue.push(QStringLiteral("B"), job(QStringLiteral("b1")));
    QCOMPARE(queue.size(), 6);
    QCOMPARE(queue.keys(), 3);
    while (auto next = queue.pop())
        next();
    QCOMPARE(order.join(QLatin1Char(',')), QStringLiteral("a0,b0,c0,a1,b1,a2"));
    QCOMPARE(queue.size(), 0);
}

void TestAuthVerifier::queueForgetsEmptyAddresses()
{
    FairAuthQueue queue;
    for (int i = 0; i < 1000; ++i)
        queue.push(QStringLiteral("10.0.%1.%2").arg(i / 256).arg(i % 256), [] {});
    QCOMPARE(queue.keys(), 1000);
    while (queue.pop()) {
    }
    QCOMPARE(queue.keys(), 0);
    QVERIFY(!queue.pop());
}

void TestAuthVerifier::concurrencyBoundByMemory()
{
    QCOMPARE(AuthVerifier::concurrencyFor(8, 256), 8);
    QCOMPARE(AuthVerifier::concurrencyFor(32, 256), 13); // 256 MiB / 19 MiB
    QCOMPARE(AuthVerifier::concurrencyFor(4, 19), 1);
    QCOMPARE(AuthVerifier::concurrencyFor(4, 1), 1); // at least one
    QCOMPARE(AuthVerifier::concurrencyFor(0, 65536), std::max(1, QThread::idealThreadCount()));
}

// One address floods the queue with 500 checks while one of its checks holds the only thread; another
// address's one check, queued after them all, runs third (after the running one and the one flood check whose
// turn came before it arrived), not 502nd.
void TestAuthVerifier::floodDoesNotDelayAnotherAddress()
{
    AuthVerifier verifier;
    verifier.configure(1, 256);
    QSemaphore gate;
    QSemaphore running;
    QMutex mutex;
    QStringList order;
    auto note = [&](const QString& name) {
        QMutexLocker locker(&mutex);
        order << name;
    };
    verifier.submit(QStringLiteral("192.0.2.1"), [&] {
        running.release();
        gate.acquire();
        note(QStringLiteral("flood"));
    });
    QVERIFY(running.tryAcquire(1, 5000));
    for (int i = 0; i < 500; ++i)
        verifier.submit(QStringLiteral("192.0.2.1"), [&] { note(QStringLiteral("flood")); });
    verifier.submit(QStringLiteral("198.51.100.7"), [&] { note(QStringLiteral("other")); });
    QCOMPARE(verifier.waiting(), 501);
    gate.release();
    verifier.waitForDone();
    QCOMPARE(order.size(), 502);
    QCOMPARE(order.indexOf(QStringLiteral("other")), 2);
}

void TestAuthVerifier::neverMoreAtOnceThanTheBound()
{
    AuthVerifier verifier;
    verifier.configure(64, 3 * AuthVerifier::memoryPerVerificationMb); // memory allows 3
    QCOMPARE(verifier.concurrency(), 3);
    std::atomic<int> running{0};
    std::atomic<int> peak{0};
    for (int i = 0; i < 60; ++i) {
        verifier.submit(QStringLiteral("10.0.0.%1").arg(i % 7), [&] {
            const int now = ++running;
            int seen = peak.load();
            while (now > seen && !peak.compare_exchange_weak(seen, now)) {
            }
            QThread::msleep(2);
            --running;
        });
    }
    verifier.waitForDone();
    QVERIFY(peak.load() <= 3);
    QVERIFY(peak.load() >= 1);
}

void TestAuthVerifier::boundAppliesLive()
{
    AuthVerifier verifier;
    verifier.configure(1, 256);
    QCOMPARE(verifier.concurrency(), 1);
    QSemaphore started;
    QSemaphore gate;
    verifier.submit(QStringLiteral("a"), [&] {
        started.release();
        gate.acquire();
    });
    verifier.submit(QStringLiteral("b"), [&] {
        started.release();
        gate.acquire();
    });
    QVERIFY(started.tryAcquire(1, 5000));
    QVERIFY(!started.tryAcquire(1, 100)); // one thread: the second waits
    verifier.configure(2, 256);
    QVERIFY(started.tryAcquire(1, 5000)); // raised while both were queued: the second starts now
    gate.release(2);
    verifier.waitForDone();
}

QTEST_GUILESS_MAIN(TestAuthVerifier)
#include "tst_authverifier.moc"

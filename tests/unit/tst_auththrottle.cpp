#include "core/security/authlockouts.h"
#include "core/security/auththrottle.h"
#include "core/store/database.h"
#include "tests/support/tempdatadir.h"

#include <QSqlQuery>
#include <QTest>
#include <QThread>

using namespace RelayDesk;

namespace {

constexpr qint64 minute = 60 * 1000;
constexpr qint64 t0 = 1'700'000'000'000;
const QString user = QStringLiteral("rd_7f3a9c");

QHostAddress ip(const char* text)
{
    return QHostAddress(QString::fromLatin1(text));
}

} // namespace

/// Failed-AUTH counting and lockouts, driven by explicit times.
class TestAuthThrottle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void locksOutOnTheFifthFailure();
    void lockoutExpires();
    void failuresOutsideTheWindowDoNotCount();
    void successForgetsFailures();
    void successForgetsOnlyItsOwnUsername();
    void addressesAreIndependent();
    void mappedAndIpv6Prefixes();
    void configureChangesLimits();
    void memoryIsBounded();
    void expiredEntriesArePruned();
    void concurrentFailuresTriggerOneLockout();
    void storedLockoutsAreListedAndLifted();
    void restoredLockAndUnlock();
    void attemptsInFlightAreBoundedPerAddress();
};

void TestAuthThrottle::locksOutOnTheFifthFailure()
{
    AuthThrottle throttle;
    const QHostAddress client = ip("203.0.113.9");
    for (int i = 0; i < 4; ++i) {
        QVERIFY(!throttle.recordFailure(client, user, t0 + i * 1000));
        QVERIFY(!throttle.isLockedOut(client, t0 + i * 1000));
    }
    QVERIFY(throttle.recordFailure(client, user, t0 + 4000)); // the fifth failure starts the lockout
    QVERIFY(throttle.isLockedOut(client, t0 + 4000));
    QVERIFY(!throttle.recordFailure(client, user, t0 + 5000)); // already locked: no second trigger
    QVERIFY(throttle.isLockedOut(client, t0 + 4000 + 15 * minute - 1));
}

void TestAuthThrottle::lockoutExpires()
{
    AuthThrottle throttle;
    const QHostAddress client = ip("203.0.113.9");
    for (int i = 0; i < 5; ++i)
        throttle.recordFailure(client, user, t0);
    QVERIFY(throttle.isLockedOut(client, t0));
    QVERIFY(!throttle.isLockedOut(client, t0 + 15 * minute));
    // After the lockout the count starts from zero.
    for (int i = 0; i < 4; ++i)
        QVERIFY(!throttle.recordFailure(client, user, t0 + 16 * minute));
    QVERIFY(throttle.recordFailure(client, user, t0 + 16 * minute));
}

void TestAuthThrottle::failuresOutsideTheWindowDoNotCount()
{
    AuthThrottle throttle;
    const QHostAddress client = ip("203.0.113.9");
    // One failure every 4 minutes: at most 4 inside any 15-minute window.
    for (int i = 0; i < 20; ++i)
        QVERIFY(!throttle.recordFailure(client, user, t0 + i * 4 * minute));
    QVERIFY(!throttle.isLockedOut(client, t0 + 80 * minute));
    // Then five quick ones lock it out (the earlier ones inside the window count too).
    bool locked = false;
    for (int i = 0; i < 5 && !locked; ++i)
        locked = throttle.recordFailure(client, user, t0 + 81 * minute + i);
    QVERIFY(locked);
}

void TestAuthThrottle::successForgetsFailures()
{
    AuthThrottle throttle;
    const QHostAddress client = ip("203.0.113.9");
    for (int i = 0; i < 4; ++i)
        throttle.recordFailure(client, user, t0);
    throttle.recordSuccess(client, user);
    QCOMPARE(throttle.trackedAddresses(), 0);
    for (int i = 0; i < 4; ++i)
        QVERIFY(!throttle.recordFailure(client, user, t0 + 1));
    QVERIFY(throttle.recordFailure(client, user, t0 + 2));
    throttle.recordSuccess(client, user); // does not lift an active lockout
    QVERIFY(throttle.isLockedOut(client, t0 + 3));
}

/// Guesses at one agent's password are not wiped by logging in as another (or by any success but the right
/// password of the username guessed at): four guesses, a good login, four guesses again, and the fifth
/// guess in the window locks the address out. An outside tester guessed 12 times this way with no lockout.
void TestAuthThrottle::successForgetsOnlyItsOwnUsername()
{
    AuthThrottle throttle;
    const QHostAddress client = ip("203.0.113.9");
    const QString known = QStringLiteral("rd_known");
    const QString guessed = QStringLiteral("rd_guessed");
    for (int i = 0; i < 4; ++i)
        QVERIFY(!throttle.recordFailure(client, guessed, t0 + i));
    throttle.recordSuccess(client, known);
    QCOMPARE(throttle.trackedAddresses(), 1);
    QVERIFY(throttle.recordFailure(client, guessed, t0 + 10));
    QVERIFY(throttle.isLockedOut(client, t0 + 11));
    // Failures without a username read (AUTH refused before the name) are never forgotten by a success.
    AuthThrottle other;
    for (int i = 0; i < 4; ++i)
        QVERIFY(!other.recordFailure(client, QString(), t0 + i));
    other.recordSuccess(client, known);
    QVERIFY(other.recordFailure(client, known, t0 + 10));
}

void TestAuthThrottle::addressesAreIndependent()
{
    AuthThrottle throttle;
    for (int i = 0; i < 5; ++i)
        throttle.recordFailure(ip("203.0.113.9"), user, t0);
    QVERIFY(throttle.isLockedOut(ip("203.0.113.9"), t0));
    QVERIFY(!throttle.isLockedOut(ip("203.0.113.10"), t0));
    QVERIFY(!throttle.recordFailure(ip("203.0.113.10"), user, t0));
}

void TestAuthThrottle::mappedAndIpv6Prefixes()
{
    AuthThrottle throttle;
    for (int i = 0; i < 5; ++i)
        throttle.recordFailure(ip("::ffff:203.0.113.9"), user, t0);
    QVERIFY(throttle.isLockedOut(ip("203.0.113.9"), t0)); // the same client, seen through a dual-stack socket
    QVERIFY(!throttle.isLockedOut(ip("::"), t0));
    // IPv6 clients count by /64: hopping inside one /64 does not escape the lockout.
    for (int i = 1; i <= 5; ++i)
        throttle.recordFailure(ip(QByteArray("2001:db8:1:2::" + QByteArray::number(i)).constData()), user,
                               t0);
    QVERIFY(throttle.isLockedOut(ip("2001:db8:1:2:ffff::1"), t0));
    QVERIFY(!throttle.isLockedOut(ip("2001:db8:1:3::1"), t0));
}

void TestAuthThrottle::configureChangesLimits()
{
    AuthThrottle throttle;
    throttle.configure(2, minute, 2 * minute);
    const QHostAddress client = ip("198.51.100.1");
    QVERIFY(!throttle.recordFailure(client, user, t0));
    QVERIFY(
        !throttle.recordFailure(client, user, t0 + minute)); // the first fell out of the one-minute window
    QVERIFY(throttle.recordFailure(client, user, t0 + minute + 1));
    QVERIFY(throttle.isLockedOut(client, t0 + 3 * minute));
    QVERIFY(!throttle.isLockedOut(client, t0 + 3 * minute + 1));
}

void TestAuthThrottle::memoryIsBounded()
{
    AuthThrottle throttle(5, 15 * minute, 15 * minute, 1000);
    for (quint32 i = 0; i < 5000; ++i)
        throttle.recordFailure(QHostAddress(0x0A000000u + i), user, t0 + i);
    QVERIFY2(throttle.trackedAddresses() <= 1000, qPrintable(QString::number(throttle.trackedAddresses())));
    // The most recent addresses are the ones kept.
    QHostAddress recent(0x0A000000u + 4999);
    for (int i = 0; i < 4; ++i)
        throttle.recordFailure(recent, user, t0 + 6000);
    QVERIFY(throttle.isLockedOut(recent, t0 + 6000));
}

void TestAuthThrottle::expiredEntriesArePruned()
{
    AuthThrottle throttle;
    for (quint32 i = 0; i < 100; ++i)
        throttle.recordFailure(QHostAddress(0x0A000000u + i), user, t0);
    QCOMPARE(throttle.trackedAddresses(), 100);
    // A full prune runs every 1024 failures; an hour later the old entries are gone.
    for (int i = 0; i < 1024; ++i)
        throttle.recordFailure(ip("192.0.2.1"), user, t0 + 60 * minute + i * 1000000);
    QVERIFY2(throttle.trackedAddresses() <= 2, qPrintable(QString::number(throttle.trackedAddresses())));
}

void TestAuthThrottle::concurrentFailuresTriggerOneLockout()
{
    AuthThrottle throttle(50, 15 * minute, 15 * minute);
    QAtomicInt triggers;
    QList<QThread*> threads;
    for (int t = 0; t < 4; ++t) {
        threads.append(QThread::create([&throttle, &triggers] {
            for (int i = 0; i < 100; ++i) {
                if (throttle.recordFailure(ip("203.0.113.9"), user, t0))
                    triggers.fetchAndAddRelaxed(1);
            }
        }));
        threads.last()->start();
    }
    for (QThread* thread : threads) {
        thread->wait();
        delete thread;
    }
    QCOMPARE(triggers.loadRelaxed(), 1);
    QVERIFY(throttle.isLockedOut(ip("203.0.113.9"), t0));
}

void TestAuthThrottle::storedLockoutsAreListedAndLifted()
{
    Test::TempDataDir dir;
    QVERIFY(dir.isValid());
    AuthLockouts lockouts(dir.path());
    const qint64 startEvents = lockouts.lastEventId();
    QVERIFY(lockouts
                .record({QStringLiteral("203.0.113.9"), t0, t0 + 15 * minute, 5,
                         QStringLiteral("wrong password")})
                .ok());
    QVERIFY(
        lockouts
            .record({QStringLiteral("2001:db8::/64"), t0, t0 + minute, 5, QStringLiteral("unknown username")})
            .ok());
    auto active = lockouts.active(t0 + 2 * minute); // the /64 has expired by then
    QVERIFY(active.ok());
    QCOMPARE(active->size(), 1);
    QCOMPARE(active->at(0).address, QStringLiteral("203.0.113.9"));
    QCOMPARE(active->at(0).lockedUntil, t0 + 15 * minute);

    QSqlQuery query(Database::connection(dir.path()).value());
    QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM security_events WHERE kind = 'auth-lockout'")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 2);
    QVERIFY(query.exec(QStringLiteral("SELECT version FROM admin_changes WHERE topic = 'lockouts'")));
    QVERIFY(query.next());
    const qint64 versionBefore = query.value(0).toLongLong();
    query.finish();

    // An address that is not locked out cannot be unlocked; an IPv6 address lifts its /64.
    QVERIFY(!lockouts.unlock(ip("198.51.100.1"), t0 + 2 * minute).ok());
    QVERIFY(lockouts.unlock(ip("203.0.113.9"), t0 + 2 * minute).ok());
    QVERIFY(lockouts.active(t0 + 2 * minute)->isEmpty());
    QVERIFY(lockouts.record({QStringLiteral("2001:db8::/64"), t0, t0 + 15 * minute, 5, QString()}).ok());
    QVERIFY(lockouts.unlock(ip("2001:db8::42"), t0 + 2 * minute).ok());

    qint64 cursor = startEvents;
    const auto events = lockouts.eventsSince(&cursor);
    QVERIFY(events.ok());
    QStringList seen;
    for (const LockoutEvent& event : events.value())
        seen << (event.lifted ? QStringLiteral("lifted ") : QStringLiteral("locked ")) + event.address;
    QCOMPARE(seen, (QStringList{QStringLiteral("locked 203.0.113.9"), QStringLiteral("locked 2001:db8::/64"),
                                QStringLiteral("lifted 203.0.113.9"), QStringLiteral("locked 2001:db8::/64"),
                                QStringLiteral("lifted 2001:db8::/64")}));
    QCOMPARE(events->at(0).lockedUntil, 0); // lifted since: its row is gone
    QCOMPARE(cursor, lockouts.lastEventId());
    QVERIFY(lockouts.eventsSince(&cursor)->isEmpty());
    // Two unlocks and a lockout, each told to the running engines.
    QVERIFY(query.exec(QStringLiteral("SELECT version FROM admin_changes WHERE topic = 'lockouts'")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toLongLong(), versionBefore + 3);
    query.finish();
    // A lockout still in force carries its end.
    QVERIFY(lockouts.record({QStringLiteral("192.0.2.77"), t0, t0 + 15 * minute, 5, QString()}).ok());
    const auto started = lockouts.eventsSince(&cursor);
    QVERIFY(started.ok());
    QCOMPARE(started->size(), 1);
    QVERIFY(!started->first().lifted);
    QCOMPARE(started->first().lockedUntil, t0 + 15 * minute);
}

void TestAuthThrottle::restoredLockAndUnlock()
{
    AuthThrottle throttle;
    throttle.lock(AuthThrottle::keyOf(ip("203.0.113.9")), t0 + minute);
    QVERIFY(throttle.isLockedOut(ip("203.0.113.9"), t0));
    QVERIFY(!throttle.isLockedOut(ip("203.0.113.9"), t0 + minute));
    throttle.lock(AuthThrottle::keyOf(ip("2001:db8::1")), t0 + minute);
    QVERIFY(throttle.isLockedOut(ip("2001:db8::ffff"), t0));
    throttle.unlock(QStringLiteral("2001:db8::/64"));
    QVERIFY(!throttle.isLockedOut(ip("2001:db8::1"), t0));
    QVERIFY(throttle.isLockedOut(ip("203.0.113.9"), t0));
}

void TestAuthThrottle::attemptsInFlightAreBoundedPerAddress()
{
    AuthThrottle throttle;
    throttle.configure(5, 15 * minute, 15 * minute, 3);
    for (int i = 0; i < 3; ++i)
        QVERIFY(throttle.beginAttempt(ip("203.0.113.9")));
    QVERIFY(!throttle.beginAttempt(ip("203.0.113.9")));
    QVERIFY(throttle.beginAttempt(ip("203.0.113.10"))); // another address has its own slots
    throttle.endAttempt(ip("203.0.113.9"));
    QVERIFY(throttle.beginAttempt(ip("203.0.113.9")));
    QVERIFY(!throttle.beginAttempt(ip("203.0.113.9")));
}

QTEST_GUILESS_MAIN(TestAuthThrottle)
#include "tst_auththrottle.moc"

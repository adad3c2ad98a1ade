#include "core/delivery/retryschedule.h"
#include "core/store/settings.h"
#include "tests/support/tempdatadir.h"

#include <QTest>

using namespace RelayDesk;

/// Backoff, jitter bounds, the give-up deadline and the delay notice, all with explicit times.
class TestRetrySchedule : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void doublesFromFirstToMax()
    {
        const RetrySchedule schedule; // defaults: 300 s doubling to 3600 s
        QCOMPARE(schedule.baseDelayMs(1), 300'000);
        QCOMPARE(schedule.baseDelayMs(2), 600'000);
        QCOMPARE(schedule.baseDelayMs(3), 1'200'000);
        QCOMPARE(schedule.baseDelayMs(4), 2'400'000);
        QCOMPARE(schedule.baseDelayMs(5), 3'600'000);
        QCOMPARE(schedule.baseDelayMs(60), 3'600'000);
    }

    void jitterIsSmallAndOnlyLengthens()
    {
        const RetrySchedule schedule;
        const qint64 received = 1'000'000;
        const qint64 now = received + 10'000;
        QCOMPARE(schedule.nextAttemptAt(now, 1, received, 0.0), now + 300'000);
        QCOMPARE(schedule.nextAttemptAt(now, 1, received, 0.999999), now + 329'999);
        for (int i = 0; i < 200; ++i) {
            const qint64 next = schedule.nextAttemptAt(now, 2, received);
            QVERIFY(next >= now + 600'000);
            QVERIFY(next <= now + 660'000);
        }
    }

    void lastTryIsAtTheDeadline()
    {
        RetrySchedule::Policy policy;
        policy.firstMs = 1000;
        policy.maxMs = 60'000;
        policy.giveUpAfterMs = 100'000;
        const RetrySchedule schedule(policy);
        const qint64 received = 5'000'000;
        // 90 s into a 100 s budget: a 60 s wait would overshoot, so the next try is at the deadline.
        QCOMPARE(schedule.nextAttemptAt(received + 90'000, 10, received, 0.0), received + 100'000);
        QVERIFY(!schedule.shouldGiveUp(received, received + 99'999));
        QVERIFY(schedule.shouldGiveUp(received, received + 100'000));
    }

    void delayNotice()
    {
        RetrySchedule::Policy policy;
        policy.delayNoticeAfterMs = 4 * 3600 * 1000;
        QVERIFY(!RetrySchedule(policy).delayNoticeDue(0, 4 * 3600 * 1000 - 1));
        QVERIFY(RetrySchedule(policy).delayNoticeDue(0, 4 * 3600 * 1000));
        policy.delayNoticeAfterMs = 0;
        QVERIFY(!RetrySchedule(policy).delayNoticeDue(0, 365LL * 86400 * 1000));
    }

    void readsSettings()
    {
        Test::TempDataDir dir;
        QVERIFY(dir.isValid());
        Settings settings(dir.path());
        RetrySchedule defaults = RetrySchedule::fromSettings(settings);
        QCOMPARE(defaults.policy().firstMs, 300'000);
        QCOMPARE(defaults.policy().maxMs, 3'600'000);
        QCOMPARE(defaults.policy().giveUpAfterMs, 432'000'000);
        QCOMPARE(defaults.policy().delayNoticeAfterMs, 14'400'000);

        QVERIFY(settings.set(QStringLiteral("delivery.retry_first"), QStringLiteral("2")));
        QVERIFY(settings.set(QStringLiteral("delivery.retry_max"), QStringLiteral("8")));
        QVERIFY(settings.set(QStringLiteral("delivery.delay_notice_after"), QStringLiteral("0")));
        QVERIFY(!settings.set(QStringLiteral("delivery.retry_first"), QStringLiteral("0")));
        QVERIFY(!settings.set(QStringLiteral("delivery.delay_notice_after"), QStringLiteral("-1")));
        const RetrySchedule custom = RetrySchedule::fromSettings(settings);
        QCOMPARE(custom.baseDelayMs(1), 2000);
        QCOMPARE(custom.baseDelayMs(3), 8000);
        QCOMPARE(custom.baseDelayMs(4), 8000);
        QVERIFY(!custom.delayNoticeDue(0, 1'000'000'000));
    }
};

QTEST_GUILESS_MAIN(TestRetrySchedule)
#include "tst_retryschedule.moc"

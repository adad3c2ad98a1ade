// Recipients deferred by one attempt wait for the same moment (OutcomeRecorder draws one jitter an attempt),
// so that the retry sends them together, in one transaction. Each recipient had a jitter of its own: an
// outside tester's five recipients, answered 452 4.5.3 by a server that takes two a transaction, came back in
// five transactions at five moments.
#include "core/delivery/outcomerecorder.h"
#include "core/store/database.h"
#include "tests/support/queuefixture.h"
#include "tests/support/tempdatadir.h"

#include <QTest>

using namespace RelayDesk;

/// OutcomeRecorder::record of one attempt for several recipients, against a real SQLite store.
class TestRetryTogether : public QObject
{
    Q_OBJECT

    static constexpr qint64 received = 1'800'000'000'000;

    static OutcomeRecorder::Context context(qint64 now)
    {
        RetrySchedule::Policy policy;
        policy.firstMs = 600'000; // the jitter spreads over a tenth of it: up to a minute
        policy.maxMs = 3'600'000;
        policy.giveUpAfterMs = 5 * 86'400'000LL;
        policy.delayNoticeAfterMs = 0;
        return {RetrySchedule(policy), QStringLiteral("relay.example.net"), now, false};
    }

private Q_SLOTS:
    void theRecipientsOneAttemptDeferredAreTriedAgainTogether()
    {
        Test::TempDataDir dir;
        Test::QueueFixture f(dir.path());
        const qint64 agent = f.addAgent(QStringLiteral("office"));
        QStringList recipients;
        for (int i = 1; i <= 5; ++i)
            recipients << QStringLiteral("f%1@example.test").arg(i);
        const qint64 msg = f.addMessage(QStringLiteral("q1"), agent, QStringLiteral("app@office.example"),
                                        recipients, received);
        auto db = Database::connection(dir.path()).value();

        DeliveryAttemptResult r;
        r.job.messageId = msg;
        r.job.queueId = QStringLiteral("q1");
        r.route = QStringLiteral("route");
        r.host = QStringLiteral("127.0.0.1");
        r.startedMs = received + 1000;
        for (int i = 0; i < recipients.size(); ++i) {
            const qint64 id =
                f.scalar(QStringLiteral("SELECT id FROM recipients WHERE address = ?"), {recipients.at(i)})
                    .toLongLong();
            r.outcomes.append({id, QByteArray(),
                               i < 2 ? SmtpReply::make(250, "2.0.0", "OK")
                                     : SmtpReply::make(452, "4.5.3", "too many recipients")});
        }
        const auto recorded = OutcomeRecorder::record(db, r, context(received + 2000));
        QVERIFY2(recorded.ok(), qPrintable(recorded.error()));

        QCOMPARE(
            f.scalar(QStringLiteral("SELECT COUNT(*) FROM recipients WHERE state = 'delivered'")).toInt(), 2);
        QCOMPARE(f.scalar(QStringLiteral("SELECT COUNT(*) FROM recipients WHERE state = 'deferred'")).toInt(),
                 3);
        // One moment for the three, at least the first retry's wait away.
        QCOMPARE(f.scalar(QStringLiteral("SELECT COUNT(DISTINCT next_attempt_at) FROM recipients"
                                         " WHERE state = 'deferred'"))
                     .toInt(),
                 1);
        QVERIFY(
            f.scalar(QStringLiteral("SELECT MIN(next_attempt_at) FROM recipients WHERE state = 'deferred'"))
                .toLongLong() >= received + 2000 + 600'000);
    }
};

QTEST_GUILESS_MAIN(TestRetryTogether)
#include "tst_retrytogether.moc"

// A message whose time ran out (delivery.give_up_after) gives up its recipients still waiting for a retry
// together, in one failure notice to its sender (OutcomeRecorder, docs/reliability.md): each recipient used
// to give up at its own next attempt, one notice each (an outside tester's message to ten greylisted
// recipients brought its sender ten notices).
#include "core/delivery/outcomerecorder.h"
#include "core/store/database.h"
#include "tests/support/queuefixture.h"
#include "tests/support/tempdatadir.h"

#include <QTest>

using namespace RelayDesk;

/// OutcomeRecorder::record on a message past its give-up time, against a real SQLite store.
class TestExpiredNotice : public QObject
{
    Q_OBJECT

    static constexpr qint64 received = 1'800'000'000'000;
    static constexpr qint64 giveUpMs = 15 * 60'000;

    static OutcomeRecorder::Context context(qint64 now)
    {
        RetrySchedule::Policy policy;
        policy.firstMs = 60'000;
        policy.maxMs = 120'000;
        policy.giveUpAfterMs = giveUpMs;
        policy.delayNoticeAfterMs = 0;
        return {RetrySchedule(policy), QStringLiteral("relay.example.net"), now, false};
    }

    static DeliveryAttemptResult attempt(qint64 messageId, qint64 recipientId, int code, const char* enhanced,
                                         const char* text, qint64 at)
    {
        DeliveryAttemptResult r;
        r.job.messageId = messageId;
        r.job.queueId = QStringLiteral("q1");
        r.route = QStringLiteral("mx");
        r.host = QStringLiteral("mx.customer.example");
        r.startedMs = at;
        r.outcomes.append({recipientId, QByteArray(), SmtpReply::make(code, enhanced, text)});
        return r;
    }

private Q_SLOTS:
    void theWaitingRecipientsOfAnExpiredMessageShareOneNotice()
    {
        Test::TempDataDir dir;
        Test::QueueFixture f(dir.path());
        const qint64 agent = f.addAgent(QStringLiteral("compta"));
        QStringList recipients;
        for (int i = 1; i <= 4; ++i)
            recipients << QStringLiteral("grey%1@customer.example").arg(i);
        recipients << QStringLiteral("ok@customer.example") << QStringLiteral("busy@customer.example");
        const qint64 msg = f.addMessage(QStringLiteral("q1"), agent, QStringLiteral("compta@bureau.example"),
                                        recipients, received);
        auto db = Database::connection(dir.path()).value();
        auto idOf = [&](const QString& address) {
            return f.scalar(QStringLiteral("SELECT id FROM recipients WHERE address = ?"), {address})
                .toLongLong();
        };
        // Each greylisted on its own schedule; one delivered; one in flight on another connection now.
        for (int i = 1; i <= 4; ++i) {
            const auto first = OutcomeRecorder::record(
                db, attempt(msg, idOf(recipients.at(i - 1)), 451, "4.7.1", "Greylisted", received + i * 1000),
                context(received + i * 1000));
            QVERIFY2(first.ok(), qPrintable(first.error()));
            QCOMPARE(first->dsnQueueIds.size(), 0);
        }
        QVERIFY(OutcomeRecorder::record(db,
                                        attempt(msg, idOf(QStringLiteral("ok@customer.example")), 250,
                                                "2.0.0", "OK", received + 5000),
                                        context(received + 5000))
                    .ok());
        f.scalar(QStringLiteral("UPDATE recipients SET state = 'deferred', lease_node = 'other-node',"
                                " lease_expires = ? WHERE address = 'busy@customer.example'"),
                 {received + giveUpMs + 60'000});

        // grey1's attempt after the give-up time: it and grey2..grey4 go, in one notice; ok@ is delivered and
        // busy@'s own attempt is still running.
        const qint64 late = received + giveUpMs + 1000;
        const auto expired = OutcomeRecorder::record(
            db, attempt(msg, idOf(recipients.at(0)), 451, "4.7.1", "Greylisted", late), context(late));
        QVERIFY2(expired.ok(), qPrintable(expired.error()));
        // busy@ is being delivered by the other node: the notice waits for that attempt (FailureReports).
        QCOMPARE(expired->dsnQueueIds.size(), 0);
        QCOMPARE(expired->failuresHeld, 4);
        QCOMPARE(expired->bounced, 4);
        QCOMPARE(expired->expired.size(), 4);
        QCOMPARE(expired->expiredWith.size(), 3);
        for (int i = 1; i <= 4; ++i) {
            QCOMPARE(f.state(recipients.at(i - 1)), QStringLiteral("bounced"));
            QCOMPARE(f.scalar(QStringLiteral("SELECT last_enhanced FROM recipients WHERE address = ?"),
                              {recipients.at(i - 1)})
                         .toString(),
                     QStringLiteral("4.4.7"));
        }
        QCOMPARE(f.scalar(QStringLiteral("SELECT last_reply FROM recipients WHERE address = ?"),
                          {recipients.at(2)})
                     .toString(),
                 QStringLiteral("delivery time expired; last reply: 451 4.7.1 Greylisted"));
        QCOMPARE(f.state(QStringLiteral("ok@customer.example")), QStringLiteral("delivered"));
        QCOMPARE(f.state(QStringLiteral("busy@customer.example")), QStringLiteral("deferred"));
        // The relay's own decision in the delivery log: route "expiry", no host, the last reply kept.
        QCOMPARE(f.scalar(QStringLiteral("SELECT COUNT(*) FROM delivery_attempts WHERE route = 'expiry'"
                                         " AND status = 'bounced' AND host = '' AND enhanced = '4.4.7'"))
                     .toInt(),
                 3);
        // busy@'s own attempt ends later: given up too, and the one notice names all five.
        const auto last = OutcomeRecorder::record(db,
                                                  attempt(msg, idOf(QStringLiteral("busy@customer.example")),
                                                          451, "4.7.1", "Greylisted", late + 500),
                                                  context(late + 500));
        QVERIFY(last.ok());
        QCOMPARE(last->dsnQueueIds.size(), 1);
        QCOMPARE(last->expiredWith.size(), 0);
        QCOMPARE(f.scalar(QStringLiteral("SELECT COUNT(*) FROM messages WHERE listener = 'dsn'")).toInt(), 1);
        QCOMPARE(f.scalar(QStringLiteral("SELECT failures_held FROM messages WHERE id = ?"), {msg}).toInt(),
                 0);
        // The one notice names the four and busy@, each "Action: failed" with 4.4.7 (RFC 3464 2.3.3, RFC
        // 3463 4.4.7).
        const QByteArray notice =
            f.scalar(
                 QStringLiteral("SELECT b.body FROM message_bodies b JOIN messages m ON m.id = b.message_id"
                                " WHERE m.queue_id = ?"),
                 {last->dsnQueueIds.first()})
                .toByteArray();
        for (int i = 1; i <= 4; ++i) {
            const QByteArray named =
                "Final-Recipient: rfc822; grey" + QByteArray::number(i) + "@customer.example";
            QVERIFY2(notice.contains(named), notice.constData());
        }
        QCOMPARE(notice.count("Action: failed"), 5);
        QCOMPARE(notice.count("Status: 4.4.7"), 5);
        QVERIFY(notice.contains("Final-Recipient: rfc822; busy@customer.example"));
    }
};

QTEST_GUILESS_MAIN(TestExpiredNotice)
#include "tst_expirednotice.moc"

#include "core/delivery/outcomerecorder.h"
#include "core/query/deliveryattemptquery.h"
#include "core/store/database.h"
#include "core/store/retentionpurge.h"
#include "core/store/settings.h"
#include "tests/support/queuefixture.h"
#include "tests/support/tempdatadir.h"

#include <QTest>

using namespace RelayDesk;

/// What leaves the store and when: a body with its last final recipient (in the recording transaction),
/// and old bodies and log rows in small purge batches.
class TestRetentionPurge : public QObject
{
    Q_OBJECT

    static constexpr qint64 received = 1'800'000'000'000;
    static constexpr qint64 day = 86'400'000;

    static DeliveryAttemptResult result(qint64 messageId, const QString& queueId, qint64 recipientId,
                                        const SmtpReply& reply)
    {
        DeliveryAttemptResult r;
        r.job.messageId = messageId;
        r.job.queueId = queueId;
        r.route = QStringLiteral("smarthost");
        r.host = QStringLiteral("mx.example.com");
        r.startedMs = received + 1000;
        r.outcomes.append({recipientId, QByteArray(), reply});
        return r;
    }

    static OutcomeRecorder::Context context(qint64 now, bool keepBodies = false)
    {
        return {RetrySchedule(), QStringLiteral("relay.example.net"), now, keepBodies};
    }

    static qint64 recipientId(Test::QueueFixture& f, const QString& address)
    {
        return f.scalar(QStringLiteral("SELECT id FROM recipients WHERE address = ?"), {address})
            .toLongLong();
    }

    static int count(Test::QueueFixture& f, const QString& table)
    {
        return f.scalar(QStringLiteral("SELECT COUNT(*) FROM ") + table).toInt();
    }

    /// n delivery_attempts rows started at `at`, and n security events at `at`.
    static void addLogRows(Test::QueueFixture& f, int n, qint64 at)
    {
        f.scalar(QStringLiteral(
                     "INSERT INTO delivery_attempts(attempt_key, message_id, queue_id, agent_name, sender,"
                     " recipient_id, recipient, status, started_at) WITH RECURSIVE n(i) AS (SELECT 1 UNION"
                     " ALL SELECT i + 1 FROM n WHERE i < ?) SELECT 'k' || i, i, 'q' || i, 'a', 's', i, 'r',"
                     " 'delivered', ? FROM n"),
                 {n, at});
        f.scalar(
            QStringLiteral("INSERT INTO security_events(at, kind, address, detail) WITH RECURSIVE n(i) AS"
                           " (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?) SELECT ?, 'auth', "
                           "'192.0.2.1', '' FROM n"),
            {n, at});
    }

private Q_SLOTS:
    void bodyLeavesWithTheLastFinalRecipient()
    {
        Test::TempDataDir dir;
        Test::QueueFixture f(dir.path());
        const qint64 agent = f.addAgent(QStringLiteral("billing"));
        const qint64 msg =
            f.addMessage(QStringLiteral("q1"), agent, QStringLiteral("app@example.org"),
                         {QStringLiteral("ok@example.com"), QStringLiteral("busy@example.net")}, received);
        auto db = Database::connection(dir.path()).value();
        const auto ok = result(msg, QStringLiteral("q1"), recipientId(f, QStringLiteral("ok@example.com")),
                               SmtpReply::make(250, "2.0.0", "OK"));
        QVERIFY(OutcomeRecorder::record(db, ok, context(received + 2000)).ok());
        // One recipient still pending: the body stays, the message is not final.
        QCOMPARE(count(f, QStringLiteral("message_bodies")), 1);
        QVERIFY(f.scalar(QStringLiteral("SELECT final_at FROM messages WHERE id = ?"), {msg}).isNull());

        auto busy = result(msg, QStringLiteral("q1"), recipientId(f, QStringLiteral("busy@example.net")),
                           SmtpReply::make(451, "4.3.0", "Later"));
        QVERIFY(OutcomeRecorder::record(db, busy, context(received + 3000)).ok());
        QCOMPARE(count(f, QStringLiteral("message_bodies")), 1); // deferred is not final

        busy.outcomes.first().reply = SmtpReply::make(250, "2.0.0", "OK");
        QVERIFY(OutcomeRecorder::record(db, busy, context(received + 4000)).ok());
        QCOMPARE(count(f, QStringLiteral("message_bodies")), 0);
        QCOMPARE(f.scalar(QStringLiteral("SELECT final_at FROM messages WHERE id = ?"), {msg}).toLongLong(),
                 received + 4000);
        // The envelope, the recipients' outcomes and the log stay.
        QCOMPARE(count(f, QStringLiteral("messages")), 1);
        QCOMPARE(f.state(QStringLiteral("busy@example.net")), QStringLiteral("delivered"));
        const auto attempts = DeliveryAttemptQuery(dir.path()).ofMessage(msg);
        QVERIFY(attempts.ok());
        QCOMPARE(attempts->size(), 3);
    }

    void bounceQuotesTheOriginalBeforeItGoes()
    {
        Test::TempDataDir dir;
        Test::QueueFixture f(dir.path());
        const qint64 agent = f.addAgent(QStringLiteral("billing"));
        const qint64 msg = f.addMessage(QStringLiteral("q1"), agent, QStringLiteral("app@example.org"),
                                        {QStringLiteral("gone@example.com")}, received);
        auto db = Database::connection(dir.path()).value();
        const auto summary = OutcomeRecorder::bounceNow(db, msg, context(received + 2000));
        QVERIFY2(summary.ok(), qPrintable(summary.error()));
        QCOMPARE(summary->dsnQueueIds.size(), 1);
        // The original's body is gone; the DSN (still queued, so with its body) quotes its header.
        QVERIFY(f.scalar(QStringLiteral("SELECT COUNT(*) FROM message_bodies WHERE message_id = ?"), {msg})
                    .toInt() == 0);
        const QByteArray dsn =
            f.scalar(QStringLiteral("SELECT b.body FROM message_bodies b JOIN messages m ON"
                                    " m.id = b.message_id WHERE m.queue_id = ?"),
                     {summary->dsnQueueIds.first()})
                .toByteArray();
        QVERIFY2(dsn.contains("Message-ID: <t1@example.org>"), dsn.constData());

        // The DSN itself (null sender, no DSN about it) loses its body once delivered.
        const qint64 dsnId = f.scalar(QStringLiteral("SELECT id FROM messages WHERE queue_id = ?"),
                                      {summary->dsnQueueIds.first()})
                                 .toLongLong();
        const qint64 dsnRecipient =
            f.scalar(QStringLiteral("SELECT id FROM recipients WHERE message_id = ?"), {dsnId}).toLongLong();
        const auto delivered =
            result(dsnId, summary->dsnQueueIds.first(), dsnRecipient, SmtpReply::make(250, "2.0.0", "OK"));
        QVERIFY(OutcomeRecorder::record(db, delivered, context(received + 3000)).ok());
        QCOMPARE(count(f, QStringLiteral("message_bodies")), 0);
    }

    void suppressedLastRecipientRemovesTheBody()
    {
        Test::TempDataDir dir;
        Test::QueueFixture f(dir.path());
        const qint64 agent = f.addAgent(QStringLiteral("billing"));
        const qint64 msg = f.addMessage(QStringLiteral("q1"), agent, QStringLiteral("app@example.org"),
                                        {QStringLiteral("gone@example.com")}, received);
        auto db = Database::connection(dir.path()).value();
        const QList<SuppressedRecipient> skipped = {{recipientId(f, QStringLiteral("gone@example.com")), msg,
                                                     QStringLiteral("gone@example.com"),
                                                     QStringLiteral("550 5.1.1")}};
        const auto summary = OutcomeRecorder::recordSuppressed(db, skipped, context(received + 2000));
        QVERIFY(summary.ok());
        // The original's body goes in the same transaction, after the DSN to its sender (RFC 5321 6.1) quoted
        // its headers; what is left is the DSN's own.
        QCOMPARE(f.scalar(QStringLiteral("SELECT COUNT(*) FROM message_bodies WHERE message_id = ?"), {msg})
                     .toInt(),
                 0);
        QCOMPARE(summary->dsnQueueIds.size(), 1);
        QCOMPARE(count(f, QStringLiteral("message_bodies")), 1);
    }

    /// Message q1 of agent billing, its one recipient delivered at final with its body kept
    /// (retention.bodies).
    static void deliverKeepingTheBody(Test::QueueFixture& f, QSqlDatabase& db, qint64 final)
    {
        const qint64 agent = f.addAgent(QStringLiteral("billing"));
        const qint64 msg = f.addMessage(QStringLiteral("q1"), agent, QStringLiteral("app@example.org"),
                                        {QStringLiteral("ok@example.com")}, received);
        const auto ok = result(msg, QStringLiteral("q1"), recipientId(f, QStringLiteral("ok@example.com")),
                               SmtpReply::make(250, "2.0.0", "OK"));
        QVERIFY(OutcomeRecorder::record(db, ok, context(final, true)).ok());
    }

    void keptBodiesLeaveAfterTheirDays()
    {
        Test::TempDataDir dir;
        Test::QueueFixture f(dir.path());
        auto db = Database::connection(dir.path()).value();
        const qint64 final = received + 2000;
        deliverKeepingTheBody(f, db, final);
        QCOMPARE(count(f, QStringLiteral("message_bodies")), 1);

        RetentionPolicy policy;
        policy.bodyDays = 7;
        // Six days later the body is still kept; eight days later the purge removes it, not the log.
        auto batch = RetentionPurge::purgeBatch(db, policy.bodyCutoff(final + 6 * day),
                                                policy.logCutoff(final + 6 * day));
        QVERIFY(batch.ok());
        QCOMPARE(batch->total(), 0);
        batch = RetentionPurge::purgeBatch(db, policy.bodyCutoff(final + 8 * day),
                                           policy.logCutoff(final + 8 * day));
        QVERIFY(batch.ok());
        QCOMPARE(batch->bodies, 1);
        QCOMPARE(batch->messages + batch->attempts, 0);
        QCOMPARE(count(f, QStringLiteral("message_bodies")), 0);
        QCOMPARE(count(f, QStringLiteral("messages")), 1);
        QCOMPARE(count(f, QStringLiteral("delivery_attempts")), 1);
    }

    void aPurgedMessageCountsItsKeptBody()
    {
        // An outside tester: `log purge --before 1s` with retention.bodies 7 removed a delivered message and
        // the body kept for it (through the cascade), and reported "0 message bodies".
        Test::TempDataDir dir;
        Test::QueueFixture f(dir.path());
        auto db = Database::connection(dir.path()).value();
        const qint64 final = received + 2000;
        deliverKeepingTheBody(f, db, final);
        QCOMPARE(count(f, QStringLiteral("message_bodies")), 1);
        RetentionPolicy policy;
        policy.bodyDays = 7;
        // The log's cutoff (an explicit --before) is after the message became final; the body's is not.
        const auto batch = RetentionPurge::purgeBatch(db, policy.bodyCutoff(final + 1000), final + 1000);
        QVERIFY2(batch.ok(), qPrintable(batch.error()));
        QCOMPARE(batch->bodies, 1);
        QCOMPARE(batch->messages, 1);
        QCOMPARE(batch->attempts, 1);
        QCOMPARE(count(f, QStringLiteral("message_bodies")), 0);
        QCOMPARE(count(f, QStringLiteral("messages")), 0);
    }

    void largeBodiesLeaveAFewMegabytesAtATime()
    {
        // A disk filled by kept bodies of 400 KB: a batch of 250 of them needed 100 MB of free disk for its
        // write-ahead log, and the relay could not free the room its own bodies took (an outside tester).
        Test::TempDataDir dir;
        Test::QueueFixture f(dir.path());
        const qint64 agent = f.addAgent(QStringLiteral("billing"));
        const QByteArray big(1024 * 1024, 'x');
        for (int i = 0; i < 10; ++i)
            f.addMessage(QStringLiteral("big%1").arg(i), agent, QStringLiteral("app@example.org"),
                         {QStringLiteral("r%1@example.com").arg(i)}, received - day, big);
        f.scalar(QStringLiteral("UPDATE recipients SET state = 'delivered'"));
        f.scalar(QStringLiteral("UPDATE messages SET final_at = ?"), {received - day});
        auto db = Database::connection(dir.path()).value();
        const RetentionPolicy policy; // bodies not kept
        int batches = 0;
        PurgeCounts total;
        for (;;) {
            QVERIFY(++batches < 10);
            const auto batch =
                RetentionPurge::purgeBatch(db, policy.bodyCutoff(received), policy.logCutoff(received));
            QVERIFY2(batch.ok(), qPrintable(batch.error()));
            QVERIFY2(qint64(batch->bodies) * big.size() <= RetentionPurge::kBatchBodyBytes,
                     qPrintable(QString::number(batch->bodies)));
            total += batch.value();
            if (!RetentionPurge::mayHaveMore(batch.value()))
                break;
        }
        QCOMPARE(total.bodies, 10);
        QCOMPARE(batches, 3); // 4 + 4 + 2 bodies of 1 MiB
        QCOMPARE(count(f, QStringLiteral("message_bodies")), 0);
    }

    void logRowsLeaveInBatchesAfterRetention()
    {
        Test::TempDataDir dir;
        Test::QueueFixture f(dir.path());
        const qint64 agent = f.addAgent(QStringLiteral("billing"));
        const qint64 old = received - 100 * day;
        // 300 final messages from 100 days ago, one still pending from then, one final from yesterday.
        for (int i = 0; i < 300; ++i)
            f.addMessage(QStringLiteral("old%1").arg(i), agent, QStringLiteral("app@example.org"),
                         {QStringLiteral("r%1@example.com").arg(i)}, old);
        f.scalar(QStringLiteral("UPDATE recipients SET state = 'delivered'"));
        f.scalar(QStringLiteral("UPDATE messages SET final_at = ?"), {old});
        f.addMessage(QStringLiteral("pending"), agent, QStringLiteral("app@example.org"),
                     {QStringLiteral("p@example.com")}, old);
        f.addMessage(QStringLiteral("recent"), agent, QStringLiteral("app@example.org"),
                     {QStringLiteral("n@example.com")}, received - day);
        f.scalar(QStringLiteral("UPDATE recipients SET state = 'bounced' WHERE address = 'n@example.com'"));
        f.scalar(QStringLiteral("UPDATE messages SET final_at = ? WHERE queue_id = 'recent'"),
                 {received - day});
        addLogRows(f, 600, old);
        addLogRows(f, 5, received - day);

        auto db = Database::connection(dir.path()).value();
        const RetentionPolicy policy; // 0 days of bodies, 90 days of log
        PurgeCounts total;
        int batches = 0;
        for (;;) {
            QVERIFY(++batches < 10);
            const auto batch =
                RetentionPurge::purgeBatch(db, policy.bodyCutoff(received), policy.logCutoff(received), 250);
            QVERIFY2(batch.ok(), qPrintable(batch.error()));
            QVERIFY(batch->messages <= 250 && batch->attempts <= 250 && batch->events <= 250);
            total += batch.value();
            if (!RetentionPurge::mayHaveMore(batch.value(), 250))
                break;
        }
        QCOMPARE(batches, 3); // 250 + 250 + 99 attempts
        QCOMPARE(total.messages, 300);
        // One of the old attempts is the pending recipient's (addLogRows numbers its rows' recipients 1 to
        // 600): it stays while that recipient waits.
        const qint64 pending = recipientId(f, QStringLiteral("p@example.com"));
        QVERIFY(pending >= 1 && pending <= 600);
        QCOMPARE(total.attempts, 599);
        QCOMPARE(f.scalar(QStringLiteral("SELECT COUNT(*) FROM delivery_attempts WHERE recipient_id = ?"),
                          {pending})
                     .toInt(),
                 1);
        QCOMPARE(total.events, 600);
        // The fixture leaves bodies of final messages (as a store written before retention did): the body
        // rule removes all 301, before the messages rule reaches the old ones.
        QCOMPARE(total.bodies, 301);
        // Left: the pending message (with its body), the recent one's envelope, and the recent log rows.
        QCOMPARE(f.scalar(QStringLiteral("SELECT COUNT(*) FROM messages")).toInt(), 2);
        QCOMPARE(f.scalar(QStringLiteral("SELECT queue_id FROM messages ORDER BY id LIMIT 1")).toString(),
                 QStringLiteral("pending"));
        QCOMPARE(
            f.scalar(QStringLiteral("SELECT queue_id FROM messages ORDER BY id DESC LIMIT 1")).toString(),
            QStringLiteral("recent"));
        QCOMPARE(count(f, QStringLiteral("recipients")), 2);
        QCOMPARE(count(f, QStringLiteral("message_bodies")), 1);
        QCOMPARE(count(f, QStringLiteral("delivery_attempts")), 6);
        QCOMPARE(count(f, QStringLiteral("security_events")), 5);
        // Once the recipient is final, its old attempt goes with the next purge.
        f.scalar(QStringLiteral("UPDATE recipients SET state = 'delivered' WHERE id = ?"), {pending});
        const auto after =
            RetentionPurge::purgeBatch(db, policy.bodyCutoff(received), policy.logCutoff(received), 250);
        QVERIFY2(after.ok(), qPrintable(after.error()));
        QCOMPARE(after->attempts, 1);
    }

    void settingsAreWholeDays()
    {
        Test::TempDataDir dir;
        Settings settings(dir.path());
        QCOMPARE(settings.value(QStringLiteral("retention.bodies")), QStringLiteral("0"));
        QCOMPARE(settings.value(QStringLiteral("retention.log")), QStringLiteral("90"));
        for (const char* bad : {"-1", "1.5", "7d", "", "36501"}) {
            QVERIFY2(!settings.set(QStringLiteral("retention.log"), QString::fromLatin1(bad)), bad);
            QVERIFY2(!settings.set(QStringLiteral("retention.bodies"), QString::fromLatin1(bad)), bad);
        }
        QVERIFY(settings.set(QStringLiteral("retention.bodies"), QStringLiteral("14")));
        const RetentionPolicy policy = RetentionPolicy::fromSettings(settings);
        QCOMPARE(policy.bodyDays, 14);
        QVERIFY(policy.keepsBodies());
        QCOMPARE(policy.logDays, 90);
    }
};

QTEST_GUILESS_MAIN(TestRetentionPurge)
#include "tst_retentionpurge.moc"

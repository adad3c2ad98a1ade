// One failure notice per message (FailureReports, OutcomeRecorder): an outside tester's sender got two
// notices for one message that failed at two domains, one for each domain's attempt.
#include "core/delivery/failurereports.h"
#include "core/delivery/outcomerecorder.h"
#include "core/store/database.h"
#include "tests/support/queuefixture.h"
#include "tests/support/tempdatadir.h"

#include <QTest>

using namespace RelayDesk;

/// OutcomeRecorder::record and reportHeldFailures against a real SQLite store, with the queue runner's
/// count of jobs under way given in the context.
class TestFailureReports : public QObject
{
    Q_OBJECT

    static constexpr qint64 received = 1'800'000'000'000;

    static OutcomeRecorder::Context context(qint64 now, QHash<qint64, int> underWay = {})
    {
        OutcomeRecorder::Context c{RetrySchedule(RetrySchedule::Policy()),
                                   QStringLiteral("relay.example.net"), now, false};
        c.node = QStringLiteral("this-node");
        c.jobsUnderWay = std::move(underWay);
        return c;
    }

    static DeliveryAttemptResult attempt(qint64 messageId, qint64 recipientId, const QString& host, int code,
                                         const char* enhanced, const char* text, qint64 at)
    {
        DeliveryAttemptResult r;
        r.job.messageId = messageId;
        r.job.queueId = QStringLiteral("q1");
        r.route = QStringLiteral("mx");
        r.host = host;
        r.startedMs = at;
        SmtpReply reply = SmtpReply::make(code, enhanced, text);
        reply.local = false; // a server's words, as the transport reads them
        reply.toRecipient = true;
        r.outcomes.append({recipientId, QByteArray(), reply});
        return r;
    }

    struct Message
    {
        qint64 id = 0;
        qint64 one = 0; ///< anna@one.example
        qint64 two = 0; ///< bert@two.example
    };

    static Message twoDomains(Test::QueueFixture& f)
    {
        const qint64 agent = f.addAgent(QStringLiteral("shop"));
        Message m;
        m.id =
            f.addMessage(QStringLiteral("q1"), agent, QStringLiteral("orders@shop.example"),
                         {QStringLiteral("anna@one.example"), QStringLiteral("bert@two.example")}, received);
        m.one = f.scalar(QStringLiteral("SELECT id FROM recipients WHERE address = 'anna@one.example'"))
                    .toLongLong();
        m.two = f.scalar(QStringLiteral("SELECT id FROM recipients WHERE address = 'bert@two.example'"))
                    .toLongLong();
        return m;
    }

    static QByteArray noticeBody(Test::QueueFixture& f, const QString& queueId)
    {
        return f
            .scalar(
                QStringLiteral("SELECT b.body FROM message_bodies b JOIN messages m ON m.id = b.message_id"
                               " WHERE m.queue_id = ?"),
                {queueId})
            .toByteArray();
    }

    static int notices(Test::QueueFixture& f)
    {
        return f.scalar(QStringLiteral("SELECT COUNT(*) FROM messages WHERE listener = 'dsn'")).toInt();
    }

private Q_SLOTS:
    void twoDomainsFailingGetOneNotice()
    {
        Test::TempDataDir dir;
        Test::QueueFixture f(dir.path());
        const Message m = twoDomains(f);
        auto db = Database::connection(dir.path()).value();
        // one.example's attempt ends first, while two.example's job is still under way on this node.
        const auto first = OutcomeRecorder::record(
            db,
            attempt(m.id, m.one, QStringLiteral("mx.one.example"), 550, "5.1.1", "No such user", received),
            context(received + 1000, {{m.id, 1}}));
        QVERIFY2(first.ok(), qPrintable(first.error()));
        QCOMPARE(first->bounced, 1);
        QCOMPARE(first->failuresHeld, 1);
        QCOMPARE(first->dsnQueueIds.size(), 0);
        QCOMPARE(f.state(QStringLiteral("anna@one.example")), QStringLiteral("bounced"));
        QCOMPARE(f.scalar(QStringLiteral("SELECT failures_held FROM messages WHERE id = ?"), {m.id}).toInt(),
                 1);
        QCOMPARE(notices(f), 0);

        // two.example's ends last: one notice for both, each with its own server's words.
        const auto last = OutcomeRecorder::record(db,
                                                  attempt(m.id, m.two, QStringLiteral("mx.two.example"), 550,
                                                          "5.7.1", "Relaying denied", received + 2000),
                                                  context(received + 3000));
        QVERIFY2(last.ok(), qPrintable(last.error()));
        QCOMPARE(last->dsnQueueIds.size(), 1);
        QCOMPARE(notices(f), 1);
        const QByteArray notice = noticeBody(f, last->dsnQueueIds.first());
        QCOMPARE(notice.count("Action: failed"), 2);
        for (const char* expected :
             {"Final-Recipient: rfc822; anna@one.example", "Final-Recipient: rfc822; bert@two.example",
              "Remote-MTA: dns; mx.one.example", "Remote-MTA: dns; mx.two.example",
              "Diagnostic-Code: smtp; 550 5.1.1 No such user",
              "Diagnostic-Code: smtp; 550 5.7.1 Relaying denied"})
            QVERIFY2(notice.contains(expected), expected);
        QCOMPARE(f.scalar(QStringLiteral("SELECT failures_held FROM messages WHERE id = ?"), {m.id}).toInt(),
                 0);
        QCOMPARE(f.scalar(QStringLiteral("SELECT COUNT(*) FROM recipients WHERE failure_report IS NOT NULL"))
                     .toInt(),
                 0);
    }

    void aDeliveredLastAttemptSendsTheHeldNotice()
    {
        Test::TempDataDir dir;
        Test::QueueFixture f(dir.path());
        const Message m = twoDomains(f);
        auto db = Database::connection(dir.path()).value();
        QVERIFY(OutcomeRecorder::record(db,
                                        attempt(m.id, m.one, QStringLiteral("mx.one.example"), 550, "5.1.1",
                                                "No such user", received),
                                        context(received + 1000, {{m.id, 1}}))
                    .ok());
        const auto delivered = OutcomeRecorder::record(
            db, attempt(m.id, m.two, QStringLiteral("mx.two.example"), 250, "2.0.0", "OK", received + 2000),
            context(received + 3000));
        QVERIFY2(delivered.ok(), qPrintable(delivered.error()));
        QCOMPARE(delivered->dsnQueueIds.size(), 1);
        const QByteArray notice = noticeBody(f, delivered->dsnQueueIds.first());
        QCOMPARE(notice.count("Action: failed"), 1);
        QVERIFY(notice.contains("Final-Recipient: rfc822; anna@one.example"));
        QVERIFY(!notice.contains("bert@two.example"));
        // Every recipient final: the original's body went in the same transaction, after the notice quoted
        // it.
        QCOMPARE(f.scalar(QStringLiteral("SELECT COUNT(*) FROM message_bodies WHERE message_id = ?"), {m.id})
                     .toInt(),
                 0);
    }

    void anotherNodesLiveLeaseIsUnderWayToo()
    {
        Test::TempDataDir dir;
        Test::QueueFixture f(dir.path());
        const Message m = twoDomains(f);
        auto db = Database::connection(dir.path()).value();
        f.scalar(
            QStringLiteral("UPDATE recipients SET lease_node = 'other-node', lease_expires = ? WHERE id = ?"),
            {received + 60'000, m.two});
        const auto first = OutcomeRecorder::record(
            db,
            attempt(m.id, m.one, QStringLiteral("mx.one.example"), 550, "5.1.1", "No such user", received),
            context(received + 1000));
        QVERIFY(first.ok());
        QCOMPARE(first->dsnQueueIds.size(), 0);
        // This node's own lease is no other attempt; one that ran out is none either.
        QCOMPARE(FailureReports::othersUnderWay(db, m.id, QStringLiteral("other-node"), received + 1000, 0)
                     .value(),
                 false);
        QCOMPARE(FailureReports::othersUnderWay(db, m.id, QStringLiteral("this-node"), received + 61'000, 0)
                     .value(),
                 false);
        QCOMPARE(
            FailureReports::othersUnderWay(db, m.id, QStringLiteral("this-node"), received + 1000, 0).value(),
            true);
    }

    void aStragglerIsReportedOnceNothingIsUnderWay()
    {
        // The last attempt was recorded by another node at the same moment, or a node died delivering it, or
        // its job was withheld: the queue runner's sweep sends the notice once nothing is under way.
        Test::TempDataDir dir;
        Test::QueueFixture f(dir.path());
        const Message m = twoDomains(f);
        auto db = Database::connection(dir.path()).value();
        QVERIFY(OutcomeRecorder::record(db,
                                        attempt(m.id, m.one, QStringLiteral("mx.one.example"), 550, "5.1.1",
                                                "No such user", received),
                                        context(received + 1000, {{m.id, 1}}))
                    .ok());
        const auto stillBusy = OutcomeRecorder::reportHeldFailures(db, context(received + 2000, {{m.id, 1}}));
        QVERIFY(stillBusy.ok());
        QCOMPARE(stillBusy->dsnQueueIds.size(), 0);
        const auto swept = OutcomeRecorder::reportHeldFailures(db, context(received + 70'000));
        QVERIFY2(swept.ok(), qPrintable(swept.error()));
        QCOMPARE(swept->dsnQueueIds.size(), 1);
        QVERIFY(
            noticeBody(f, swept->dsnQueueIds.first()).contains("Final-Recipient: rfc822; anna@one.example"));
        // Once: a second sweep finds nothing held.
        QCOMPARE(OutcomeRecorder::reportHeldFailures(db, context(received + 80'000))->dsnQueueIds.size(), 0);
        QCOMPARE(notices(f), 1);
        // bert@ waits on: its body stays for its delivery.
        QCOMPARE(f.scalar(QStringLiteral("SELECT COUNT(*) FROM message_bodies WHERE message_id = ?"), {m.id})
                     .toInt(),
                 1);
    }

    void aSuppressedRecipientWaitsForTheOtherDomain()
    {
        // The queue pass that skips a suppressed recipient hands out the message's other domain: one notice
        // for both, not one at once and one later (an outside tester got two within a millisecond).
        Test::TempDataDir dir;
        Test::QueueFixture f(dir.path());
        const Message m = twoDomains(f);
        auto db = Database::connection(dir.path()).value();
        const SuppressedRecipient skipped{m.one, m.id, QStringLiteral("anna@one.example"),
                                          QStringLiteral("550 5.1.1 gone"), QStringLiteral("q1")};
        const auto first =
            OutcomeRecorder::recordSuppressed(db, {skipped}, context(received + 1000, {{m.id, 1}}));
        QVERIFY2(first.ok(), qPrintable(first.error()));
        QCOMPARE(first->suppressed, 1);
        QCOMPARE(first->dsnQueueIds.size(), 0);
        QCOMPARE(notices(f), 0);
        const auto last = OutcomeRecorder::record(db,
                                                  attempt(m.id, m.two, QStringLiteral("mx.two.example"), 550,
                                                          "5.7.1", "Relaying denied", received + 2000),
                                                  context(received + 3000));
        QVERIFY2(last.ok(), qPrintable(last.error()));
        QCOMPARE(last->dsnQueueIds.size(), 1);
        const QByteArray notice = noticeBody(f, last->dsnQueueIds.first());
        QCOMPARE(notice.count("Action: failed"), 2);
        QVERIFY(notice.contains("Final-Recipient: rfc822; anna@one.example"));
        QVERIFY(notice.contains("Final-Recipient: rfc822; bert@two.example"));
        // With nothing else under way it goes at once, as before.
        Test::TempDataDir alone;
        Test::QueueFixture g(alone.path());
        const Message n = twoDomains(g);
        auto dbAlone = Database::connection(alone.path()).value();
        const auto once = OutcomeRecorder::recordSuppressed(
            dbAlone,
            {{n.one, n.id, QStringLiteral("anna@one.example"), QStringLiteral("550 5.1.1 gone"), {}}},
            context(received + 1000));
        QVERIFY(once.ok());
        QCOMPARE(once->dsnQueueIds.size(), 1);
    }

    void aStoredFailureReadsBackAsItWas()
    {
        DsnRecipient r{"kunde@b\xc3\xbc"
                       "cher.example",
                       false,
                       "5.1.1",
                       QStringLiteral("mx.example"),
                       "550 5.1.1 \"kein\" Postfach",
                       1234,
                       0,
                       false};
        const DsnRecipient back = FailureReports::decode(FailureReports::encode(r));
        QCOMPARE(back.address, r.address);
        QCOMPARE(back.status, r.status);
        QCOMPARE(back.remoteMta, r.remoteMta);
        QCOMPARE(back.diagnostic, r.diagnostic);
        QCOMPARE(back.lastAttemptMs, r.lastAttemptMs);
        QCOMPARE(back.localDiagnostic, false);
        r.localDiagnostic = true;
        QCOMPARE(FailureReports::decode(FailureReports::encode(r)).localDiagnostic, true);
    }
};

QTEST_GUILESS_MAIN(TestFailureReports)
#include "tst_failurereports.moc"

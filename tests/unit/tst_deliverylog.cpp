#include "core/delivery/outcomerecorder.h"
#include "core/query/deliveryattemptquery.h"
#include "core/store/database.h"
#include "tests/support/queuefixture.h"
#include "tests/support/rcptreply.h"
#include "tests/support/tempdatadir.h"

#include <QTest>

using namespace RelayDesk;
using Test::rcptReply;

/// Recording attempt outcomes (states, retries, give-up, stats, suppression, DSNs) and searching the log.
class TestDeliveryLog : public QObject
{
    Q_OBJECT

    static constexpr qint64 received = 1'800'000'000'000;

    static DeliveryAttemptResult result(qint64 messageId, const QString& queueId, const QList<qint64>& ids,
                                        const QList<SmtpReply>& replies, qint64 started)
    {
        DeliveryAttemptResult r;
        r.job.messageId = messageId;
        r.job.queueId = queueId;
        r.route = QStringLiteral("mx");
        r.host = QStringLiteral("mx.example.com");
        r.address = QStringLiteral("192.0.2.25");
        r.port = 25;
        r.startedMs = started;
        r.durationMs = 42;
        r.tlsVersion = QStringLiteral("TLSv1.3");
        r.tlsCipher = QStringLiteral("TLS_AES_256_GCM_SHA384");
        r.transcript = "S: 220 mx.example.com\r\nC: EHLO relay\r\n";
        for (qsizetype i = 0; i < ids.size(); ++i)
            r.outcomes.append({ids[i], QByteArray(), replies[i]});
        return r;
    }

    static QList<qint64> recipientIds(Test::QueueFixture& f, qint64 messageId, int count)
    {
        QList<qint64> ids;
        const qint64 first =
            f.scalar(QStringLiteral("SELECT MIN(id) FROM recipients WHERE message_id = ?"), {messageId})
                .toLongLong();
        for (int i = 0; i < count; ++i)
            ids.append(first + i);
        return ids;
    }

    static OutcomeRecorder::Context context(qint64 now)
    {
        return {RetrySchedule(), QStringLiteral("relay.example.net"), now};
    }

private Q_SLOTS:
    void partialFailure()
    {
        Test::TempDataDir dir;
        Test::QueueFixture f(dir.path());
        const qint64 agent = f.addAgent(QStringLiteral("billing"));
        const QStringList to = {QStringLiteral("ok@example.com"), QStringLiteral("gone@example.com"),
                                QStringLiteral("busy@example.com")};
        const qint64 msg =
            f.addMessage(QStringLiteral("q1"), agent, QStringLiteral("app@example.org"), to, received);
        auto r = result(msg, QStringLiteral("q1"), recipientIds(f, msg, 3),
                        {SmtpReply::make(250, "2.0.0", "OK"), rcptReply(550, "5.1.1", "No such user"),
                         SmtpReply::make(451, "4.3.0", "Try later")},
                        received + 1000);
        for (int i = 0; i < 3; ++i)
            r.outcomes[i].recipient = to[i].toUtf8();
        auto db = Database::connection(dir.path()).value();
        const qint64 now = received + 2000;
        const auto summary = OutcomeRecorder::record(db, r, context(now));
        QVERIFY2(summary.ok(), qPrintable(summary.error()));
        QCOMPARE(summary->delivered, 1);
        QCOMPARE(summary->bounced, 1);
        QCOMPARE(summary->deferred, 1);
        QCOMPARE(summary->dsnQueueIds.size(), 1); // failed only; the delay notice is not due yet

        QCOMPARE(f.state(to[0]), QStringLiteral("delivered"));
        QCOMPARE(f.state(to[1]), QStringLiteral("bounced"));
        QCOMPARE(f.state(to[2]), QStringLiteral("deferred"));
        const qint64 next =
            f.scalar(QStringLiteral("SELECT next_attempt_at FROM recipients WHERE address = ?"), {to[2]})
                .toLongLong();
        QVERIFY(next >= now + 300'000 && next <= now + 330'000);
        QCOMPARE(f.scalar(QStringLiteral("SELECT last_enhanced FROM recipients WHERE address = ?"), {to[1]})
                     .toString(),
                 QStringLiteral("5.1.1"));
        QCOMPARE(
            f.scalar(QStringLiteral("SELECT attempts FROM recipients WHERE address = ?"), {to[2]}).toInt(),
            1);

        // Stats, suppression, and the DSN to the sender about gone@ only.
        QCOMPARE(f.scalar(QStringLiteral(
                              "SELECT delivered || '/' || deferred || '/' || bounced FROM agent_daily_stats"))
                     .toString(),
                 QStringLiteral("1/1/1"));
        QCOMPARE(f.scalar(QStringLiteral("SELECT address FROM suppressions WHERE agent_id = ?"), {agent})
                     .toString(),
                 QStringLiteral("gone@example.com"));
        const QByteArray dsn =
            f.scalar(QStringLiteral("SELECT b.body FROM message_bodies b JOIN messages m ON"
                                    " m.id = b.message_id WHERE m.queue_id = ?"),
                     {summary->dsnQueueIds.first()})
                .toByteArray();
        QVERIFY(dsn.contains("Final-Recipient: rfc822; gone@example.com\r\nAction: failed\r\nStatus: 5.1.1"));
        QVERIFY(!dsn.contains("busy@example.com"));
        QCOMPARE(f.state(QStringLiteral("app@example.org")), QStringLiteral("queued"));

        // Log rows: one per recipient, sharing the transaction's details.
        QCOMPARE(f.scalar(QStringLiteral(
                              "SELECT COUNT(DISTINCT attempt_key) || '/' || COUNT(*) FROM delivery_attempts"))
                     .toString(),
                 QStringLiteral("1/3"));
        LogFilter filter;
        filter.status = QStringLiteral("bounced");
        auto bounced =
            DeliveryAttemptQuery(dir.path()).page(filter, 0, 50, DeliveryAttemptQuery::Transcripts::Read);
        QVERIFY(bounced.ok());
        QCOMPARE(bounced->size(), 1);
        const DeliveryAttemptRow& e = bounced->first();
        QCOMPARE(e.recipient, QStringLiteral("gone@example.com"));
        QCOMPARE(e.agent, QStringLiteral("billing"));
        QCOMPARE(e.host, QStringLiteral("mx.example.com"));
        QCOMPARE(e.ip, QStringLiteral("192.0.2.25"));
        QCOMPARE(e.tlsVersion, QStringLiteral("TLSv1.3"));
        QCOMPARE(e.code, 550);
        QCOMPARE(e.sign, QStringLiteral("red"));
        QCOMPARE(e.durationMs, 42);
        QVERIFY(e.transcript.contains(QStringLiteral("EHLO relay")));
    }

    void aBouncedNoticeDoesNotSuppressTheAgentsSender()
    {
        // An outside tester: the shop's sender domain had no MX for a minute, the bounce notices to
        // orders@shop.example bounced with 5.1.2, and orders@ went on the shop's suppression list: every
        // later notice to it was dropped unsent. A notice's failure stays in the log; it suppresses nothing.
        Test::TempDataDir dir;
        Test::QueueFixture f(dir.path());
        const qint64 agent = f.addAgent(QStringLiteral("shop"));
        const qint64 msg = f.addMessage(QStringLiteral("q3"), agent, QStringLiteral("orders@shop.example"),
                                        {QStringLiteral("gone@example.com")}, received);
        auto db = Database::connection(dir.path()).value();
        auto r = result(msg, QStringLiteral("q3"), recipientIds(f, msg, 1),
                        {rcptReply(550, "5.1.1", "No such user")}, received + 1000);
        r.outcomes[0].recipient = "gone@example.com";
        const auto first = OutcomeRecorder::record(db, r, context(received + 2000));
        QVERIFY2(first.ok(), qPrintable(first.error()));
        QCOMPARE(first->dsnQueueIds.size(), 1);
        const QString notice = first->dsnQueueIds.first();
        const qint64 noticeId =
            f.scalar(QStringLiteral("SELECT id FROM messages WHERE queue_id = ?"), {notice}).toLongLong();
        auto n =
            result(noticeId, notice, recipientIds(f, noticeId, 1),
                   {SmtpReply::make(550, "5.1.2", "Domain shop.example does not exist")}, received + 3000);
        n.outcomes[0].recipient = "orders@shop.example";
        const auto second = OutcomeRecorder::record(db, n, context(received + 4000));
        QVERIFY2(second.ok(), qPrintable(second.error()));
        QCOMPARE(second->bounced, 1);
        QCOMPARE(second->dsnQueueIds.size(), 0); // never a notice about a notice
        QCOMPARE(
            f.scalar(QStringLiteral("SELECT COUNT(*) FROM suppressions WHERE agent_id = ?"), {agent}).toInt(),
            1);
        QCOMPARE(f.scalar(QStringLiteral("SELECT address FROM suppressions WHERE agent_id = ?"), {agent})
                     .toString(),
                 QStringLiteral("gone@example.com"));
        QCOMPARE(f.state(QStringLiteral("orders@shop.example")), QStringLiteral("bounced"));
    }

    void aDeferralOfAMessageThatIsGoneIsNoGivingUp()
    {
        // An outside tester's relay wrote outcomes to a store where the message was not (its data directory
        // had been replaced under it): each deferral was logged as "451 4.4.7 delivery time expired", for a
        // message 13 minutes old. Without the message there is no receipt time to count from.
        Test::TempDataDir dir;
        Test::QueueFixture f(dir.path());
        const qint64 agent = f.addAgent(QStringLiteral("ops"));
        auto db = Database::connection(dir.path()).value();
        DeliveryAttemptResult r = result(424242, QStringLiteral("gone1"), {777},
                                         {SmtpReply::make(451, "4.2.0", "Try later")}, received);
        r.job.agentId = agent;
        r.job.sender = "app@example.org";
        r.outcomes[0].recipient = "later@example.com";
        const auto summary = OutcomeRecorder::record(db, r, context(received + 1000));
        QVERIFY2(summary.ok(), qPrintable(summary.error()));
        QCOMPARE(summary->bounced, 0);
        QVERIFY(summary->expired.isEmpty());
        QVERIFY(summary->dsnQueueIds.isEmpty());
        QCOMPARE(
            f.scalar(QStringLiteral("SELECT status || ' ' || enhanced FROM delivery_attempts")).toString(),
            QStringLiteral("deferred 4.2.0"));
    }

    void giveUpAndDelayNotice()
    {
        Test::TempDataDir dir;
        Test::QueueFixture f(dir.path());
        const qint64 agent = f.addAgent(QStringLiteral("ops"));
        const qint64 msg = f.addMessage(QStringLiteral("q2"), agent, QStringLiteral("app@example.org"),
                                        {QStringLiteral("slow@example.com")}, received);
        auto db = Database::connection(dir.path()).value();
        const QList<qint64> ids = recipientIds(f, msg, 1);
        const auto tempfail = [&](qint64 at) {
            return OutcomeRecorder::record(
                db,
                result(msg, QStringLiteral("q2"), ids, {SmtpReply::make(421, "4.7.0", "Rate limited")}, at),
                context(at));
        };
        // 5 h in: deferred, and the one delay notice goes out (default: after 4 h).
        auto first = tempfail(received + 5 * 3600 * 1000LL);
        QVERIFY(first.ok());
        QCOMPARE(first->deferred, 1);
        QCOMPARE(first->dsnQueueIds.size(), 1);
        // 6 h in: still deferred, no second notice.
        auto second = tempfail(received + 6 * 3600 * 1000LL);
        QCOMPARE(second->dsnQueueIds.size(), 0);
        QCOMPARE(f.scalar(QStringLiteral("SELECT COUNT(*) FROM messages WHERE sender = ''")).toInt(), 1);
        // 5 days in: given up, bounced with 4.4.7, failure DSN.
        auto last = tempfail(received + 5 * 86400 * 1000LL);
        QCOMPARE(last->bounced, 1);
        QCOMPARE(last->dsnQueueIds.size(), 1);
        QCOMPARE(f.state(QStringLiteral("slow@example.com")), QStringLiteral("bounced"));
        QCOMPARE(f.scalar(QStringLiteral("SELECT last_enhanced FROM recipients WHERE id = ?"), {ids.first()})
                     .toString(),
                 QStringLiteral("4.4.7"));
        QCOMPARE(
            f.scalar(QStringLiteral("SELECT attempts FROM recipients WHERE id = ?"), {ids.first()}).toInt(),
            3);
        // A transient failure never suppresses.
        QCOMPARE(f.scalar(QStringLiteral("SELECT COUNT(*) FROM suppressions")).toInt(), 0);
    }

    void delayNoticeNamesEveryDomain()
    {
        // One message to two domains: the delay notice is once per message, so it names the recipients still
        // being retried in both, whichever domain's attempt made it due. Before, it named only that one.
        Test::TempDataDir dir;
        Test::QueueFixture f(dir.path());
        const qint64 agent = f.addAgent(QStringLiteral("ops"));
        const qint64 msg =
            f.addMessage(QStringLiteral("q3"), agent, QStringLiteral("app@example.org"),
                         {QStringLiteral("slow@example.com"), QStringLiteral("late@example.net")}, received);
        auto db = Database::connection(dir.path()).value();
        const QList<qint64> ids = recipientIds(f, msg, 2);
        // 1 h in: example.net's server defers (no notice yet).
        auto net = result(msg, QStringLiteral("q3"), {ids[1]}, {SmtpReply::make(451, "4.3.2", "System busy")},
                          received + 3600 * 1000LL);
        net.host = QStringLiteral("mx.example.net");
        QCOMPARE(OutcomeRecorder::record(db, net, context(received + 3600 * 1000LL))->dsnQueueIds.size(), 0);
        // 5 h in: example.com's server defers, and the notice goes out. (make() makes a reply of the relay's
        // own; this one is the server's.)
        const qint64 at = received + 5 * 3600 * 1000LL;
        SmtpReply serverReply = SmtpReply::make(421, "4.7.0", "Rate limited");
        serverReply.local = false;
        const auto com = OutcomeRecorder::record(
            db, result(msg, QStringLiteral("q3"), {ids[0]}, {serverReply}, at), context(at));
        QVERIFY2(com.ok(), qPrintable(com.error()));
        QCOMPARE(com->dsnQueueIds.size(), 1);
        const QByteArray notice =
            f.scalar(QStringLiteral("SELECT b.body FROM message_bodies b JOIN messages m"
                                    " ON m.id = b.message_id WHERE m.queue_id = ?"),
                     {com->dsnQueueIds.first()})
                .toByteArray();
        QVERIFY2(notice.contains("Final-Recipient: rfc822; slow@example.com\r\nAction: delayed\r\n"
                                 "Status: 4.7.0\r\nRemote-MTA: dns; mx.example.com\r\n"),
                 notice.constData());
        // The other domain's recipient, with its last reply as the relay recorded it.
        QVERIFY2(notice.contains("Final-Recipient: rfc822; late@example.net\r\nAction: delayed\r\n"
                                 "Status: 4.3.2\r\nDiagnostic-Code: X-RelayDesk; 451 4.3.2 System busy\r\n"),
                 notice.constData());
        QVERIFY(notice.contains("<late@example.net>: 451 4.3.2 System busy"));
        // And only once: example.net's next deferral sends none.
        const qint64 later = received + 6 * 3600 * 1000LL;
        QCOMPARE(OutcomeRecorder::record(db,
                                         result(msg, QStringLiteral("q3"), {ids[1]},
                                                {SmtpReply::make(451, "4.3.2", "System busy")}, later),
                                         context(later))
                     ->dsnQueueIds.size(),
                 0);
    }

    void noDsnForNullSender()
    {
        Test::TempDataDir dir;
        Test::QueueFixture f(dir.path());
        const qint64 agent = f.addAgent(QStringLiteral("ops"));
        const qint64 msg =
            f.addMessage(QStringLiteral("q3"), agent, QString(), {QStringLiteral("x@example.com")}, received);
        auto db = Database::connection(dir.path()).value();
        const auto s = OutcomeRecorder::record(db,
                                               result(msg, QStringLiteral("q3"), recipientIds(f, msg, 1),
                                                      {SmtpReply::make(550, "5.7.1", "No")}, received),
                                               context(received + 1));
        QVERIFY(s.ok());
        QCOMPARE(s->bounced, 1);
        QVERIFY(s->dsnQueueIds.isEmpty());
        QCOMPARE(f.scalar(QStringLiteral("SELECT COUNT(*) FROM messages")).toInt(), 1);
    }

    void searchFilters()
    {
        Test::TempDataDir dir;
        Test::QueueFixture f(dir.path());
        const qint64 a = f.addAgent(QStringLiteral("alpha"));
        const qint64 b = f.addAgent(QStringLiteral("beta"));
        auto db = Database::connection(dir.path()).value();
        for (int i = 0; i < 6; ++i) {
            const QString to = QStringLiteral("User%1@Example.com").arg(i);
            const QString id = QStringLiteral("s%1").arg(i);
            const qint64 msg = f.addMessage(id, i % 2 ? b : a, QString(), {to}, received + i * 3600'000LL);
            auto r =
                result(msg, id, recipientIds(f, msg, 1),
                       {i < 4 ? SmtpReply::make(250, "2.0.0", "OK") : SmtpReply::make(451, "4.3.0", "Later")},
                       received + i * 3600'000LL);
            QVERIFY(OutcomeRecorder::record(db, r, context(received + i * 3600'000LL)).ok());
        }
        const DeliveryAttemptQuery log(dir.path());
        auto search = [&](const QString& agent, const QString& status, const QString& recipient,
                          qint64 fromMs) {
            LogFilter filter;
            filter.agent = agent;
            filter.status = status;
            filter.recipientContains = recipient;
            filter.fromMs = fromMs;
            return log.page(filter, 0, 50);
        };
        auto all = search({}, {}, {}, 0);
        QCOMPARE(all->size(), 6);
        QCOMPARE(all->first().queueId, QStringLiteral("s5")); // newest first
        QVERIFY(all->first().transcript.isEmpty());
        QCOMPARE(search(QStringLiteral("alpha"), {}, {}, 0)->size(), 3);
        QCOMPARE(search({}, QStringLiteral("deferred"), {}, 0)->size(), 2);
        QCOMPARE(search({}, {}, QStringLiteral("user3@example"), 0)->size(), 1);
        QCOMPARE(search({}, {}, {}, received + 3 * 3600'000LL)->size(), 3);
        auto page2 = log.page({}, 4, 4);
        QCOMPARE(page2->size(), 2);
        QCOMPARE(page2->last().queueId, QStringLiteral("s0"));
        QCOMPARE(search(QStringLiteral("nobody"), {}, {}, 0).error(),
                 QStringLiteral("no Mail Agent named 'nobody'"));
        QVERIFY(!search({}, QStringLiteral("lost"), {}, 0).ok());
        QVERIFY(!search({}, QStringLiteral("held"), {}, 0).ok()); // a recipient's state, not an attempt's
        // Every attempt of one message and of one recipient, oldest first, with the transcript.
        const auto ofMessage = log.ofMessage(all->first().messageId);
        QCOMPARE(ofMessage->size(), 1);
        QVERIFY(ofMessage->first().transcript.contains(QStringLiteral("EHLO relay")));
        QCOMPARE(log.ofRecipient(all->first().recipientId)->first().id, all->first().id);
        // An agent named without regard to case; a recipient's domain typed in U-labels finds its A-labels
        // (RFC 5891 4), as `log search --agent alpha --recipient kunde400258@bücher.example` does.
        QCOMPARE(search(QStringLiteral("ALPHA"), {}, {}, 0)->size(), 3);
        const qint64 idn =
            f.addMessage(QStringLiteral("s6"), a, QString(),
                         {QStringLiteral("kunde400258@xn--bcher-kva.example")}, received + 6 * 3600'000LL);
        QVERIFY(
            OutcomeRecorder::record(db,
                                    result(idn, QStringLiteral("s6"), recipientIds(f, idn, 1),
                                           {SmtpReply::make(250, "2.0.0", "OK")}, received + 6 * 3600'000LL),
                                    context(received + 6 * 3600'000LL))
                .ok());
        for (const QString& recipient :
             {QStringLiteral("kunde400258@bücher.example"), QStringLiteral("@BÜCHER.example"),
              QStringLiteral("xn--bcher-kva")}) {
            const auto found = search(QStringLiteral("alpha"), {}, recipient, 0);
            QVERIFY2(found.ok(), qPrintable(found.error()));
            QCOMPARE(found->size(), 1);
            QCOMPARE(found->first().queueId, QStringLiteral("s6"));
        }
    }

    void parseSince()
    {
        const qint64 now = received;
        QCOMPARE(LogFilter::parseTime(QStringLiteral("1h"), now).value(), now - 3'600'000);
        QCOMPARE(LogFilter::parseTime(QStringLiteral("2d"), now).value(), now - 2 * 86'400'000LL);
        QCOMPARE(LogFilter::parseTime(QStringLiteral("30m"), now).value(), now - 1'800'000);
        QCOMPARE(LogFilter::parseTime(QStringLiteral("2026-11-28T10:00:00Z"), now).value(),
                 1'795'860'000'000);
        QCOMPARE(LogFilter::parseTime(QStringLiteral("2026-11-28T10:00:00"), now).value(), 1'795'860'000'000);
        QCOMPARE(LogFilter::parseTime(QStringLiteral("2026-11-28"), now).value(), 1'795'824'000'000);
        QVERIFY(!LogFilter::parseTime(QStringLiteral("yesterday"), now).ok());
        QVERIFY(!LogFilter::parseTime(QStringLiteral("5y"), now).ok());
        // Beyond qint64 (read as 0: now) or overflowing it (a time in the future): refused, as is more than
        // 100 years back.
        QVERIFY(!LogFilter::parseTime(QStringLiteral("99999999999999999999d"), now).ok());
        QVERIFY(!LogFilter::parseTime(QStringLiteral("99999999999w"), now).ok());
        QVERIFY(!LogFilter::parseTime(QStringLiteral("36526d"), now).ok());
        QCOMPARE(LogFilter::parseTime(QStringLiteral("36525d"), now).value(), now - 36'525 * 86'400'000LL);
    }
};

QTEST_GUILESS_MAIN(TestDeliveryLog)
#include "tst_deliverylog.moc"

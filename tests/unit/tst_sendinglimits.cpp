// The per-agent sending limits in memory (docs/protocols.md, "Sending limits"): the fixed UTC windows, the
// engine's book with an injected clock, the reply texts, and the protocol's 451 at MAIL and 452 at RCPT.
#include "core/engine/sendingcounter.h"
#include "core/engine/sendinglimitbook.h"
#include "core/smtp/smtpserverprotocol.h"
#include "tests/support/fakeclock.h"

#include <QTest>
#include <QThread>

#include <atomic>
#include <memory>
#include <vector>

using namespace RelayDesk;
using RelayDesk::Test::FakeClock;

namespace {

constexpr qint64 minuteMs = 60 * 1000;
constexpr qint64 hourMs = 60 * minuteMs;
constexpr qint64 dayMs = 24 * hourMs;
// 2026-01-01 13:59:30 UTC: half a minute before the hour.
constexpr qint64 t0 = FakeClock::defaultStartMs + 13 * hourMs + 59 * minuteMs + 30 * 1000;

/// An endpoint that answers MAIL with a set admission and records the replies.
class LimitEndpoint final : public SmtpServerEndpoint
{
public:
    void sendReply(const SmtpReply& reply) override { replies << reply.toWire().trimmed(); }
    void startTls() override {}
    qint64 authLockoutMsLeft() override { return 0; }
    void verifyCredentials(const QByteArray&, const QByteArray&) override {}
    void commitMessage(const SubmittedMessage& message) override { commits << message; }
    QString newQueueId() override { return QStringLiteral("q1"); }
    QByteArray traceDate() override { return "01 Jan 2026 00:00:00 +0000"; }
    // The limits are what this test is about: the agent may send as anyone.
    std::shared_ptr<const SenderRules> senderRules(qint64) override
    {
        return std::make_shared<const SenderRules>(SenderRules::anyone());
    }
    SendingAdmission admitSending(qint64 agentId) override
    {
        askedFor << agentId;
        return admission;
    }

    SendingAdmission reserveSending(qint64 agentId) override
    {
        reservedFor << agentId;
        return reservation;
    }

    SendingAdmission admission;
    SendingAdmission reservation; ///< the answer at the end of DATA
    QList<qint64> askedFor;
    QList<qint64> reservedFor;
    QList<QByteArray> replies;
    QList<SubmittedMessage> commits;
};

/// A submission session of agent 7 ("Billing") on endpoint, past STARTTLS and AUTH.
std::unique_ptr<SmtpServerProtocol> loggedIn(LimitEndpoint& endpoint)
{
    SessionPolicy policy;
    policy.kind = ListenerKind::Submission;
    policy.hostname = "relay.test";
    policy.tlsAvailable = true;
    auto protocol = std::make_unique<SmtpServerProtocol>(
        endpoint, policy, SessionPeer{QHostAddress(QStringLiteral("127.0.0.1")), 1});
    protocol->start();
    protocol->receive("EHLO client.test\r\nSTARTTLS\r\n");
    protocol->tlsStarted(QStringLiteral("TLSv1.3"), QStringLiteral("TLS_AES_256_GCM_SHA384"));
    protocol->receive(
        QByteArray("EHLO client.test\r\nAUTH PLAIN " + QByteArray("\0u\0p", 4).toBase64() + "\r\n"));
    protocol->authFinished(AuthOutcome::Accepted, 7, QStringLiteral("Billing"));
    return protocol;
}

} // namespace

class TestSendingLimits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void windowsAreWholeUtcMinutesHoursAndDays()
    {
        QCOMPARE(sendingWindowStart(SendingWindow::Minute, t0), t0 - 30 * 1000);
        QCOMPARE(sendingWindowEnd(SendingWindow::Minute, t0), t0 + 30 * 1000);
        QCOMPARE(sendingWindowStart(SendingWindow::Hour, t0), t0 - 59 * minuteMs - 30 * 1000);
        QCOMPARE(sendingWindowEnd(SendingWindow::Hour, t0), t0 + 30 * 1000);
        QCOMPARE(sendingWindowStart(SendingWindow::Day, t0), FakeClock::defaultStartMs);
        QCOMPARE(sendingWindowEnd(SendingWindow::Day, t0), FakeClock::defaultStartMs + dayMs);
        // A window's first millisecond belongs to it, its end to the next.
        QCOMPARE(sendingWindowStart(SendingWindow::Minute, t0 + 30 * 1000), t0 + 30 * 1000);
        QCOMPARE(sendingWindowStart(SendingWindow::Minute, t0 + 30 * 1000 - 1), t0 - 30 * 1000);
    }

    void counterStartsAgainInEachWindow()
    {
        SendingCounter counter;
        for (int i = 0; i < 3; ++i)
            counter.add(t0);
        QCOMPARE(counter.use(t0), (SendingUse{3, 3, 3}));
        // 30 s later: a new minute and a new hour, the same day.
        counter.add(t0 + 30 * 1000);
        QCOMPARE(counter.use(t0 + 30 * 1000), (SendingUse{1, 1, 4}));
        // Without a message, a window that passed reads 0.
        QCOMPARE(counter.use(t0 + 2 * minuteMs), (SendingUse{0, 1, 4}));
        QCOMPARE(counter.use(t0 + hourMs), (SendingUse{0, 1, 4})); // 14:59:30, the hour of the 4th
        QCOMPARE(counter.use(t0 + hourMs + 30 * 1000), (SendingUse{0, 0, 4}));
        QCOMPARE(counter.use(t0 + dayMs), (SendingUse{0, 0, 0}));
    }

    void counterSeededFromTheStoreGoesOn()
    {
        SendingCounter counter;
        counter.seed(SendingUse{2, 40, 90}, t0);
        QCOMPARE(counter.use(t0), (SendingUse{2, 40, 90}));
        counter.add(t0 + 1000);
        QCOMPARE(counter.use(t0 + 1000), (SendingUse{3, 41, 91}));
    }

    void counterMergesWhatOtherNodesAccepted()
    {
        // docs/scaling.md: the store's counts include other nodes' messages; each window counts at least
        // those, and never fewer than this node counted itself (its last messages may not be read back yet).
        SendingCounter counter;
        counter.add(t0);
        counter.add(t0);
        counter.merge(SendingUse{1, 7, 30}, t0 + 1000);
        QCOMPARE(counter.use(t0 + 1000), (SendingUse{2, 7, 30}));
        counter.add(t0 + 2000);
        QCOMPARE(counter.use(t0 + 2000), (SendingUse{3, 8, 31}));
        // A read in the next minute starts that minute from the store's count.
        counter.merge(SendingUse{4, 12, 35}, t0 + minuteMs);
        QCOMPARE(counter.use(t0 + minuteMs), (SendingUse{4, 12, 35}));
    }

    void counterKeepsCountingWhenTheClockGoesBack()
    {
        SendingCounter counter;
        counter.add(t0);
        counter.add(t0 - 2 * minuteMs); // the clock was set back two minutes
        QCOMPARE(counter.count(SendingWindow::Minute, t0), 2);
        QCOMPARE(counter.count(SendingWindow::Day, t0), 2);
    }

    void bookRefusesTheMessageOverTheMinuteLimit()
    {
        FakeClock clock(t0);
        SendingLimitBook book([&clock] { return clock.nowMs(); });
        SendingLimits limits;
        limits.perMinute = 3;
        limits.maxRecipients = 10;
        book.setLimits({{7, limits}});
        for (int i = 0; i < 3; ++i) {
            const SendingAdmission admission = book.admit(7);
            QVERIFY(!admission.refusal);
            QCOMPARE(admission.maxRecipients, 10);
            QVERIFY(!book.reserve(7).refusal);
            book.settle(7, true);
        }
        const SendingAdmission refused = book.admit(7);
        QVERIFY(refused.refusal);
        QCOMPARE(refused.refusal->window, SendingWindow::Minute);
        QCOMPARE(refused.refusal->sent, 3);
        QCOMPARE(refused.refusal->limit, 3);
        QCOMPARE(refused.refusal->resetsAtMs, t0 + 30 * 1000);
        // Other agents are not affected; the next minute admits the agent again.
        QVERIFY(!book.admit(8).refusal);
        clock.advanceSeconds(30);
        QVERIFY(!book.admit(7).refusal);
    }

    void bookCountsTheMessagesBeingStored()
    {
        // Parallel sessions of one agent all past MAIL each stored one more message than the limit allows
        // (8 of a limit of 3): the end of DATA reserves a place, counted until the store answers.
        FakeClock clock(t0);
        SendingLimitBook book([&clock] { return clock.nowMs(); });
        book.setLimits({{7, SendingLimits{3, 0, 0, 0}}});
        for (int i = 0; i < 3; ++i)
            QVERIFY(!book.reserve(7).refusal);
        const SendingAdmission refused = book.reserve(7);
        QVERIFY(refused.refusal);
        QCOMPARE(refused.refusal->window, SendingWindow::Minute);
        QCOMPARE(refused.refusal->sent, 3);
        QVERIFY(book.admit(7).refusal);  // a new MAIL is answered the same
        QCOMPARE(book.use(7).minute, 0); // nothing stored yet
        // A commit that failed gives its place back; those stored count.
        book.settle(7, false);
        QVERIFY(!book.admit(7).refusal);
        book.settle(7, true);
        book.settle(7, true);
        QCOMPARE(book.use(7).minute, 2);
        QVERIFY(!book.reserve(7).refusal);
        QVERIFY(book.reserve(7).refusal);
        book.settle(7, true);
        QCOMPARE(book.use(7).minute, 3);
        QVERIFY(book.admit(7).refusal);
        // An agent without limits reserves and settles all the same, and is never refused.
        for (int i = 0; i < 10; ++i)
            QVERIFY(!book.reserve(8).refusal);
        for (int i = 0; i < 10; ++i)
            book.settle(8, true);
        QCOMPARE(book.use(8).minute, 10);
    }

    void bookNamesTheLongestWindowThatIsFull()
    {
        FakeClock clock(t0);
        SendingLimitBook book([&clock] { return clock.nowMs(); });
        book.setLimits({{7, SendingLimits{2, 5, 2, 0}}});
        book.seed({{7, SendingUse{2, 2, 2}}}, t0);
        const SendingAdmission refused = book.admit(7);
        QVERIFY(refused.refusal);
        QCOMPARE(refused.refusal->window, SendingWindow::Day);
        QCOMPARE(refused.refusal->resetsAtMs, FakeClock::defaultStartMs + dayMs);
        QCOMPARE(refused.maxRecipients, 0);
    }

    void bookSeedKeepsTheDayAcrossARestart()
    {
        FakeClock clock(t0);
        SendingLimitBook book([&clock] { return clock.nowMs(); });
        book.setLimits({{7, SendingLimits{0, 0, 100, 0}}});
        book.seed({{7, SendingUse{0, 0, 100}}}, t0 - 5 * minuteMs);
        const SendingAdmission refused = book.admit(7);
        QVERIFY(refused.refusal);
        QCOMPARE(refused.refusal->sent, 100);
        QCOMPARE(book.use(7), (SendingUse{0, 0, 100}));
    }

    void bookChangedLimitsApplyAtTheNextMail()
    {
        FakeClock clock(t0);
        SendingLimitBook book([&clock] { return clock.nowMs(); });
        for (int i = 0; i < 2; ++i) {
            QVERIFY(!book.reserve(7).refusal);
            book.settle(7, true);
        }
        QVERIFY(!book.admit(7).refusal); // no limits yet: counted all the same
        book.setLimits({{7, SendingLimits{2, 0, 0, 0}}});
        QVERIFY(book.admit(7).refusal);
        book.setLimits({{7, SendingLimits{}}});
        QVERIFY(!book.admit(7).refusal);
        QCOMPARE(book.use(7).minute, 2);
        // A deleted agent's counts are dropped, so that a new agent with its id starts from nothing.
        book.setLimits({});
        QCOMPARE(book.use(7), SendingUse());
    }

    void bookIsThreadSafe()
    {
        FakeClock clock(t0);
        std::atomic<qint64> now{t0};
        SendingLimitBook book([&now] { return now.load(); });
        book.setLimits({{1, SendingLimits{0, 0, 1000000, 5}}, {2, SendingLimits{}}});
        constexpr int threads = 4;
        constexpr int perThread = 2000;
        std::vector<std::unique_ptr<QThread>> workers;
        for (int t = 0; t < threads; ++t) {
            workers.emplace_back(QThread::create([&book, t] {
                for (int i = 0; i < perThread; ++i) {
                    const qint64 agent = 1 + (i + t) % 2;
                    (void)book.admit(agent);
                    if (!book.reserve(agent).refusal)
                        book.settle(agent, true);
                    if (i % 500 == 0)
                        book.setLimits({{1, SendingLimits{0, 0, 1000000, 5}}, {2, SendingLimits{}}});
                }
            }));
            workers.back()->start();
        }
        for (auto& worker : workers)
            QVERIFY(worker->wait(60000));
        QCOMPARE(book.use(1).day + book.use(2).day, threads * perThread);
    }

    void refusalTextNamesTheLimitAndTheReset()
    {
        QCOMPARE(sendingRefusalText(QStringLiteral("Billing"),
                                    SendingRefusal{SendingWindow::Hour, 100, 100, t0 + 30 * 1000}),
                 QByteArray(
                     "Agent \"Billing\" sent 100 messages this hour (limit 100); try again after 14:00 UTC"));
        QCOMPARE(
            sendingRefusalText(QStringLiteral("Printers"),
                               SendingRefusal{SendingWindow::Minute, 1, 1, t0 + 30 * 1000}),
            QByteArray("Agent \"Printers\" sent 1 message this minute (limit 1); try again after 14:00 UTC"));
        QCOMPARE(
            sendingRefusalText(QStringLiteral("Shop"), SendingRefusal{SendingWindow::Day, 500, 500,
                                                                      FakeClock::defaultStartMs + dayMs}),
            QByteArray(
                "Agent \"Shop\" sent 500 messages today (limit 500); try again after 2026-01-02 00:00 UTC"));
        // Never anything but printable US-ASCII in a reply.
        QCOMPARE(
            sendingRefusalText(QStringLiteral("a\"b\u00e9"),
                               SendingRefusal{SendingWindow::Minute, 2, 2, t0 + 30 * 1000}),
            QByteArray("Agent \"a?be\" sent 2 messages this minute (limit 2); try again after 14:00 UTC"));
        // A name with accents, as offices write them, without its accents.
        QCOMPARE(sendingRefusalText(QStringLiteral("B\u00fcro-Drucker"),
                                    SendingRefusal{SendingWindow::Minute, 2, 2, t0 + 30 * 1000}),
                 QByteArray("Agent \"Buro-Drucker\" sent 2 messages this minute (limit 2); try again after "
                            "14:00 UTC"));
    }

    void protocolRefusesMailOverTheLimitWith451()
    {
        LimitEndpoint endpoint;
        const auto session = loggedIn(endpoint);
        SmtpServerProtocol& protocol = *session;
        endpoint.replies.clear();

        endpoint.admission.refusal = SendingRefusal{SendingWindow::Hour, 100, 100, t0 + 30 * 1000};
        protocol.receive("MAIL FROM:<a@example.com>\r\n");
        QCOMPARE(endpoint.askedFor, QList<qint64>{7});
        QCOMPARE(endpoint.replies,
                 QList<QByteArray>{"451 4.7.1 Agent \"Billing\" sent 100 messages this hour (limit 100); try "
                                   "again after 14:00 UTC"});
        // No transaction started: RCPT needs MAIL first. Many refusals do not end the session.
        endpoint.replies.clear();
        protocol.receive("RCPT TO:<b@example.com>\r\n");
        QCOMPARE(endpoint.replies.value(0).left(3), QByteArray("503"));
        for (int i = 0; i < 20; ++i)
            protocol.receive("MAIL FROM:<a@example.com>\r\n");
        QVERIFY(protocol.state() != SmtpServerProtocol::State::Closed);

        // Admitted with 2 recipients per message: the third RCPT gets 452 4.5.3, the message goes to two.
        endpoint.admission = SendingAdmission{std::nullopt, 2};
        endpoint.replies.clear();
        protocol.receive("MAIL FROM:<a@example.com>\r\nRCPT TO:<b@example.com>\r\nRCPT TO:<c@example.com>\r\n"
                         "RCPT TO:<d@example.com>\r\nDATA\r\n");
        QCOMPARE(endpoint.replies,
                 (QList<QByteArray>{"250 2.1.0 Sender OK", "250 2.1.5 Recipient OK", "250 2.1.5 Recipient OK",
                                    "452 4.5.3 Too many recipients for this agent (limit 2)",
                                    "354 End data with <CR><LF>.<CR><LF>"}));
        protocol.receive("Subject: x\r\n\r\nbody\r\n.\r\n");
        QCOMPARE(endpoint.commits.size(), 1);
        QCOMPARE(endpoint.commits[0].recipients.size(), 2);
        QCOMPARE(endpoint.reservedFor, QList<qint64>{7});
    }

    void protocolRefusesTheDataOfAMessageOverTheLimitWith451()
    {
        // Admitted at MAIL, but other sessions of the agent took the last place meanwhile: the end of DATA
        // gets the same 451 4.7.1, nothing is committed, and the session goes on.
        LimitEndpoint endpoint;
        const auto session = loggedIn(endpoint);
        SmtpServerProtocol& protocol = *session;
        endpoint.reservation.refusal = SendingRefusal{SendingWindow::Minute, 3, 3, t0 + 30 * 1000};
        endpoint.replies.clear();
        protocol.receive("MAIL FROM:<a@example.com>\r\nRCPT TO:<b@example.com>\r\nDATA\r\n"
                         "Subject: x\r\n\r\nbody\r\n.\r\nRCPT TO:<c@example.com>\r\n");
        QCOMPARE(endpoint.replies,
                 (QList<QByteArray>{"250 2.1.0 Sender OK", "250 2.1.5 Recipient OK",
                                    "354 End data with <CR><LF>.<CR><LF>",
                                    "451 4.7.1 Agent \"Billing\" sent 3 messages this minute (limit 3); try "
                                    "again after 14:00 UTC",
                                    "503 5.5.1 Need MAIL before RCPT"}));
        QVERIFY(endpoint.commits.isEmpty());
        QCOMPARE(endpoint.reservedFor, QList<qint64>{7});
        // The next message, with a place free again, is committed.
        endpoint.reservation = {};
        endpoint.replies.clear();
        protocol.receive("MAIL FROM:<a@example.com>\r\nRCPT TO:<b@example.com>\r\nDATA\r\n"
                         "Subject: x\r\n\r\nbody\r\n.\r\n");
        QCOMPARE(endpoint.commits.size(), 1);
        QVERIFY(protocol.state() != SmtpServerProtocol::State::Closed);
    }

    void protocolAsksNothingWithoutAnAgent()
    {
        // The LAN listener without a trusted device refuses MAIL before any limit is asked.
        LimitEndpoint endpoint;
        SessionPolicy policy;
        policy.kind = ListenerKind::Lan;
        policy.hostname = "relay.test";
        SmtpServerProtocol protocol(endpoint, policy,
                                    SessionPeer{QHostAddress(QStringLiteral("127.0.0.1")), 1});
        protocol.start();
        protocol.receive("EHLO client.test\r\nMAIL FROM:<a@example.com>\r\n");
        QVERIFY(endpoint.askedFor.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSendingLimits)
#include "tst_sendinglimits.moc"

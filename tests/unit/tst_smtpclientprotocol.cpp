#include "core/smtp/smtpclientprotocol.h"

#include <QRandomGenerator>
#include <QTest>

using namespace RelayDesk;

namespace {

/// Records what the protocol asks of its transport.
struct RecordingSink : SmtpClientSink
{
    QList<QByteArray> sent; ///< one entry per sendToServer call
    int readyCount = 0;
    int tlsRequests = 0;
    bool closed = false;
    QList<QList<SmtpReply>> finished;
    QList<SmtpReply> failures;

    void sendToServer(const QByteArray& bytes) override { sent.append(bytes); }
    void startTlsHandshake() override { ++tlsRequests; }
    void sessionReady() override { ++readyCount; }
    void transactionFinished(const QList<SmtpReply>& perRecipient) override { finished.append(perRecipient); }
    void sessionFailed(const SmtpReply& reason) override { failures.append(reason); }
    void closeConnection() override { closed = true; }
};

DeliveryJob job(QList<QByteArray> recipients, QByteArray body = "Subject: hi\r\n\r\nHello\r\n")
{
    DeliveryJob j;
    j.sender = "app@relay.test";
    j.domain = QStringLiteral("example.org");
    j.recipients = std::move(recipients);
    for (qsizetype i = 0; i < j.recipients.size(); ++i)
        j.recipientIds.append(i + 1);
    j.body = std::move(body);
    return j;
}

// Plays a dialog: "S: text" is fed to the client, "C: text" must be the client's next command.
void play(SmtpClientProtocol& client, RecordingSink& sink, const QList<QByteArray>& script)
{
    for (const QByteArray& step : script) {
        const QByteArray text = step.mid(3);
        if (step.startsWith("S: ")) {
            client.receive(QByteArray(text + "\r\n"));
        } else {
            QVERIFY2(!sink.sent.isEmpty(), QByteArray("expected the client to send: " + text).constData());
            QCOMPARE(sink.sent.takeFirst(), QByteArray(text + "\r\n"));
        }
    }
}

#define PLAY(...)                                                                                            \
    do {                                                                                                     \
        play(__VA_ARGS__);                                                                                   \
        if (QTest::currentTestFailed())                                                                      \
            return;                                                                                          \
    } while (false)

const QList<QByteArray> greetingAndEhlo = {
    "S: 220 mx.example.org ESMTP",
    "C: EHLO relay.test",
    "S: 250-mx.example.org",
    "S: 250-SIZE 1000",
    "S: 250 8BITMIME",
};

const QList<QByteArray> pipeliningEhlo = {
    "S: 220 mx.example.org ESMTP", "C: EHLO relay.test", "S: 250-mx.example.org",
    "S: 250-PIPELINING",           "S: 250 SIZE 1000",
};

SmtpClientConfig plainConfig()
{
    SmtpClientConfig config;
    config.heloName = "relay.test";
    config.startTls = StartTlsMode::Never;
    return config;
}

// A smarthost login ("user", "secret"), over implicit TLS or not.
SmtpClientConfig smarthostConfig(bool tlsActive)
{
    SmtpClientConfig config = plainConfig();
    config.tlsActive = tlsActive;
    config.username = "user";
    config.password = "secret";
    return config;
}

} // namespace

/// Scripted server dialogs for the outbound SMTP client state machine.
class TestSmtpClientProtocol : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void deliversWithPerRecipientOutcomes()
    {
        RecordingSink sink;
        SmtpClientProtocol client(plainConfig(), &sink);
        PLAY(client, sink, greetingAndEhlo);
        QCOMPARE(sink.readyCount, 1);
        QVERIFY(client.send(job({"a@example.org", "b@example.org", "c@example.org"})));
        PLAY(client, sink,
             {"C: MAIL FROM:<app@relay.test> SIZE=22", "S: 250 2.1.0 Ok", "C: RCPT TO:<a@example.org>",
              "S: 250 2.1.5 Ok", "C: RCPT TO:<b@example.org>", "S: 550 5.1.1 No such user",
              "C: RCPT TO:<c@example.org>", "S: 450 4.2.1 Try later", "C: DATA", "S: 354 go ahead"});
        QCOMPARE(sink.sent.takeFirst(), QByteArray("Subject: hi\r\n\r\nHello\r\n.\r\n"));
        PLAY(client, sink, {"S: 250 2.0.0 Ok: queued as 123"});
        QCOMPARE(sink.finished.size(), 1);
        const QList<SmtpReply> outcomes = sink.finished.first();
        QCOMPARE(outcomes[0].summary(), QByteArray("250 2.0.0 Ok: queued as 123"));
        QCOMPARE(outcomes[1].summary(), QByteArray("550 5.1.1 No such user"));
        QCOMPARE(outcomes[2].summary(), QByteArray("450 4.2.1 Try later"));
        QCOMPARE(sink.readyCount, 2);

        // Reuse: RSET first, then QUIT.
        QVERIFY(client.send(job({"d@example.org"})));
        PLAY(client, sink,
             {"C: RSET", "S: 250 Ok", "C: MAIL FROM:<app@relay.test> SIZE=22", "S: 451 4.3.0 Busy"});
        QCOMPARE(sink.finished.last().first().code, 451);
        client.quit();
        PLAY(client, sink, {"C: QUIT", "S: 221 Bye"});
        QVERIFY(sink.closed);
        QVERIFY(sink.failures.isEmpty());

        const QByteArray transcript = client.takeTranscript();
        QVERIFY(transcript.startsWith("S: 220 mx.example.org ESMTP\r\nC: EHLO relay.test\r\n"));
        QVERIFY(transcript.contains("C: <message content, 25 octets>\r\nS: 250 2.0.0 Ok: queued as 123\r\n"));
        QVERIFY(!transcript.contains("Hello"));
    }

    void noAcceptedRecipientMeansNoData()
    {
        RecordingSink sink;
        SmtpClientProtocol client(plainConfig(), &sink);
        PLAY(client, sink, greetingAndEhlo);
        client.send(job({"a@example.org"}));
        PLAY(client, sink,
             {"C: MAIL FROM:<app@relay.test> SIZE=22", "S: 250 Ok", "C: RCPT TO:<a@example.org>",
              "S: 550 5.1.1 Unknown"});
        QCOMPARE(sink.finished.size(), 1);
        QCOMPARE(sink.finished.first().first().code, 550);
        QCOMPARE(client.state(), SmtpClientProtocol::State::Ready);
    }

    void dataRejectionAppliesOnlyToAcceptedRecipients()
    {
        RecordingSink sink;
        SmtpClientProtocol client(plainConfig(), &sink);
        PLAY(client, sink, greetingAndEhlo);
        client.send(job({"a@example.org", "b@example.org"}));
        PLAY(client, sink,
             {"C: MAIL FROM:<app@relay.test> SIZE=22", "S: 250 Ok", "C: RCPT TO:<a@example.org>", "S: 250 Ok",
              "C: RCPT TO:<b@example.org>", "S: 550 5.1.1 Unknown", "C: DATA", "S: 354 go"});
        sink.sent.clear();
        PLAY(client, sink, {"S: 554 5.7.1 Spam"});
        QCOMPARE(sink.finished.first()[0].summary(), QByteArray("554 5.7.1 Spam"));
        QCOMPARE(sink.finished.first()[1].summary(), QByteArray("550 5.1.1 Unknown"));
    }

    void heloFallbackAndNullSender()
    {
        RecordingSink sink;
        SmtpClientProtocol client(plainConfig(), &sink);
        PLAY(client, sink,
             {"S: 220 old.example.org", "C: EHLO relay.test", "S: 502 5.5.1 What?", "C: HELO relay.test",
              "S: 250 old.example.org"});
        DeliveryJob bounce = job({"a@example.org"}, "x\xe9\r\n");
        bounce.sender.clear();
        client.send(bounce);
        PLAY(client, sink, {"C: MAIL FROM:<>"}); // no SIZE, no BODY without EHLO
        QVERIFY(sink.sent.isEmpty());
    }

    void eightBitBodyAndSizeLimit()
    {
        RecordingSink sink;
        SmtpClientProtocol client(plainConfig(), &sink);
        PLAY(client, sink, greetingAndEhlo);
        client.send(job({"a@example.org"}, "caf\xc3\xa9\r\n"));
        PLAY(client, sink, {"C: MAIL FROM:<app@relay.test> SIZE=7 BODY=8BITMIME", "S: 250 Ok"});
        PLAY(client, sink, {"C: RCPT TO:<a@example.org>", "S: 550 no"});
        QVERIFY(client.send(job({"a@example.org"}, QByteArray(2000, 'x'))));
        QCOMPARE(sink.finished.last().first().summary().left(9), QByteArray("552 5.3.4"));
        QVERIFY(sink.sent.isEmpty()); // nothing sent for an oversized message
    }

    void internationalisedAddressesNeedSmtpUtf8()
    {
        RecordingSink sink;
        SmtpClientProtocol client(plainConfig(), &sink);
        PLAY(client, sink, greetingAndEhlo); // no SMTPUTF8 offered
        QVERIFY(client.send(job({"j\xc3\xb8rn@example.org"})));
        QCOMPARE(sink.finished.last().first().summary().left(9), QByteArray("553 5.6.7"));
        QVERIFY(sink.sent.isEmpty());

        RecordingSink utf8Sink;
        SmtpClientProtocol utf8Client(plainConfig(), &utf8Sink);
        PLAY(utf8Client, utf8Sink, {"S: 220 mx", "C: EHLO relay.test", "S: 250-mx", "S: 250 SMTPUTF8"});
        utf8Client.send(job({"j\xc3\xb8rn@example.org"}));
        PLAY(utf8Client, utf8Sink, {"C: MAIL FROM:<app@relay.test> SMTPUTF8"});
    }

    // RFC 2920: with PIPELINING the envelope and DATA go as one write, the replies are matched in order.
    void pipelinedTransactionSendsOneGroup()
    {
        RecordingSink sink;
        SmtpClientProtocol client(plainConfig(), &sink);
        PLAY(client, sink, pipeliningEhlo);
        QVERIFY(client.send(job({"a@example.org", "b@example.org"})));
        QCOMPARE(sink.sent.size(), 1);
        QCOMPARE(sink.sent.takeFirst(),
                 QByteArray("MAIL FROM:<app@relay.test> SIZE=22\r\nRCPT TO:<a@example.org>\r\n"
                            "RCPT TO:<b@example.org>\r\nDATA\r\n"));
        // Replies may arrive in one read: the client answers 354 with the content only.
        client.receive(QByteArray("250 2.1.0 Ok\r\n250 2.1.5 Ok\r\n550 5.1.1 No such user\r\n354 go\r\n"));
        QCOMPARE(sink.sent.size(), 1);
        QCOMPARE(sink.sent.takeFirst(), QByteArray("Subject: hi\r\n\r\nHello\r\n.\r\n"));
        PLAY(client, sink, {"S: 250 2.0.0 queued"});
        QCOMPARE(sink.finished.size(), 1);
        QCOMPARE(sink.finished[0][0].summary(), QByteArray("250 2.0.0 queued"));
        QCOMPARE(sink.finished[0][1].summary(), QByteArray("550 5.1.1 No such user"));

        // The next job on the same connection: RSET leads the group.
        QVERIFY(client.send(job({"c@example.org"})));
        QCOMPARE(sink.sent.takeFirst(), QByteArray("RSET\r\nMAIL FROM:<app@relay.test> SIZE=22\r\n"
                                                   "RCPT TO:<c@example.org>\r\nDATA\r\n"));
        PLAY(client, sink,
             {"S: 250 Ok", "S: 250 Ok", "S: 451 4.3.0 Busy", "S: 554 5.5.1 No valid recipients"});
        QCOMPARE(sink.finished.size(), 2);
        QCOMPARE(sink.finished[1][0].summary(), QByteArray("451 4.3.0 Busy"));
        QVERIFY(sink.sent.isEmpty()); // no content without an accepted recipient
        QCOMPARE(client.state(), SmtpClientProtocol::State::Ready);
        const QByteArray transcript = client.takeTranscript();
        QVERIFY(transcript.contains("C: RCPT TO:<b@example.org>\r\nC: DATA\r\nS: 250 2.1.0 Ok\r\n"));
    }

    // A refused sender answers for every recipient, whatever the RCPT replies in the group said.
    void pipelinedRefusedSenderFailsEveryRecipient()
    {
        RecordingSink sink;
        SmtpClientProtocol client(plainConfig(), &sink);
        PLAY(client, sink, pipeliningEhlo);
        QVERIFY(client.send(job({"a@example.org", "b@example.org"})));
        sink.sent.clear();
        PLAY(client, sink,
             {"S: 550 5.7.1 Sender refused", "S: 250 Ok", "S: 503 5.5.1 Need MAIL", "S: 354 go"});
        // RFC 2920 3.1: a 354 must still be answered with the end of data, but with no content.
        QCOMPARE(sink.sent.size(), 1);
        QCOMPARE(sink.sent.takeFirst(), QByteArray(".\r\n"));
        PLAY(client, sink, {"S: 250 2.0.0 Ok"});
        QCOMPARE(sink.finished.size(), 1);
        for (const SmtpReply& outcome : sink.finished[0])
            QCOMPARE(outcome.summary(), QByteArray("550 5.7.1 Sender refused"));
    }

    // A server closing mid-group (421) fails the session; nothing counts as delivered.
    void pipelinedServerClosingIsTemporary()
    {
        RecordingSink sink;
        SmtpClientProtocol client(plainConfig(), &sink);
        PLAY(client, sink, pipeliningEhlo);
        QVERIFY(client.send(job({"a@example.org"})));
        PLAY(client, sink, {"S: 250 Ok", "S: 250 Ok", "S: 421 4.3.2 Shutting down"});
        QCOMPARE(sink.finished.size(), 1);
        QCOMPARE(sink.finished[0][0].code, 421);
        QCOMPARE(sink.failures.size(), 1);
    }

    void dotStuffing()
    {
        QCOMPARE(SmtpClientProtocol::dotStuff(".start\r\nmid.dle\r\n..two\r\n."),
                 QByteArray("..start\r\nmid.dle\r\n...two\r\n..\r\n.\r\n"));
        QCOMPARE(SmtpClientProtocol::dotStuff(QByteArray()), QByteArray(".\r\n"));
        QCOMPARE(SmtpClientProtocol::dotStuff("no dots\r\n"), QByteArray("no dots\r\n.\r\n"));
        QCOMPARE(SmtpClientProtocol::dotStuff("a\r\n.\r\n.b"), QByteArray("a\r\n..\r\n..b\r\n.\r\n"));
        // Against the rule applied character by character, on random text made of the characters that matter.
        const auto reference = [](const QByteArray& body) -> QByteArray {
            QByteArray out;
            bool lineStart = true;
            for (char c : body) {
                if (lineStart && c == '.')
                    out += '.';
                out += c;
                lineStart = c == '\n';
            }
            if (!out.isEmpty() && !out.endsWith("\r\n"))
                out += "\r\n";
            return out + ".\r\n";
        };
        QRandomGenerator random(5321);
        for (int round = 0; round < 500; ++round) {
            QByteArray body;
            const int length = random.bounded(40);
            for (int i = 0; i < length; ++i)
                body += ".\r\na"[random.bounded(4)];
            QCOMPARE(SmtpClientProtocol::dotStuff(body), reference(body));
        }
    }

    void startTlsDiscardsPreTlsBytesAndRepeatsEhlo()
    {
        SmtpClientConfig config = plainConfig();
        config.startTls = StartTlsMode::IfOffered;
        RecordingSink sink;
        SmtpClientProtocol client(config, &sink);
        PLAY(client, sink,
             {"S: 220 mx", "C: EHLO relay.test", "S: 250-mx", "S: 250-AUTH PLAIN", "S: 250 STARTTLS",
              "C: STARTTLS"});
        client.receive("220 2.0.0 Ready\r\n250 injected\r\n");
        QCOMPARE(sink.tlsRequests, 1);
        QVERIFY(!client.tlsActive());
        client.tlsEstablished();
        QVERIFY(client.tlsActive());
        PLAY(client, sink, {"C: EHLO relay.test", "S: 250-mx", "S: 250 SIZE"});
        QCOMPARE(sink.readyCount, 1);
        QVERIFY(!client.hasExtension("STARTTLS"));
        QVERIFY(!client.hasExtension("AUTH"));
        QVERIFY(!client.takeTranscript().contains("injected"));
    }

    void requiredTlsWithoutStartTlsFailsTemporarily()
    {
        SmtpClientConfig config = plainConfig();
        config.startTls = StartTlsMode::Required;
        RecordingSink sink;
        SmtpClientProtocol client(config, &sink);
        PLAY(client, sink, greetingAndEhlo);
        QCOMPARE(sink.readyCount, 0);
        QCOMPARE(sink.failures.size(), 1);
        QCOMPARE(sink.failures.first().summary().left(10), QByteArray("451 4.7.10"));
    }

    void opportunisticTlsRefusedContinuesInPlaintext()
    {
        SmtpClientConfig config = plainConfig();
        config.startTls = StartTlsMode::IfOffered;
        RecordingSink sink;
        SmtpClientProtocol client(config, &sink);
        PLAY(client, sink,
             {"S: 220 mx", "C: EHLO relay.test", "S: 250-mx", "S: 250 STARTTLS", "C: STARTTLS",
              "S: 454 4.7.0 TLS not available"});
        QCOMPARE(sink.readyCount, 1);
        QVERIFY(!client.tlsActive());
    }

    void authPlainIsRedacted()
    {
        RecordingSink sink;
        SmtpClientProtocol client(smarthostConfig(true), &sink);
        PLAY(client, sink,
             {"S: 220 smarthost", "C: EHLO relay.test", "S: 250-smarthost", "S: 250 AUTH LOGIN PLAIN",
              "C: AUTH PLAIN AHVzZXIAc2VjcmV0", "S: 235 2.7.0 Authenticated"});
        QCOMPARE(sink.readyCount, 1);
        const QByteArray transcript = client.takeTranscript();
        QVERIFY(transcript.contains("C: AUTH PLAIN <redacted>\r\n"));
        QVERIFY(!transcript.contains("AHVzZXIAc2VjcmV0"));
    }

    void authLoginFailureIsTemporary()
    {
        RecordingSink sink;
        SmtpClientProtocol client(smarthostConfig(true), &sink);
        PLAY(client, sink,
             {"S: 220 smarthost", "C: EHLO relay.test", "S: 250-smarthost", "S: 250 AUTH LOGIN",
              "C: AUTH LOGIN", "S: 334 VXNlcm5hbWU6", "C: dXNlcg==", "S: 334 UGFzc3dvcmQ6", "C: c2VjcmV0",
              "S: 535 5.7.8 Bad credentials"});
        QCOMPARE(sink.failures.size(), 1);
        QCOMPARE(sink.failures.first().code, 451);
        QCOMPARE(sink.failures.first().enhanced, QByteArray("4.7.8"));
        const QByteArray transcript = client.takeTranscript();
        QVERIFY(!transcript.contains("c2VjcmV0"));
        QCOMPARE(transcript.count("C: <redacted>"), 2);
    }

    void credentialsNeverSentInPlaintext()
    {
        RecordingSink sink;
        SmtpClientProtocol client(smarthostConfig(false), &sink);
        PLAY(client, sink, {"S: 220 smarthost", "C: EHLO relay.test", "S: 250 AUTH PLAIN"});
        QCOMPARE(sink.failures.size(), 1);
        QCOMPARE(sink.failures.first().code, 451);
    }

    void disconnectMidDataIsTemporaryForAccepted()
    {
        RecordingSink sink;
        SmtpClientProtocol client(plainConfig(), &sink);
        PLAY(client, sink, greetingAndEhlo);
        client.send(job({"a@example.org", "b@example.org"}));
        PLAY(client, sink,
             {"C: MAIL FROM:<app@relay.test> SIZE=22", "S: 250 Ok", "C: RCPT TO:<a@example.org>", "S: 250 Ok",
              "C: RCPT TO:<b@example.org>", "S: 550 5.1.1 Unknown", "C: DATA", "S: 354 go"});
        client.connectionLost(SmtpReply::make(421, "4.4.2", "Connection lost"));
        QCOMPARE(sink.finished.first()[0].summary(), QByteArray("421 4.4.2 Connection lost"));
        QCOMPARE(sink.finished.first()[1].code, 550);
        QCOMPARE(sink.failures.size(), 1);
        QCOMPARE(client.state(), SmtpClientProtocol::State::Closed);
    }

    void serverClosing421FailsTheSession()
    {
        RecordingSink sink;
        SmtpClientProtocol client(plainConfig(), &sink);
        PLAY(client, sink, {"S: 421 4.3.2 Too busy"});
        QCOMPARE(sink.failures.size(), 1);
        QCOMPARE(sink.failures.first().code, 421);
        QVERIFY(!client.send(job({"a@example.org"})));
    }

    void nextJobMayStartInsideTheCallback()
    {
        struct ChainingSink final : RecordingSink
        {
            SmtpClientProtocol* client = nullptr;
            QList<SmtpReply> seen;
            void transactionFinished(const QList<SmtpReply>& perRecipient) override
            {
                if (finished.isEmpty())
                    client->send(job({"next@example.org"}));
                RecordingSink::transactionFinished(perRecipient);
                seen = perRecipient; // must still be the first job's outcomes
            }
        };
        ChainingSink sink;
        SmtpClientProtocol client(plainConfig(), &sink);
        sink.client = &client;
        PLAY(client, sink, greetingAndEhlo);
        client.send(job({"a@example.org"}));
        PLAY(client, sink,
             {"C: MAIL FROM:<app@relay.test> SIZE=22", "S: 250 Ok", "C: RCPT TO:<a@example.org>",
              "S: 550 5.1.1 Unknown", "C: RSET"});
        QCOMPARE(sink.seen.size(), 1);
        QCOMPARE(sink.seen.first().code, 550);
        QCOMPARE(client.state(), SmtpClientProtocol::State::Rset);
        QCOMPARE(sink.readyCount, 1); // no sessionReady while the next job is already running
    }

    void malformedReplyFailsTemporarily()
    {
        RecordingSink sink;
        SmtpClientProtocol client(plainConfig(), &sink);
        client.receive("220-mx\r\n250 oops\r\n");
        QCOMPARE(sink.failures.size(), 1);
        QCOMPARE(sink.failures.first().summary().left(9), QByteArray("451 4.5.0"));
    }
};

QTEST_APPLESS_MAIN(TestSmtpClientProtocol)
#include "tst_smtpclientprotocol.moc"

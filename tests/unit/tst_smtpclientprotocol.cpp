// Tests of the outbound SMTP client state machine: every client dialog of tests/dialogs (client-*.txt), and
// the cases that need C++ (write grouping, transcripts, dot-stuffing, re-entrant sinks).
#include "core/smtp/smtpclientprotocol.h"
#include "tests/support/clientdialogplayer.h"
#include "tests/support/dialogscript.h"
#include "tests/support/recordingsink.h"

#include <QRandomGenerator>
#include <QTest>

using namespace RelayDesk;
using RelayDesk::Test::ClientDialogPlayer;
using RelayDesk::Test::DialogScript;
using RelayDesk::Test::RecordingSink;

namespace {

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
    void dialogs_data()
    {
        QTest::addColumn<QString>("path");
        int count = 0;
        for (const QString& path : DialogScript::files(QStringLiteral(RELAYDESK_DIALOGS_DIR))) {
            DialogScript script;
            QString error;
            QVERIFY2(script.load(path, &error), qPrintable(error));
            QVERIFY2(script.side() != DialogScript::Side::Unknown,
                     qPrintable(script.name() + QStringLiteral(": name it server-*.txt or client-*.txt")));
            if (script.side() == DialogScript::Side::Client) {
                QTest::newRow(qPrintable(script.name())) << path;
                ++count;
            }
        }
        QVERIFY(count > 0);
    }
    void dialogs()
    {
        QFETCH(QString, path);
        DialogScript script;
        QString error;
        QVERIFY2(script.load(path, &error), qPrintable(error));
        error = ClientDialogPlayer::play(script);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    // The transcript holds the server's lines as they came, not the reply rebuilt from its parsed parts: a
    // second line without the enhanced code stays without it, and spacing stays as sent.
    void transcriptKeepsTheServersLines()
    {
        RecordingSink sink;
        SmtpClientProtocol client(plainConfig(), &sink);
        PLAY(client, sink, greetingAndEhlo);
        QVERIFY(client.send(job({"a@example.org"})));
        PLAY(client, sink,
             {"C: MAIL FROM:<app@relay.test> SIZE=22", "S: 250 2.1.0 Ok", "C: RCPT TO:<a@example.org>",
              "S: 451-4.2.1 first", "S: 451  second line"});
        const QByteArray transcript = client.takeTranscript();
        QVERIFY2(transcript.contains("S: 451-4.2.1 first\r\nS: 451  second line\r\n"),
                 transcript.constData());
    }

    // The transcript names the content by its size, never its text (the dialog itself is
    // tests/dialogs/client-per-recipient-outcomes.txt).
    void transcriptShowsContentSizeOnly()
    {
        RecordingSink sink;
        SmtpClientProtocol client(plainConfig(), &sink);
        PLAY(client, sink, greetingAndEhlo);
        QVERIFY(client.send(job({"a@example.org"})));
        PLAY(client, sink,
             {"C: MAIL FROM:<app@relay.test> SIZE=22", "S: 250 2.1.0 Ok", "C: RCPT TO:<a@example.org>",
              "S: 250 2.1.5 Ok", "C: DATA", "S: 354 go ahead"});
        QCOMPARE(sink.sent.takeFirst(), QByteArray("Subject: hi\r\n\r\nHello\r\n.\r\n"));
        PLAY(client, sink, {"S: 250 2.0.0 Ok: queued as 123"});
        const QByteArray transcript = client.takeTranscript();
        QVERIFY(transcript.startsWith("S: 220 mx.example.org ESMTP\r\nC: EHLO relay.test\r\n"));
        QVERIFY(transcript.contains("C: <message content, 25 octets>\r\nS: 250 2.0.0 Ok: queued as 123\r\n"));
        QVERIFY(!transcript.contains("Hello"));
    }

    // RFC 6152: BODY=8BITMIME exactly when some byte of the content has its top bit set, wherever it is (the
    // scan takes 64 bytes at a time, then the rest one by one).
    void bodyParameterOnlyForEightBitContent_data()
    {
        QTest::addColumn<int>("size");
        QTest::addColumn<int>("eightBitAt"); // -1: none
        QTest::newRow("short, 7-bit") << 30 << -1;
        QTest::newRow("blocks only, 7-bit") << 960 << -1; // the server takes SIZE 1000
        QTest::newRow("first byte") << 960 << 0;
        QTest::newRow("end of the first block") << 960 << 63;
        QTest::newRow("start of the second block") << 960 << 64;
        QTest::newRow("last byte of a block multiple") << 960 << 959;
        QTest::newRow("in the tail after the blocks") << 100 << 99;
        QTest::newRow("shorter than a block") << 40 << 20;
    }
    void bodyParameterOnlyForEightBitContent()
    {
        QFETCH(int, size);
        QFETCH(int, eightBitAt);
        QByteArray body(size, 'a');
        if (eightBitAt >= 0)
            body[eightBitAt] = char(0xc3);
        RecordingSink sink;
        SmtpClientProtocol client(plainConfig(), &sink);
        PLAY(client, sink, greetingAndEhlo);
        QVERIFY(client.send(job({"a@example.org"}, body)));
        QVERIFY(!sink.sent.isEmpty());
        const QByteArray expected = "MAIL FROM:<app@relay.test> SIZE=" + QByteArray::number(size) +
                                    (eightBitAt >= 0 ? " BODY=8BITMIME" : "") + "\r\n";
        QCOMPARE(sink.sent.takeFirst(), expected);
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

    void envelopeOnlyAsksWithoutDataAndKeepsTheServersReply()
    {
        // A connection test's question (DeliveryJob::envelopeOnly): one command at a time although the server
        // pipelines (RFC 2920 would send DATA with them), no DATA after the RCPT replies, the replies as
        // given.
        RecordingSink sink;
        SmtpClientProtocol client(plainConfig(), &sink);
        PLAY(client, sink, pipeliningEhlo);
        DeliveryJob question = job({"postmaster@example.org"}, {});
        question.sender.clear();
        question.envelopeOnly = true;
        QVERIFY(client.send(question));
        PLAY(client, sink,
             {"C: MAIL FROM:<> SIZE=0", "S: 250 2.1.0 Ok", "C: RCPT TO:<postmaster@example.org>",
              "S: 550 5.7.1 Relaying denied"});
        QVERIFY(sink.sent.isEmpty()); // no DATA
        QCOMPARE(sink.finished.size(), 1);
        QCOMPARE(sink.finished[0][0].summary(), QByteArray("550 5.7.1 Relaying denied"));
        QCOMPARE(client.state(), SmtpClientProtocol::State::Ready);

        // A server that wants a login says 530 at MAIL: kept as 530 (delivery turns it into a 4.7.8 deferral
        // that names the smarthost; the test says that itself).
        QVERIFY(client.send(question));
        PLAY(client, sink,
             {"C: RSET", "S: 250 Ok", "C: MAIL FROM:<> SIZE=0", "S: 530 5.7.0 Authentication required"});
        QVERIFY(sink.sent.isEmpty());
        QCOMPARE(sink.finished.size(), 2);
        QCOMPARE(sink.finished[1][0].summary(), QByteArray("530 5.7.0 Authentication required"));
        // Mail itself still gets the deferral.
        QVERIFY(client.send(job({"a@example.org"})));
        sink.sent.clear();
        client.receive(QByteArray("250 Ok\r\n530 5.7.0 Authentication required\r\n530 5.7.0 Authentication "
                                  "required\r\n503 5.5.1 No recipients\r\n"));
        QCOMPARE(sink.finished.size(), 3);
        QCOMPARE(sink.finished[2][0].code, 451);
        QCOMPARE(sink.finished[2][0].enhanced, QByteArray("4.7.8"));
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
};

QTEST_APPLESS_MAIN(TestSmtpClientProtocol)
#include "tst_smtpclientprotocol.moc"

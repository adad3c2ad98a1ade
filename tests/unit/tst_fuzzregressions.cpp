// Regression tests for what the fuzz targets in tests/fuzz found; each names the crashing input.
#include "core/agents/cidrrange.h"
#include "core/smtp/smtpclientprotocol.h"

#include <QTest>

using namespace RelayDesk;

namespace {

/// Records the outcomes the client reports.
struct OutcomeSink final : SmtpClientSink
{
    QList<QByteArray> sent;
    QList<QList<SmtpReply>> finished;
    QList<SmtpReply> failures;
    void sendToServer(const QByteArray& bytes) override { sent << bytes; }
    void startTlsHandshake() override {}
    void sessionReady() override {}
    void transactionFinished(const QList<SmtpReply>& perRecipient) override { finished << perRecipient; }
    void sessionFailed(const SmtpReply& reason) override { failures << reason; }
    void closeConnection() override {}
};

DeliveryJob twoRecipients()
{
    DeliveryJob job;
    job.sender = "app@relay.test";
    job.domain = QStringLiteral("example.org");
    job.recipientIds = {1, 2};
    job.recipients = {"a@example.org", "b@example.org"};
    job.body = "Subject: hi\r\n\r\nHello\r\n";
    return job;
}

SmtpClientConfig plain()
{
    SmtpClientConfig config;
    config.heloName = "relay.test";
    config.startTls = StartTlsMode::Never;
    return config;
}

} // namespace

/// Inputs found by the fuzzers, replayed as ordinary unit tests.
class TestFuzzRegressions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // fuzz_cidrrange, input "::/0": Qt converts "::" to IPv4 0.0.0.0, so "::/96" became 0.0.0.0/0 and
    // allowed every IPv4 client, and "::/0" did not contain "::".
    void unspecifiedIpv6IsNotIpv4Mapped()
    {
        const Expected<CidrRange> compat = CidrRange::parse(QStringLiteral("::/96"));
        QVERIFY(compat);
        QCOMPARE(compat->network().protocol(), QAbstractSocket::IPv6Protocol);
        QCOMPARE(compat->toString(), QStringLiteral("::/96"));
        QVERIFY(!compat->contains(QHostAddress(QStringLiteral("192.0.2.7"))));
        QVERIFY(!compat->contains(QHostAddress(QStringLiteral("::ffff:192.0.2.7"))));

        const Expected<CidrRange> all6 = CidrRange::parse(QStringLiteral("::/0"));
        QVERIFY(all6);
        QVERIFY(all6->contains(QHostAddress(QStringLiteral("::"))));
        QVERIFY(all6->contains(QHostAddress(QStringLiteral("2001:db8::1"))));

        const Expected<CidrRange> single = CidrRange::parse(QStringLiteral("::"));
        QVERIFY(single);
        QCOMPARE(single->toString(), QStringLiteral("::"));
        QVERIFY(!single->contains(QHostAddress(QStringLiteral("0.0.0.0"))));

        // The real mapped form still means IPv4.
        const Expected<CidrRange> mapped = CidrRange::parse(QStringLiteral("::ffff:10.0.0.0/104"));
        QVERIFY(mapped);
        QCOMPARE(mapped->toString(), QStringLiteral("10.0.0.0/8"));
    }

    // fuzz_clientprotocol: a server that answers DATA with 250 (instead of 354) had every recipient
    // reported delivered, though no content was sent.
    void positiveReplyToDataIsNotDelivery()
    {
        OutcomeSink sink;
        SmtpClientProtocol client(plain(), &sink);
        client.receive("220 mx\r\n250 mx\r\n");
        QVERIFY(client.send(twoRecipients()));
        client.receive("250 ok\r\n250 ok\r\n250 ok\r\n250 2.0.0 not really\r\n");
        QCOMPARE(sink.finished.size(), 1);
        for (const SmtpReply& reply : sink.finished[0])
            QCOMPARE(reply.code, 451);
    }

    // fuzz_clientprotocol, input "220 mx\r\n250 mx\r\n250 ok\r\n250 ok\r\n42n\r\n" (scene 0x11): recipients
    // accepted by RCPT stayed "250" when the session broke off before DATA, so they counted as delivered.
    void brokenSessionBeforeDataDeliversNobody()
    {
        OutcomeSink sink;
        SmtpClientProtocol client(plain(), &sink);
        client.receive("220 mx\r\n250 mx\r\n");
        QVERIFY(client.send(twoRecipients()));
        client.receive("250 ok\r\n250 ok\r\n");
        client.connectionLost(SmtpReply::make(421, "4.4.2", "connection lost"));
        QCOMPARE(sink.finished.size(), 1);
        QCOMPARE(sink.finished[0].size(), 2);
        for (const SmtpReply& reply : sink.finished[0])
            QVERIFY2(reply.isTransient(), reply.summary().constData());
    }

    // fuzz_clientprotocol: a 2xx/3xx out of place (250 as greeting, 354 to RSET) was handed on as the
    // failure reason, which DeliveryAttempt then recorded as the recipients' outcome: delivered.
    void unexpectedPositiveReplyIsATemporaryFailure()
    {
        OutcomeSink sink;
        SmtpClientProtocol client(plain(), &sink);
        client.receive("250 hello\r\n");
        QCOMPARE(sink.failures.size(), 1);
        QCOMPARE(sink.failures[0].code, 451);
        QCOMPARE(sink.failures[0].enhanced, QByteArray("4.5.0"));
    }
};

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "tst_fuzzregressions.moc"

#include "core/outbound/outboundtransport.h"
#include "tests/support/dnsmasqpeer.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace RelayDesk;

namespace {

const char* const aiosmtpdScript = R"PY(
import asyncio, os, ssl, sys, time
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult

out, cert, key, starttls_port, implicit_port, slow_port = sys.argv[1:7]

class Handler:
    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address.startswith('bad'):
            return '550 5.1.1 No such user'
        if address.startswith('later'):
            return '450 4.2.1 Mailbox busy, try later'
        envelope.rcpt_tos.append(address)
        return '250 2.1.5 OK'

    async def handle_DATA(self, server, session, envelope):
        name = os.path.join(out, 'msg-%d' % time.time_ns())
        with open(name, 'wb') as f:
            f.write(envelope.content)
        return '250 2.0.0 Stored'

class SlowHandler(Handler):
    """Takes 1.2 s over MAIL, each RCPT and the content: slow, but never silent for a whole reply timeout."""
    async def handle_MAIL(self, server, session, envelope, address, mail_options):
        await asyncio.sleep(1.2)
        envelope.mail_from = address
        envelope.mail_options.extend(mail_options)
        return '250 2.1.0 OK'

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        await asyncio.sleep(1.2)
        return await super().handle_RCPT(server, session, envelope, address, rcpt_options)

    async def handle_DATA(self, server, session, envelope):
        await asyncio.sleep(1.2)
        return await super().handle_DATA(server, session, envelope)

def check(server, session, envelope, mechanism, auth_data):
    ok = auth_data.login == b'relay' and auth_data.password == b's3cret'
    return AuthResult(success=ok, handled=False)  # handled=False: aiosmtpd sends the 535

ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
ctx.load_cert_chain(cert, key)
a = Controller(Handler(), hostname='127.0.0.1', port=int(starttls_port), tls_context=ctx, require_starttls=True)
b = Controller(Handler(), hostname='127.0.0.1', port=int(implicit_port), ssl_context=ctx, server_hostname='127.0.0.1',
               authenticator=check, auth_required=True, auth_require_tls=False)  # it is TLS from the start
c = Controller(SlowHandler(), hostname='127.0.0.1', port=int(slow_port))
a.start()
b.start()
c.start()
print('READY', flush=True)
sys.stdin.read()
)PY";

quint16 freePort(const QHostAddress& address = QHostAddress::LocalHost)
{
    QTcpServer probe;
    if (!probe.listen(address, 0))
        return 0;
    return probe.serverPort();
}

bool waitForPort(quint16 port, int timeoutMs = 10000)
{
    return QTest::qWaitFor(
        [port] {
            QTcpSocket socket;
            socket.connectToHost(QHostAddress::LocalHost, port);
            return socket.waitForConnected(200);
        },
        timeoutMs);
}

DeliveryJob job(const QString& domain, QList<QByteArray> recipients, QByteArray body = {})
{
    DeliveryJob j;
    j.messageId = 7;
    j.queueId = QStringLiteral("Q7");
    j.sender = "app@relay.test";
    j.domain = domain;
    j.recipients = std::move(recipients);
    for (qsizetype i = 0; i < j.recipients.size(); ++i)
        j.recipientIds.append(100 + i);
    j.body = body.isEmpty()
                 ? QByteArray("From: app@relay.test\r\nSubject: test\r\n\r\n.leading dot\r\nbody\r\n")
                 : body;
    return j;
}

/// A minimal in-process SMTP server whose STARTTLS is broken: it says 220 and then sends no TLS at all.
class BrokenTlsServer final : public QObject
{
public:
    QTcpServer server;
    int connections = 0;
    QByteArray received;

    BrokenTlsServer()
    {
        QObject::connect(&server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* socket = server.nextPendingConnection()) {
                ++connections;
                socket->setParent(this);
                socket->write("220 broken.test ESMTP\r\n");
                auto inData = std::make_shared<bool>(false);
                QObject::connect(socket, &QTcpSocket::readyRead, this, [this, socket, inData] {
                    while (socket->canReadLine()) {
                        const QByteArray line = socket->readLine();
                        received += line;
                        if (*inData) {
                            if (line == ".\r\n") {
                                *inData = false;
                                socket->write("250 2.0.0 Stored in plaintext\r\n");
                            }
                        } else if (line.startsWith("EHLO")) {
                            socket->write("250-broken.test\r\n250 STARTTLS\r\n");
                        } else if (line.startsWith("STARTTLS")) {
                            socket->write("220 2.0.0 Go ahead\r\nthis is not a TLS server hello\r\n");
                            socket->disconnectFromHost();
                        } else if (line.startsWith("DATA")) {
                            *inData = true;
                            socket->write("354 go\r\n");
                        } else if (line.startsWith("QUIT")) {
                            socket->write("221 bye\r\n");
                            socket->disconnectFromHost();
                        } else {
                            socket->write("250 ok\r\n");
                        }
                    }
                });
            }
        });
    }
};

} // namespace

/// OutboundTransport against real receiving servers over loopback: Postfix smtp-sink (plaintext) and
/// aiosmtpd (STARTTLS; implicit TLS with AUTH as a smarthost).
class TestOutboundTransport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QProcess m_sink;
    QProcess m_aiosmtpd;
    quint16 m_sinkPort = 0;
    quint16 m_startTlsPort = 0;
    quint16 m_implicitPort = 0;
    quint16 m_slowPort = 0;
    QString m_sinkDir;
    QString m_aioDir;

    OutboundTransport::Options fastOptions()
    {
        OutboundTransport::Options options;
        options.heloName = "relay.test";
        options.timeouts = {2000, 2000};
        options.idleMs = 3000;
        return options;
    }

    DeliveryAttemptResult run(OutboundTransport& outbound, const DeliveryJob& j)
    {
        QSignalSpy spy(&outbound, &OutboundTransport::finished);
        outbound.deliver(j);
        if (!spy.wait(30000))
            return {};
        [&] { QCOMPARE(spy.size(), 1); }();
        return spy.first().first().value<DeliveryAttemptResult>();
    }

    void startSink()
    {
        if (!QFileInfo(QStringLiteral("/usr/sbin/smtp-sink")).isExecutable())
            QSKIP("Postfix smtp-sink is not installed (apt-get install postfix)");
        m_sinkDir = m_dir.filePath(QStringLiteral("sink"));
        QDir().mkpath(m_sinkDir);
        m_sinkPort = freePort();
        m_sink.setProcessChannelMode(QProcess::MergedChannels);
        m_sink.start(QStringLiteral("/usr/sbin/smtp-sink"),
                     {QStringLiteral("-u"), QStringLiteral("root"), QStringLiteral("-d"),
                      m_sinkDir + QStringLiteral("/msg."), QStringLiteral("127.0.0.1:%1").arg(m_sinkPort),
                      QStringLiteral("50")});
        if (!m_sink.waitForStarted(5000) || !waitForPort(m_sinkPort))
            QFAIL(qPrintable(QStringLiteral("smtp-sink did not start: %1 %2")
                                 .arg(m_sink.errorString(), QString::fromUtf8(m_sink.readAll()))));
    }

    void startAiosmtpd()
    {
        const QString python = QStringLiteral("/usr/bin/python3");
        QProcess probe;
        probe.start(python, {QStringLiteral("-c"), QStringLiteral("import aiosmtpd")});
        if (!probe.waitForFinished(10000) || probe.exitCode() != 0)
            QSKIP("Python aiosmtpd is not installed (apt-get install python3-aiosmtpd)");
        const QString cert = m_dir.filePath(QStringLiteral("cert.pem"));
        const QString key = m_dir.filePath(QStringLiteral("key.pem"));
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                       QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                       QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                       QStringLiteral("-subj"), QStringLiteral("/CN=mx.aio.test"), QStringLiteral("-days"),
                       QStringLiteral("2"), QStringLiteral("-keyout"), key, QStringLiteral("-out"), cert});
        if (!openssl.waitForFinished(20000) || openssl.exitCode() != 0)
            QFAIL(qPrintable(QStringLiteral("openssl could not make a test certificate: ") +
                             QString::fromUtf8(openssl.readAllStandardError())));
        m_aioDir = m_dir.filePath(QStringLiteral("aio"));
        QDir().mkpath(m_aioDir);
        const QString script = m_dir.filePath(QStringLiteral("server.py"));
        QFile file(script);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(aiosmtpdScript);
        file.close();
        m_startTlsPort = freePort();
        m_implicitPort = freePort();
        m_slowPort = freePort();
        m_aiosmtpd.start(python, {script, m_aioDir, cert, key, QString::number(m_startTlsPort),
                                  QString::number(m_implicitPort), QString::number(m_slowPort)});
        if (!m_aiosmtpd.waitForStarted(5000) ||
            !QTest::qWaitFor(
                [&] {
                    return m_aiosmtpd.peek(64).contains("READY") || m_aiosmtpd.state() != QProcess::Running;
                },
                15000) ||
            m_aiosmtpd.state() != QProcess::Running)
            QFAIL(qPrintable(QStringLiteral("aiosmtpd did not start: ") +
                             QString::fromUtf8(m_aiosmtpd.readAllStandardError())));
    }

    OutboundTransport* routed(const QString& pattern, quint16 port, TlsPolicy tls)
    {
        auto* outbound = new OutboundTransport(this);
        outbound->setOptions(fastOptions());
        RouteTable table;
        table.setRoutes({{pattern, QStringLiteral("127.0.0.1"), port, tls}});
        outbound->setRouteTable(table);
        return outbound;
    }

private Q_SLOTS:
    void aSingleLabelNameIsNamedAsAProblem()
    {
        // An outside tester's relay greeted with "EHLO vm" (the machine's name) and sent bounce notices from
        // MAILER-DAEMON@vm: the log says so at start.
        const QString problem = OutboundTransport::heloProblem("vm");
        QVERIFY2(problem.contains(QStringLiteral("'vm'")) &&
                     problem.contains(QStringLiteral("server.hostname")),
                 qPrintable(problem));
        QVERIFY(OutboundTransport::heloProblem("relay.example.com").isEmpty());
        QVERIFY(OutboundTransport::heloProblem("[192.0.2.7]").isEmpty());
    }

    void initTestCase()
    {
        qRegisterMetaType<DeliveryAttemptResult>();
        QVERIFY(m_dir.isValid());
    }

    void cleanupTestCase()
    {
        for (QProcess* process : {&m_sink, &m_aiosmtpd}) {
            if (process->state() == QProcess::Running) {
                process->kill();
                process->waitForFinished(5000);
            }
        }
    }

    void deliversThroughRouteToSmtpSink()
    {
        startSink();
        std::unique_ptr<OutboundTransport> outbound(
            routed(QStringLiteral("sink.test"), m_sinkPort, TlsPolicy::Opportunistic));
        const DeliveryAttemptResult result =
            run(*outbound, job(QStringLiteral("sink.test"), {"a@sink.test", "b@sink.test"}));
        QCOMPARE(result.outcomes.size(), 2);
        QCOMPARE(result.outcomes[0].recipientId, 100);
        QCOMPARE(result.outcomes[0].reply.code, 250);
        QCOMPARE(result.outcomes[1].reply.code, 250);
        QCOMPARE(result.route, QStringLiteral("route"));
        QCOMPARE(result.address, QStringLiteral("127.0.0.1"));
        QCOMPARE(result.port, m_sinkPort);
        QVERIFY(result.tlsVersion.isEmpty()); // smtp-sink offers no STARTTLS
        QVERIFY2(result.transcript.contains("S: 220 smtp-sink"), result.transcript.constData());
        QVERIFY(result.transcript.contains("C: EHLO relay.test\r\n"));
        // smtp-sink offers PIPELINING: the envelope and DATA went as one group, before any reply (RFC 2920).
        QVERIFY2(result.transcript.contains(
                     "C: RCPT TO:<a@sink.test>\r\nC: RCPT TO:<b@sink.test>\r\nC: DATA\r\nS: 250"),
                 result.transcript.constData());
        QVERIFY(result.transcript.contains("octets>\r\n"));
        QVERIFY(!result.transcript.contains("leading dot"));
        // smtp-sink undoes the dot-stuffing: the stored message has the original line.
        QVERIFY(QTest::qWaitFor([&] { return !QDir(m_sinkDir).entryList(QDir::Files).isEmpty(); }, 5000));
        QFile dumped(QDir(m_sinkDir).filePath(QDir(m_sinkDir).entryList(QDir::Files).first()));
        QVERIFY(dumped.open(QIODevice::ReadOnly));
        const QByteArray stored = dumped.readAll();
        QVERIFY(stored.contains("\n.leading dot\r\n") || stored.contains("\n.leading dot\n"));
        QVERIFY(stored.contains("X-Rcpt-Args: <b@sink.test>"));

        // Reuse: the second job goes over the pooled connection with RSET.
        QCOMPARE(outbound->idleConnectionCount(), 1);
        const DeliveryAttemptResult second =
            run(*outbound, job(QStringLiteral("sink.test"), {"c@sink.test"}));
        QCOMPARE(second.outcomes.first().reply.code, 250);
        QVERIFY2(second.transcript.startsWith("-- reusing connection to 127.0.0.1[127.0.0.1]:"),
                 second.transcript.constData());
        QVERIFY(second.transcript.contains("C: RSET\r\n"));
        QVERIFY(!second.transcript.contains("EHLO"));
    }

    void requiredTlsWithoutStartTlsIsTemporary()
    {
        if (m_sinkPort == 0)
            QSKIP("needs smtp-sink from the previous test");
        std::unique_ptr<OutboundTransport> outbound(
            routed(QStringLiteral("sink.test"), m_sinkPort, TlsPolicy::Required));
        const DeliveryAttemptResult result =
            run(*outbound, job(QStringLiteral("sink.test"), {"a@sink.test"}));
        QCOMPARE(result.outcomes.size(), 1);
        QCOMPARE(result.outcomes[0].reply.summary().left(10), QByteArray("451 4.7.10"));
        QVERIFY(!result.transcript.contains("MAIL FROM"));
    }

    void concurrencyLimitQueuesJobs()
    {
        if (m_sinkPort == 0)
            QSKIP("needs smtp-sink from the first test");
        std::unique_ptr<OutboundTransport> outbound(
            routed(QStringLiteral("sink.test"), m_sinkPort, TlsPolicy::None));
        OutboundTransport::Options options = fastOptions();
        options.maxConnectionsPerDestination = 1;
        outbound->setOptions(options);
        QSignalSpy spy(outbound.get(), &OutboundTransport::finished);
        for (int i = 0; i < 3; ++i)
            outbound->deliver(job(QStringLiteral("sink.test"), {"x@sink.test"}));
        QCOMPARE(outbound->runningCount(), 1);
        QCOMPARE(outbound->waitingCount(), 2);
        QVERIFY(QTest::qWaitFor([&] { return spy.size() == 3; }, 15000));
        for (const QList<QVariant>& call : spy)
            QCOMPARE(call.first().value<DeliveryAttemptResult>().outcomes.first().reply.code, 250);
        QCOMPARE(outbound->runningCount(), 0);
    }

    void mxDeliveryFallsBackToTheNextHost()
    {
        if (m_sinkPort == 0)
            QSKIP("needs smtp-sink from the first test");
        if (!Test::DnsmasqPeer::isInstalled())
            QSKIP("dnsmasq is not installed (apt-get install dnsmasq-base)");
        Test::DnsmasqPeer dns;
        const QString problem = dns.start({QStringLiteral("--mx-host=mx.test,mx1.mx.test,10"),
                                           QStringLiteral("--mx-host=mx.test,mx2.mx.test,20"),
                                           QStringLiteral("--host-record=mx1.mx.test,127.0.0.2"),
                                           QStringLiteral("--host-record=mx2.mx.test,127.0.0.1"),
                                           QStringLiteral("--mx-host=nullmx.test,.,0")});
        if (!problem.isEmpty())
            QFAIL(qPrintable(problem));
        OutboundTransport outbound;
        OutboundTransport::Options options = fastOptions();
        options.dnsServer = dns.address();
        options.mxPort = m_sinkPort; // smtp-sink listens on 127.0.0.1 only: mx1 (127.0.0.2) refuses
        outbound.setOptions(options);
        const DeliveryAttemptResult result = run(outbound, job(QStringLiteral("mx.test"), {"a@mx.test"}));
        QCOMPARE(result.outcomes.size(), 1);
        QVERIFY2(result.outcomes[0].reply.code == 250, result.transcript.constData());
        QCOMPARE(result.route, QStringLiteral("mx"));
        QCOMPARE(result.host, QStringLiteral("mx2.mx.test"));
        QCOMPARE(result.address, QStringLiteral("127.0.0.1"));
        const QByteArray port = QByteArray::number(m_sinkPort);
        const QByteArray expected("-- connecting to mx1.mx.test[127.0.0.2]:" + port +
                                  "\r\n"
                                  "-- 421 4.4.1 Connection refused by 127.0.0.2:" +
                                  port +
                                  "\r\n"
                                  "-- connecting to mx2.mx.test[127.0.0.1]:" +
                                  port + "\r\n");
        QVERIFY2(result.transcript.startsWith(expected), result.transcript.constData());

        const DeliveryAttemptResult nullMx =
            run(outbound, job(QStringLiteral("nullmx.test"), {"a@nullmx.test"}));
        QCOMPARE(nullMx.outcomes.size(), 1);
        QCOMPARE(nullMx.outcomes[0].reply.summary(),
                 QByteArray("556 5.1.10 Recipient domain has a null MX (RFC 7505)"));
        const DeliveryAttemptResult missing =
            run(outbound, job(QStringLiteral("nowhere.test"), {"a@nowhere.test"}));
        QCOMPARE(missing.outcomes[0].reply.summary().left(9), QByteArray("550 5.1.2"));
    }

    void hostsBeyondTheTriesAreSaid()
    {
        // Seven MX hosts, the first five refusing, the seventh working: an attempt tries five addresses, and
        // says that two hosts were left (an outside tester's 20th MX host was never tried, without a word).
        if (m_sinkPort == 0)
            QSKIP("needs smtp-sink from the first test");
        if (!Test::DnsmasqPeer::isInstalled())
            QSKIP("dnsmasq is not installed (apt-get install dnsmasq-base)");
        QStringList records;
        for (int i = 1; i <= 7; ++i) {
            records
                << QStringLiteral("--mx-host=many.test,m%1.many.test,%1").arg(i)
                << QStringLiteral("--host-record=m%1.many.test,127.0.0.%2").arg(i).arg(i == 7 ? 1 : i + 1);
        }
        Test::DnsmasqPeer dns;
        if (const QString problem = dns.start(records); !problem.isEmpty())
            QFAIL(qPrintable(problem));
        OutboundTransport outbound;
        OutboundTransport::Options options = fastOptions();
        options.dnsServer = dns.address();
        options.mxPort = m_sinkPort; // smtp-sink listens on 127.0.0.1 only
        outbound.setOptions(options);
        const DeliveryAttemptResult result = run(outbound, job(QStringLiteral("many.test"), {"a@many.test"}));
        QCOMPARE(result.outcomes.size(), 1);
        QCOMPARE(result.outcomes[0].reply.code, 421);
        QCOMPARE(result.transcript.count("-- connecting to"), 5);
        QVERIFY2(result.transcript.contains(
                     "-- 2 more host(s) not tried: at most 5 addresses are tried in one attempt\r\n"),
                 result.transcript.constData());
    }

    void opportunisticTlsFailureFallsBackToPlaintext()
    {
        BrokenTlsServer broken;
        QVERIFY(broken.server.listen(QHostAddress::LocalHost, 0));
        std::unique_ptr<OutboundTransport> outbound(
            routed(QStringLiteral("broken.test"), broken.server.serverPort(), TlsPolicy::Opportunistic));
        const DeliveryAttemptResult result =
            run(*outbound, job(QStringLiteral("broken.test"), {"a@broken.test"}));
        QCOMPARE(result.outcomes.size(), 1);
        QVERIFY2(result.outcomes[0].reply.summary() == "250 2.0.0 Stored in plaintext",
                 result.transcript.constData());
        QCOMPARE(broken.connections, 2);
        QVERIFY(result.transcript.contains("-- 421 4.7.5 TLS handshake"));
        QVERIFY(result.tlsVersion.isEmpty());

        // With TLS required there is no plaintext fallback: the mail waits.
        std::unique_ptr<OutboundTransport> strict(
            routed(QStringLiteral("broken.test"), broken.server.serverPort(), TlsPolicy::Required));
        const DeliveryAttemptResult refused =
            run(*strict, job(QStringLiteral("broken.test"), {"a@broken.test"}));
        QCOMPARE(refused.outcomes[0].reply.summary().left(9), QByteArray("421 4.7.5"));
        QCOMPARE(broken.connections, 3);
    }

    void connectionRefusedIsTemporary()
    {
        const quint16 closedPort = freePort();
        std::unique_ptr<OutboundTransport> outbound(
            routed(QStringLiteral("down.test"), closedPort, TlsPolicy::Opportunistic));
        const DeliveryAttemptResult result =
            run(*outbound, job(QStringLiteral("down.test"), {"a@down.test", "b@down.test"}));
        QCOMPARE(result.outcomes.size(), 2);
        const QByteArray expected =
            "421 4.4.1 Connection refused by 127.0.0.1:" + QByteArray::number(closedPort);
        QCOMPARE(result.outcomes[0].reply.summary(), expected);
        QCOMPARE(result.outcomes[1].reply.summary(), expected);
    }

    void silentServerTimesOut()
    {
        QTcpServer silent; // accepts and never greets
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        std::unique_ptr<OutboundTransport> outbound(
            routed(QStringLiteral("slow.test"), silent.serverPort(), TlsPolicy::Opportunistic));
        const DeliveryAttemptResult result =
            run(*outbound, job(QStringLiteral("slow.test"), {"a@slow.test"}));
        QCOMPARE(result.outcomes.size(), 1);
        QCOMPARE(result.outcomes[0].reply.summary().left(9), QByteArray("421 4.4.2"));
        QVERIFY(result.outcomes[0].reply.summary().contains("Timeout"));
        QVERIFY(result.durationMs >= 1500);
    }

    void startTlsWithPerRecipientOutcomes()
    {
        startAiosmtpd();
        std::unique_ptr<OutboundTransport> outbound(
            routed(QStringLiteral("aio.test"), m_startTlsPort, TlsPolicy::Opportunistic));
        const DeliveryAttemptResult result = run(
            *outbound, job(QStringLiteral("aio.test"), {"good@aio.test", "bad@aio.test", "later@aio.test"},
                           "Subject: caf\xc3\xa9\r\n\r\n.x\r\n"));
        QCOMPARE(result.outcomes.size(), 3);
        QCOMPARE(result.outcomes[0].reply.summary(), QByteArray("250 2.0.0 Stored"));
        QCOMPARE(result.outcomes[1].reply.summary(), QByteArray("550 5.1.1 No such user"));
        QCOMPARE(result.outcomes[2].reply.summary(), QByteArray("450 4.2.1 Mailbox busy, try later"));
        QVERIFY2(result.tlsVersion == QLatin1String("TLSv1.3") ||
                     result.tlsVersion == QLatin1String("TLSv1.2"),
                 qPrintable(result.tlsVersion));
        QVERIFY(!result.tlsCipher.isEmpty());
        QVERIFY(result.transcript.contains("C: STARTTLS\r\n"));
        QCOMPARE(result.transcript.count("C: EHLO relay.test"), 2);
        QVERIFY(QTest::qWaitFor([&] { return !QDir(m_aioDir).entryList(QDir::Files).isEmpty(); }, 5000));
        QFile stored(QDir(m_aioDir).filePath(QDir(m_aioDir).entryList(QDir::Files).first()));
        QVERIFY(stored.open(QIODevice::ReadOnly));
        QVERIFY(stored.readAll().contains("\r\n.x\r\n"));
    }

    void verifyPolicyRejectsSelfSignedCertificate()
    {
        if (m_startTlsPort == 0)
            QSKIP("needs aiosmtpd from the previous test");
        std::unique_ptr<OutboundTransport> outbound(
            routed(QStringLiteral("aio.test"), m_startTlsPort, TlsPolicy::Verify));
        const DeliveryAttemptResult result =
            run(*outbound, job(QStringLiteral("aio.test"), {"good@aio.test"}));
        QCOMPARE(result.outcomes.size(), 1);
        QCOMPARE(result.outcomes[0].reply.summary().left(9), QByteArray("421 4.7.5"));
        QVERIFY(!result.transcript.contains("MAIL FROM"));
    }

    void slowServerWithinTheReplyTimeoutDelivers()
    {
        // The reply timeout counts from the last progress, not from the start: aiosmtpd takes 1.2 s of the
        // 2 s timeout over each of MAIL, RCPT and the content, 3.6 s in all.
        if (m_slowPort == 0)
            QSKIP("needs aiosmtpd from an earlier test");
        std::unique_ptr<OutboundTransport> outbound(
            routed(QStringLiteral("slow.test"), m_slowPort, TlsPolicy::Opportunistic));
        const DeliveryAttemptResult result =
            run(*outbound, job(QStringLiteral("slow.test"), {"a@slow.test"}));
        QCOMPARE(result.outcomes.size(), 1);
        QVERIFY2(result.outcomes[0].reply.code == 250, result.outcomes[0].reply.summary().constData());
        QVERIFY2(result.durationMs >= 3500, QByteArray::number(result.durationMs).constData());
    }

    void smarthostWithImplicitTlsAndAuth()
    {
        if (m_implicitPort == 0)
            QSKIP("needs aiosmtpd from the previous test");
        OutboundTransport outbound;
        OutboundTransport::Options options = fastOptions();
        options.timeouts.commandMs = 10000; // aiosmtpd answers a failed AUTH after a delay
        outbound.setOptions(options);
        RouteTable table;
        // The smarthost's certificate is verified before AUTH: this one is self-signed, so it is pinned.
        QFile certificate(m_dir.filePath(QStringLiteral("cert.pem")));
        QVERIFY(certificate.open(QIODevice::ReadOnly));
        const PeerTrust pin = PeerTrust::fromFingerprint(
            QSslCertificate(certificate.readAll(), QSsl::Pem).digest(QCryptographicHash::Sha256));
        table.setSmarthost({QStringLiteral("127.0.0.1"), m_implicitPort, SmarthostConfig::Tls::Implicit,
                            "relay", "s3cret", pin});
        outbound.setRouteTable(table);
        const DeliveryAttemptResult result =
            run(outbound, job(QStringLiteral("anywhere.test"), {"good@anywhere.test"}));
        QCOMPARE(result.route, QStringLiteral("smarthost"));
        QCOMPARE(result.outcomes.size(), 1);
        QVERIFY2(result.outcomes[0].reply.code == 250, result.transcript.constData());
        QVERIFY(!result.tlsVersion.isEmpty());
        QVERIFY(result.transcript.contains("C: AUTH PLAIN <redacted>\r\n"));
        QVERIFY(!result.transcript.contains("s3cret"));
        QVERIFY(!result.transcript.contains(QByteArray("\0relay\0s3cret", 13).toBase64()));
        QVERIFY2(result.transcript.contains("-- certificate of 127.0.0.1[127.0.0.1]:"),
                 result.transcript.constData());
        QVERIFY(result.transcript.contains("verified against the pinned certificate SHA256:"));

        // The same smarthost checked against the system CAs: the self-signed certificate fails, and the
        // password never leaves (4.7.5, no AUTH in the transcript).
        table.setSmarthost({QStringLiteral("127.0.0.1"),
                            m_implicitPort,
                            SmarthostConfig::Tls::Implicit,
                            "relay",
                            "s3cret",
                            {}});
        outbound.setRouteTable(table);
        const DeliveryAttemptResult refused =
            run(outbound, job(QStringLiteral("anywhere.test"), {"good@anywhere.test"}));
        QCOMPARE(refused.outcomes[0].reply.enhanced, QByteArray("4.7.5"));
        QVERIFY2(refused.outcomes[0].reply.summary().contains("certificate not trusted: self-signed"),
                 refused.outcomes[0].reply.summary().constData());
        QVERIFY(!refused.transcript.contains("C: AUTH"));

        table.setSmarthost({QStringLiteral("127.0.0.1"), m_implicitPort, SmarthostConfig::Tls::Implicit,
                            "relay", "wrong", pin});
        outbound.setRouteTable(table);
        const DeliveryAttemptResult denied =
            run(outbound, job(QStringLiteral("anywhere.test"), {"good@anywhere.test"}));
        QVERIFY2(denied.outcomes[0].reply.code == 451, denied.transcript.constData()); // must not bounce
        QCOMPARE(denied.outcomes[0].reply.enhanced, QByteArray("4.7.8"));
    }
};

QTEST_GUILESS_MAIN(TestOutboundTransport)
#include "tst_outboundtransport.moc"

// "Test connection" through the admin facade: the plans RouteAdmin makes from the configuration, and
// RouteAdmin::testConnection against scripted SMTP peers on loopback (real sockets, no mail sent).
#include "core/admin/admin.h"
#include "tests/support/tempdatadir.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

using namespace RelayDesk;

namespace {

/// A plaintext SMTP server on loopback that answers by a small script and records every line it reads.
class ScriptedPeer final : public QObject
{
public:
    enum class Mode
    {
        Normal, ///< 220, EHLO with extensions, 221 to QUIT, 250 to anything else
        Silent, ///< accepts the connection and says nothing
    };

    explicit ScriptedPeer(Mode mode) : m_mode(mode)
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QTcpServer::newConnection, this, [this]() {
            while (QTcpSocket* socket = m_server.nextPendingConnection()) {
                if (m_mode == Mode::Silent)
                    continue;
                socket->write("220 peer.test ESMTP scripted\r\n");
                connect(socket, &QTcpSocket::readyRead, this, [this, socket]() { onLines(socket); });
            }
        });
    }
    quint16 port() const { return m_server.serverPort(); }
    QList<QByteArray> lines;

private:
    void onLines(QTcpSocket* socket)
    {
        while (socket->canReadLine()) {
            const QByteArray line = socket->readLine().trimmed();
            lines << line;
            const QByteArray verb = line.left(4).toUpper();
            if (verb == "EHLO")
                socket->write("250-peer.test\r\n250-PIPELINING\r\n250 SIZE 1000000\r\n");
            else if (verb == "QUIT") {
                socket->write("221 2.0.0 Bye\r\n");
                socket->disconnectFromHost();
            } else
                socket->write("250 2.0.0 OK\r\n");
        }
    }

    Mode m_mode;
    QTcpServer m_server;
};

QStringList names(std::initializer_list<const char*> words)
{
    QStringList out;
    for (const char* word : words)
        out << QString::fromLatin1(word);
    return out;
}

QStringList shape(const ProbeReport& report)
{
    QStringList out;
    for (const ProbeStep& step : report.steps)
        out << ProbeStep::kindName(step.kind) + QLatin1Char(':') + ReplyCatalog::signName(step.sign);
    return out;
}

} // namespace

class TestConnectionProbe : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void plansFollowTheWayMailGoes()
    {
        Test::TempDataDir dir;
        QVERIFY(dir.isValid());
        const Admin admin(dir.path());
        QVERIFY(admin.settings().set({{QStringLiteral("delivery.helo_name"), QStringLiteral("probe.test")},
                                      {QStringLiteral("delivery.mx_port"), QStringLiteral("2525")},
                                      {QStringLiteral("delivery.command_timeout"), QStringLiteral("600")}}));
        QVERIFY(admin.routes().setTlsPolicy(QStringLiteral("secure.test"), TlsPolicy::Verify));

        // No route, no smarthost: the MX hosts, with the domain's TLS policy and the configured MX port.
        auto mx = admin.routes().probeDomain(QStringLiteral("Secure.Test"));
        QVERIFY2(mx, qPrintable(mx.error()));
        QCOMPARE(mx->route.kind, Route::Kind::Mx);
        QCOMPARE(mx->domain, QStringLiteral("secure.test"));
        QCOMPARE(mx->route.port, quint16(2525));
        QCOMPARE(mx->route.tls, TlsPolicy::Verify);
        QCOMPARE(mx->heloName, QByteArray("probe.test"));
        QCOMPARE(mx->timeouts.commandMs, 600000); // the probe clamps it per step (ProbePlan::maxStepMs)

        // A smarthost takes everything not routed; a route wins for its domain.
        QVERIFY(admin.routes().setSmarthost({QStringLiteral("smart.test"), 587, QStringLiteral("starttls"),
                                             QStringLiteral("relay"), "s3cret"}));
        const auto route =
            RouteAdmin::parseRoute(QStringLiteral("*.routed.test"), QStringLiteral("mx.routed.test:2526"),
                                   QStringLiteral("implicit"));
        QVERIFY(route && admin.routes().setRoute(route.value()));
        auto smart = admin.routes().probeDomain(QStringLiteral("other.test"));
        QVERIFY(smart);
        QCOMPARE(smart->route.kind, Route::Kind::Smarthost);
        QCOMPARE(smart->route.password, QByteArray("s3cret"));
        QVERIFY(smart->reportAuth);
        QVERIFY(!smart->target.contains(QLatin1String("s3cret")));
        auto routed = admin.routes().probeDomain(QStringLiteral("a.routed.test"));
        QVERIFY(routed);
        QCOMPARE(routed->route.kind, Route::Kind::Direct);
        QCOMPARE(routed->route.host, QStringLiteral("mx.routed.test"));
        QVERIFY(routed->route.implicitTls);
        QVERIFY(routed->route.username.isEmpty());
        QVERIFY(!admin.routes().probeDomain(QStringLiteral("not a domain")));

        // The editor's route as it stands, saved or not.
        auto edited = admin.routes().probeRoute(route.value());
        QVERIFY(edited);
        QCOMPARE(edited->route.port, quint16(2526));
    }

    void pendingSmarthostGetsTheStoredPasswordOnlyForTheStoredHost()
    {
        Test::TempDataDir dir;
        const Admin admin(dir.path());
        QCOMPARE(admin.routes().probeSmarthost().error(),
                 QStringLiteral("no smarthost is set (mail goes to the recipients' MX hosts)"));
        QVERIFY(admin.routes().setSmarthost({QStringLiteral("smart.test"), 587, QStringLiteral("starttls"),
                                             QStringLiteral("relay"), "s3cret"}));
        QCOMPARE(admin.routes().probeSmarthost()->route.password, QByteArray("s3cret"));
        SmarthostSettings pending{
            QStringLiteral("smart.test"), 465, QStringLiteral("implicit"), QStringLiteral("relay"), {}};
        auto same = admin.routes().probeSmarthost(pending, true);
        QVERIFY(same);
        QCOMPARE(same->route.password, QByteArray("s3cret"));
        QVERIFY(same->route.implicitTls);
        pending.host = QStringLiteral("other.test");
        QVERIFY(admin.routes().probeSmarthost(pending, true)->route.password.isEmpty());
        pending.password = "typed";
        QCOMPARE(admin.routes().probeSmarthost(pending, true)->route.password, QByteArray("typed"));
        pending.tls = QStringLiteral("bogus");
        QVERIFY(!admin.routes().probeSmarthost(pending, true));
    }

    void plaintextPeerEndToEndSendsNoMail()
    {
        ScriptedPeer peer(ScriptedPeer::Mode::Normal);
        Test::TempDataDir dir;
        RouteEntry entry;
        entry.pattern = QStringLiteral("peer.test");
        entry.host = QStringLiteral("127.0.0.1");
        entry.port = peer.port();
        entry.tls = TlsPolicy::Opportunistic;
        auto plan = Admin(dir.path()).routes().probeRoute(entry);
        QVERIFY(plan);
        int progressCalls = 0;
        const ProbeReport report =
            RouteAdmin::testConnection(plan.value(), [&](const ProbeReport&) { ++progressCalls; });
        QVERIFY(report.finished);
        QCOMPARE(shape(report), names({"connect:green", "greeting:green", "ehlo:green", "tls:yellow",
                                       "recipient:green", "quit:green"}));
        QVERIFY(progressCalls >= 4); // after each step, not only at the end
        QVERIFY(report.transcript.contains("S: 220 peer.test ESMTP scripted"));
        QVERIFY(report.transcript.contains("C: EHLO "));
        QVERIFY(report.transcript.contains("S: 221 2.0.0 Bye"));
        // The route's domain is asked about one command at a time although the peer offers PIPELINING, which
        // would have sent DATA with them: no message.
        QCOMPARE(peer.lines.size(), 4);
        QVERIFY(peer.lines[0].startsWith("EHLO"));
        QVERIFY(peer.lines[1].startsWith("MAIL FROM:<>"));
        QCOMPARE(peer.lines[2], QByteArray("RCPT TO:<postmaster@peer.test>"));
        QCOMPARE(peer.lines[3], QByteArray("QUIT"));
        QVERIFY(!report.certificate);

        // A route for subdomains names no domain to ask about: EHLO, then QUIT.
        ScriptedPeer wildcardPeer(ScriptedPeer::Mode::Normal);
        entry.pattern = QStringLiteral("*.peer.test");
        entry.port = wildcardPeer.port();
        plan = Admin(dir.path()).routes().probeRoute(entry);
        QVERIFY(plan);
        const ProbeReport wildcard = RouteAdmin::testConnection(plan.value(), [](const ProbeReport&) {});
        QCOMPARE(shape(wildcard),
                 names({"connect:green", "greeting:green", "ehlo:green", "tls:yellow", "quit:green"}));
        QCOMPARE(wildcardPeer.lines.size(), 2);
    }

    void closedPortIsOneClearRedStep()
    {
        quint16 closed = 0;
        {
            QTcpServer server;
            QVERIFY(server.listen(QHostAddress::LocalHost, 0));
            closed = server.serverPort();
        }
        ProbePlan plan;
        plan.route.kind = Route::Kind::Direct;
        plan.route.host = QStringLiteral("127.0.0.1");
        plan.route.port = closed;
        const ProbeReport report = RouteAdmin::testConnection(plan);
        QCOMPARE(shape(report), names({"connect:red"}));
        QVERIFY2(report.steps.first().summary.contains(QLatin1String("Connection refused by 127.0.0.1")),
                 qPrintable(report.steps.first().summary));
    }

    void silentPeerTimesOutAtTheGreeting()
    {
        ScriptedPeer peer(ScriptedPeer::Mode::Silent);
        ProbePlan plan;
        plan.route.kind = Route::Kind::Direct;
        plan.route.host = QStringLiteral("127.0.0.1");
        plan.route.port = peer.port();
        plan.timeouts.commandMs = 1000;
        QElapsedTimer timer;
        timer.start();
        const ProbeReport report = RouteAdmin::testConnection(plan);
        QVERIFY(timer.elapsed() < 10000);
        QCOMPARE(shape(report), names({"connect:green", "greeting:red"}));
        QVERIFY(report.steps.last().summary.contains(QLatin1String("Timeout")));
    }

    void stopCancelsARunningTest()
    {
        ScriptedPeer peer(ScriptedPeer::Mode::Silent);
        ProbePlan plan;
        plan.route.kind = Route::Kind::Direct;
        plan.route.host = QStringLiteral("127.0.0.1");
        plan.route.port = peer.port();
        std::stop_source stop;
        QTimer::singleShot(300, [&stop]() { stop.request_stop(); });
        QElapsedTimer timer;
        timer.start();
        const ProbeReport report = RouteAdmin::testConnection(plan, {}, stop.get_token());
        QVERIFY(timer.elapsed() < 5000); // not the 30 s greeting timeout
        QVERIFY(report.cancelled);
        QCOMPARE(shape(report), names({"connect:green", "cancelled:yellow"}));
    }

    void ownListenerIsNeverConnectedTo()
    {
        ScriptedPeer peer(ScriptedPeer::Mode::Normal);
        ProbePlan plan;
        plan.route.kind = Route::Kind::Direct;
        plan.route.host = QStringLiteral("127.0.0.1");
        plan.route.port = peer.port();
        plan.ownListeners = OwnListeners({{QStringLiteral("submission"),
                                           QStringLiteral("127.0.0.1:%1").arg(peer.port()),
                                           QHostAddress::LocalHost,
                                           peer.port(),
                                           {},
                                           false}},
                                         {});
        const ProbeReport report = RouteAdmin::testConnection(plan);
        QCOMPARE(shape(report), names({"connect:red"}));
        QVERIFY(report.steps.first().summary.contains(QLatin1String("loop")));
        QVERIFY(peer.lines.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestConnectionProbe)
#include "tst_connectionprobe.moc"

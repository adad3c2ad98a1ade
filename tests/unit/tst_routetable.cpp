#include "core/routing/routesecrets.h"
#include "core/routing/routestore.h"
#include "core/store/settings.h"
#include "core/util/hostandport.h"
#include "tests/support/tempdatadir.h"

#include <QFileInfo>
#include <QTest>

using namespace RelayDesk;

/// Route selection (route, smarthost, MX), pattern matching, and the stored routing configuration.
class TestRouteTable : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void patternMatching()
    {
        QVERIFY(RouteTable::matchScore(QStringLiteral("example.com"), QStringLiteral("example.com")) > 0);
        QVERIFY(RouteTable::matchScore(QStringLiteral("example.com"), QStringLiteral("EXAMPLE.com")) > 0);
        QCOMPARE(RouteTable::matchScore(QStringLiteral("example.com"), QStringLiteral("a.example.com")), 0);
        QVERIFY(RouteTable::matchScore(QStringLiteral("*.example.com"), QStringLiteral("a.example.com")) > 0);
        QVERIFY(RouteTable::matchScore(QStringLiteral("*.example.com"), QStringLiteral("a.b.example.com")) >
                0);
        QCOMPARE(RouteTable::matchScore(QStringLiteral("*.example.com"), QStringLiteral("example.com")), 0);
        QCOMPARE(RouteTable::matchScore(QStringLiteral("*.example.com"), QStringLiteral("badexample.com")),
                 0);
    }

    void longestMatchWins()
    {
        RouteTable table;
        table.setRoutes(
            {{QStringLiteral("*.example.com"), QStringLiteral("wide.test"), 25, TlsPolicy::Opportunistic},
             {QStringLiteral("*.eu.example.com"), QStringLiteral("eu.test"), 2525, TlsPolicy::Required},
             {QStringLiteral("x.eu.example.com"), QStringLiteral("exact.test"), 26, TlsPolicy::None}});
        QCOMPARE(table.routeFor(QStringLiteral("a.example.com")).host, QStringLiteral("wide.test"));
        const Route eu = table.routeFor(QStringLiteral("a.eu.example.com"));
        QCOMPARE(eu.host, QStringLiteral("eu.test"));
        QCOMPARE(eu.port, quint16(2525));
        QCOMPARE(eu.tls, TlsPolicy::Required);
        QCOMPARE(eu.name(), QStringLiteral("route"));
        QCOMPARE(table.routeFor(QStringLiteral("x.eu.example.com")).host, QStringLiteral("exact.test"));
        QCOMPARE(table.routeFor(QStringLiteral("example.com")).kind, Route::Kind::Mx);
    }

    void smarthostCatchesTheRest()
    {
        RouteTable table;
        table.setRoutes({{QStringLiteral("local.test"), QStringLiteral("10.0.0.5"), 25, TlsPolicy::None}});
        table.setSmarthost(
            {QStringLiteral("smtp.provider.test"), 465, SmarthostConfig::Tls::Implicit, "u", "p"});
        QCOMPARE(table.routeFor(QStringLiteral("local.test")).kind, Route::Kind::Direct);
        const Route relay = table.routeFor(QStringLiteral("gmail.com"));
        QCOMPARE(relay.kind, Route::Kind::Smarthost);
        QCOMPARE(relay.name(), QStringLiteral("smarthost"));
        QVERIFY(relay.implicitTls);
        // The smarthost's certificate is verified (against the system CAs by default) before AUTH.
        QCOMPARE(relay.tls, TlsPolicy::Verify);
        QCOMPARE(relay.trust.mode, PeerTrust::Mode::System);
        QCOMPARE(relay.username, QByteArray("u"));
    }

    void smarthostTrust()
    {
        SmarthostConfig config{QStringLiteral("smtp.provider.test"), 587, SmarthostConfig::Tls::StartTls, "u",
                               "p"};
        config.trust = PeerTrust::fromCaFile(QStringLiteral("/etc/relay/ca.pem"));
        QCOMPARE(RouteTable::routeOf(config).tls, TlsPolicy::Verify);
        QCOMPARE(RouteTable::routeOf(config).trust.caFile, QStringLiteral("/etc/relay/ca.pem"));
        config.trust = PeerTrust::insecure(); // typed by the admin: any certificate, logged at each start
        QCOMPARE(RouteTable::routeOf(config).tls, TlsPolicy::Required);
        // "opportunistic" with a user name is verified all the same: the password only to a verified server.
        config.tls = SmarthostConfig::Tls::Opportunistic;
        config.trust = PeerTrust::system();
        QCOMPARE(RouteTable::routeOf(config).tls, TlsPolicy::Verify);
        config.username.clear();
        QCOMPARE(RouteTable::routeOf(config).tls, TlsPolicy::Opportunistic);
    }

    void fingerprints()
    {
        const QString hex =
            QStringLiteral("00112233445566778899aabbccddeeff00112233445566778899AABBCCDDEEFF");
        const auto bare = PeerTrust::parseFingerprint(hex);
        QVERIFY(bare);
        QCOMPARE(bare->size(), 32);
        const QString text = PeerTrust::fingerprintText(bare.value());
        QVERIFY(text.startsWith(QStringLiteral("SHA256:00:11:22")));
        QCOMPARE(PeerTrust::parseFingerprint(text).value(), bare.value());
        QCOMPARE(PeerTrust::parseFingerprint(QStringLiteral("sha256:") + hex).value(), bare.value());
        QVERIFY(!PeerTrust::parseFingerprint(hex.left(62)));
        QVERIFY(!PeerTrust::parseFingerprint(QStringLiteral("SHA1:") + hex));
        QVERIFY(!PeerTrust::parseFingerprint(hex.left(63) + QLatin1Char('g')));
    }

    void mxWithPerDomainTlsPolicy()
    {
        RouteTable table;
        table.setTlsPolicies({{QStringLiteral("bank.test"), TlsPolicy::Verify},
                              {QStringLiteral("*.gov.test"), TlsPolicy::Required}});
        QCOMPARE(table.routeFor(QStringLiteral("bank.test")).tls, TlsPolicy::Verify);
        QCOMPARE(table.routeFor(QStringLiteral("tax.gov.test")).tls, TlsPolicy::Required);
        const Route other = table.routeFor(QStringLiteral("other.test"));
        QCOMPARE(other.kind, Route::Kind::Mx);
        QCOMPARE(other.tls, TlsPolicy::Opportunistic);
        QCOMPARE(other.name(), QStringLiteral("mx"));
    }

    void hostAndPortParsing()
    {
        QCOMPARE(HostAndPort::parse(QStringLiteral("Smtp.Example.com:587"))->toString(),
                 QStringLiteral("smtp.example.com:587"));
        QCOMPARE(HostAndPort::parse(QStringLiteral("mail.test"))->port, quint16(25));
        QCOMPARE(HostAndPort::parse(QStringLiteral("[2001:db8::1]:2525"))->host,
                 QStringLiteral("2001:db8::1"));
        QCOMPARE(HostAndPort::parse(QStringLiteral("192.0.2.1:26"))->port, quint16(26));
        QVERIFY(!HostAndPort::parse(QStringLiteral("bad_host:25")));
        QVERIFY(!HostAndPort::parse(QStringLiteral("host:0")));
        QVERIFY(!HostAndPort::parse(QStringLiteral("host:99999")));
        QVERIFY(!HostAndPort::parse(QStringLiteral("-a.test:25")));
        QVERIFY(!HostAndPort::parse(QStringLiteral("2001:db8::1")));
        QVERIFY(RouteTable::validatePattern(QStringLiteral("*.example.com")).isEmpty());
        QVERIFY(!RouteTable::validatePattern(QStringLiteral("*example.com")).isEmpty());
        QVERIFY(!RouteTable::validatePattern(QStringLiteral("10.0.0.1")).isEmpty());
        // Stored and matched as recipients' domains arrive: IDNA A-labels, lower case.
        QCOMPARE(RouteTable::normalizePattern(QStringLiteral("*.Bücher.example")).value(),
                 QStringLiteral("*.xn--bcher-kva.example"));
        QCOMPARE(RouteTable::normalizePattern(QStringLiteral("Office.LAN")).value(),
                 QStringLiteral("office.lan"));
        QVERIFY(!RouteTable::normalizePattern(QStringLiteral("bad..example")));
        QVERIFY(!RouteTable::normalizePattern(QStringLiteral("*.")));
    }

    void storeRoundTrip()
    {
        Test::TempDataDir dir;
        QVERIFY(dir.isValid());
        RouteStore store(dir.path());
        const Status corp = store.setRoute(
            {QStringLiteral("*.Corp.test"), QStringLiteral("gw.corp.test"), 2525, TlsPolicy::Verify});
        QVERIFY2(corp, qPrintable(corp.error()));
        QVERIFY(!store.setRoute(
            {QStringLiteral("bad pattern"), QStringLiteral("gw.corp.test"), 25, TlsPolicy::None}));
        QVERIFY(
            !store.setRoute({QStringLiteral("ok.test"), QStringLiteral("bad host"), 25, TlsPolicy::None}));
        QVERIFY(store.setTlsPolicy(QStringLiteral("bank.test"), TlsPolicy::Required));
        Settings settings(dir.path());
        QVERIFY(
            settings.set(QStringLiteral("delivery.smarthost"), QStringLiteral("smtp.provider.test:2587")));
        QVERIFY(!settings.set(QStringLiteral("delivery.smarthost"), QStringLiteral("bad_host:25")));
        QVERIFY(!settings.set(QStringLiteral("delivery.smarthost_tls"), QStringLiteral("sometimes")));
        QVERIFY(settings.set(QStringLiteral("delivery.smarthost_username"), QStringLiteral("relay")));
        QVERIFY(store.setSmarthostPassword("s3cret"));
        QCOMPARE(QFileInfo(store.secretPath()).permissions() & 0x0077, QFileDevice::Permissions());

        auto table = store.load();
        QVERIFY2(table, qPrintable(table.error()));
        const Route route = table->routeFor(QStringLiteral("a.corp.test"));
        QCOMPARE(route.host, QStringLiteral("gw.corp.test"));
        QCOMPARE(route.port, quint16(2525));
        QCOMPARE(route.tls, TlsPolicy::Verify);
        const Route relay = table->routeFor(QStringLiteral("elsewhere.test"));
        QCOMPARE(relay.kind, Route::Kind::Smarthost);
        QCOMPARE(relay.port, quint16(2587));
        QCOMPARE(relay.password, QByteArray("s3cret"));
        QCOMPARE(relay.username, QByteArray("relay"));
        QCOMPARE(store.tlsPolicies()->value(QStringLiteral("bank.test")), TlsPolicy::Required);

        RouteEntry implicit{QStringLiteral("tls.test"), QStringLiteral("gw.tls.test"), 465,
                            TlsPolicy::Required};
        implicit.implicitTls = true;
        QVERIFY(store.setRoute(implicit));
        const Route tlsRoute = store.load()->routeFor(QStringLiteral("tls.test"));
        QVERIFY(tlsRoute.implicitTls);
        QCOMPARE(tlsRoute.tls, TlsPolicy::Required);
        QCOMPARE(tlsRoute.port, quint16(465));
        QVERIFY(!table->routeFor(QStringLiteral("a.corp.test")).implicitTls);

        QVERIFY(store.removeRoute(QStringLiteral("*.corp.test")));
        QVERIFY(store.removeRoute(QStringLiteral("tls.test")));
        QVERIFY(store.routes()->isEmpty());
        QVERIFY(store.setSmarthostPassword({}));
        QVERIFY(!QFileInfo::exists(store.secretPath()));
    }

    /// A route logs in at its host (a leftover: only the smarthost could), with its password kept as the
    /// smarthost's is, and only where the certificate is verified.
    void aRouteLogsInOnlyWithAVerifiedCertificate()
    {
        Test::TempDataDir dir;
        RouteStore store(dir.path());
        RouteEntry partner{QStringLiteral("Partner.test"), QStringLiteral("mx.partner.test"), 587,
                           TlsPolicy::Required};
        partner.username = "office";
        partner.password = "r0ute-s3cret";
        // STARTTLS without a checked certificate, or none at all: the password would go to anyone.
        for (const TlsPolicy tls : {TlsPolicy::Required, TlsPolicy::Opportunistic, TlsPolicy::None}) {
            partner.tls = tls;
            const Status refused = store.setRoute(partner);
            QVERIFY(!refused);
            QVERIFY2(refused.error().contains(QLatin1String("--tls verify or implicit")),
                     qPrintable(refused.error()));
        }
        QVERIFY(store.routes()->isEmpty());
        QVERIFY(!QFileInfo::exists(RouteSecrets(dir.path()).path()));
        partner.tls = TlsPolicy::Verify;
        QVERIFY(store.setRoute(partner));
        QCOMPARE(QFileInfo(RouteSecrets(dir.path()).path()).permissions() & 0x0077,
                 QFileDevice::Permissions());
        // A list says whether a password is set, never what it is; delivery gets it.
        const RouteEntry listed = store.routes()->value(0);
        QCOMPARE(listed.username, QByteArray("office"));
        QVERIFY(listed.passwordSet);
        QVERIFY(listed.password.isEmpty());
        const Route route = store.load()->routeFor(QStringLiteral("partner.test"));
        QCOMPARE(route.username, QByteArray("office"));
        QCOMPARE(route.password, QByteArray("r0ute-s3cret"));
        // Replaced with the same user name and no password (a new port): the stored password stays.
        RouteEntry moved = partner;
        moved.port = 465;
        moved.implicitTls = true;
        moved.tls = TlsPolicy::Required;
        moved.password.clear();
        QVERIFY(store.setRoute(moved));
        QCOMPARE(store.load()->routeFor(QStringLiteral("partner.test")).password, QByteArray("r0ute-s3cret"));
        // Another user name needs its own; a password needs a user name.
        moved.username = "someone-else";
        QVERIFY2(store.routeProblem(moved).contains(QLatin1String("needs its password")),
                 qPrintable(store.routeProblem(moved)));
        moved.username.clear();
        moved.password = "x";
        QVERIFY(!store.routeProblem(moved).isEmpty());
        // Replaced without a login, and removed: the password goes with it.
        moved.password.clear();
        QVERIFY(store.setRoute(moved));
        QVERIFY(store.load()->routeFor(QStringLiteral("partner.test")).password.isEmpty());
        QVERIFY(RouteSecrets(dir.path()).read()->isEmpty());
        QVERIFY(store.setRoute(partner));
        QVERIFY(store.removeRoute(QStringLiteral("partner.test")));
        QVERIFY(RouteSecrets(dir.path()).read()->isEmpty());
        QVERIFY(!QFileInfo::exists(RouteSecrets(dir.path()).path()));
    }
};

QTEST_GUILESS_MAIN(TestRouteTable)
#include "tst_routetable.moc"

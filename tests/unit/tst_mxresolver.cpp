#include "core/routing/addressliteral.h"
#include "core/routing/hostsfile.h"
#include "core/routing/mxresolver.h"
#include "tests/support/dnsmasqpeer.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryFile>
#include <QTest>
#include <QUdpSocket>

using namespace RelayDesk;

/// MX resolution against a real name server: dnsmasq on a random loopback address, port 53.
class TestMxResolver : public QObject
{
    Q_OBJECT

private:
    Test::DnsmasqPeer m_dnsmasq;
    QHostAddress m_server;

    MxAnswer mx(const QString& domain)
    {
        MxResolver resolver;
        resolver.setNameserver(m_server);
        resolver.setTimeout(5000);
        std::optional<MxAnswer> result;
        resolver.lookupMx(domain, this, [&](const MxAnswer& answer) { result = answer; });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 10000))
            return {};
        return *result;
    }

    AddressAnswer addresses(const QString& host)
    {
        MxResolver resolver;
        resolver.setNameserver(m_server);
        resolver.setTimeout(5000);
        std::optional<AddressAnswer> result;
        resolver.lookupAddresses(host, this, [&](const AddressAnswer& answer) { result = answer; });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 10000))
            return {};
        return *result;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!Test::DnsmasqPeer::isInstalled())
            QSKIP("dnsmasq is not installed (apt-get install dnsmasq-base)");
        const QString problem =
            m_dnsmasq.start({QStringLiteral("--mx-host=example.test,mx1.example.test,10"),
                             QStringLiteral("--mx-host=example.test,mx2.example.test,5"),
                             QStringLiteral("--mx-host=example.test,mx3.example.test,20"),
                             QStringLiteral("--host-record=mx1.example.test,127.0.0.1"),
                             QStringLiteral("--host-record=mx2.example.test,127.0.0.2,::1"),
                             QStringLiteral("--mx-host=nullmx.test,.,0"),
                             QStringLiteral("--host-record=implicit.test,127.0.0.3"),
                             // A name that exists with no MX, A or AAAA (NODATA for each), and an MX to it.
                             QStringLiteral("--txt-record=noaddr.test,v=spf1 -all"),
                             QStringLiteral("--mx-host=dangling.test,noaddr.test,10")});
        if (!problem.isEmpty())
            QFAIL(qPrintable(problem));
        m_server = m_dnsmasq.address();
    }

    void mxHostsByPreference()
    {
        const MxAnswer answer = mx(QStringLiteral("example.test"));
        QVERIFY2(!answer.failure, answer.failure ? answer.failure->summary().constData() : "");
        QCOMPARE(answer.hosts.size(), 3);
        QCOMPARE(answer.hosts[0].name, QStringLiteral("mx2.example.test"));
        QCOMPARE(answer.hosts[0].preference, quint16(5));
        QCOMPARE(answer.hosts[1].name, QStringLiteral("mx1.example.test"));
        QCOMPARE(answer.hosts[2].name, QStringLiteral("mx3.example.test"));
        QVERIFY(!answer.implicitMx);
    }

    void implicitMx()
    {
        const MxAnswer answer = mx(QStringLiteral("implicit.test"));
        QVERIFY2(!answer.failure, answer.failure ? answer.failure->summary().constData() : "");
        QVERIFY(answer.implicitMx);
        QCOMPARE(answer.hosts.size(), 1);
        QCOMPARE(answer.hosts[0].name, QStringLiteral("implicit.test"));
        QCOMPARE(addresses(QStringLiteral("implicit.test")).addresses,
                 QList<QHostAddress>{QHostAddress(QStringLiteral("127.0.0.3"))});
    }

    void nullMxIsPermanent()
    {
        const MxAnswer answer = mx(QStringLiteral("nullmx.test"));
        QVERIFY(answer.failure);
        QCOMPARE(answer.failure->summary(),
                 QByteArray("556 5.1.10 Recipient domain has a null MX (RFC 7505)"));
        QVERIFY(answer.hosts.isEmpty());
    }

    void nxdomainIsPermanent()
    {
        const MxAnswer answer = mx(QStringLiteral("nowhere.test"));
        QVERIFY(answer.failure);
        QCOMPARE(answer.failure->code, 550);
        QCOMPARE(answer.failure->enhanced, QByteArray("5.1.2"));
    }

    void aRefusedQuestionNamesTheServerAsked()
    {
        // A name outside the server's own zone, with nowhere to forward it: dnsmasq answers REFUSED. The
        // reply said Qt's "Server refused to answer", in English inside a French window, and did not say
        // which name server to check (an outside tester).
        const MxAnswer answer = mx(QStringLiteral("shop.example"));
        QVERIFY(answer.failure);
        QCOMPARE(answer.failure->summary(),
                 QByteArray("451 4.4.3 DNS lookup for shop.example failed: the name server ") +
                     m_server.toString().toLatin1() + " refused to answer (REFUSED)");
        const AddressAnswer host = addresses(QStringLiteral("mx.shop.example"));
        QVERIFY(host.failure);
        QVERIFY(!host.noRecords);
        QVERIFY2(host.failure->summary().endsWith("refused to answer (REFUSED)"), host.failure->summary());
    }

    void addressesIpv4First()
    {
        const AddressAnswer answer = addresses(QStringLiteral("mx2.example.test"));
        QVERIFY(!answer.failure);
        QCOMPARE(answer.addresses, (QList<QHostAddress>{QHostAddress(QStringLiteral("127.0.0.2")),
                                                        QHostAddress(QStringLiteral("::1"))}));
    }

    void hostWithoutAddressesIsTemporary()
    {
        const AddressAnswer answer = addresses(QStringLiteral("mx3.example.test"));
        QVERIFY(answer.addresses.isEmpty());
        QVERIFY(answer.failure);
        QCOMPARE(answer.failure->code, 451);
        QCOMPARE(answer.failure->enhanced, QByteArray("4.4.3"));
    }

    void anEmptyAnswerIsNoRecordsForCertain()
    {
        // Qt 6.4 reports NODATA as it reports no answer at all; the resolver asks the server a question it
        // must answer to tell them apart. NXDOMAIN is as certain.
        const AddressAnswer empty = addresses(QStringLiteral("noaddr.test"));
        QVERIFY(empty.failure);
        QVERIFY(empty.noRecords);
        QCOMPARE(empty.failure->summary(), QByteArray("451 4.4.3 No address records for noaddr.test"));
        const AddressAnswer missing = addresses(QStringLiteral("missing.example.test"));
        QVERIFY(missing.noRecords);
    }

    void aDomainWithoutMailServerIsPermanent()
    {
        // The reported defect: no MX, A or AAAA was "451 4.4.3 DNS lookup for noaddr.test failed: Invalid
        // reply received", retried for five days (RFC 5321 5.1: it is an error).
        const MxAnswer answer = mx(QStringLiteral("noaddr.test"));
        QVERIFY(answer.failure);
        QCOMPARE(answer.failure->summary(),
                 QByteArray("550 5.1.2 Domain noaddr.test has no mail server: no MX, A or AAAA record"));
    }

    void theHostsFileIsAskedFirst()
    {
        // hosts(5), as the C library's resolver: "localhost" is in every Debian /etc/hosts and in no DNS zone
        // (the dnsmasq of this test answers NXDOMAIN for it). An outside tester's smarthost "localhost:PORT"
        // failed with 451 4.4.3 NXDOMAIN.
        const AddressAnswer answer = addresses(QStringLiteral("localhost"));
        QVERIFY(!answer.failure);
        QVERIFY(!answer.addresses.isEmpty());
        QCOMPARE(answer.addresses.first(), QHostAddress(QStringLiteral("127.0.0.1")));
    }

    void hostsFileLines()
    {
        QTemporaryFile file;
        QVERIFY(file.open());
        file.write("# a comment\n127.0.0.1\tlocalhost\n::1 localhost ip6-localhost # loopback\n"
                   "192.0.2.25 Smarthost.Office.LAN smarthost\n2001:db8::25 smarthost.office.lan\n"
                   "not-an-address smarthost\n#192.0.2.99 smarthost\n\n");
        file.close();
        QCOMPARE(HostsFile::lookup(QStringLiteral("smarthost.office.lan."), file.fileName()),
                 (QList<QHostAddress>{QHostAddress(QStringLiteral("192.0.2.25")),
                                      QHostAddress(QStringLiteral("2001:db8::25"))}));
        QCOMPARE(HostsFile::lookup(QStringLiteral("SMARTHOST"), file.fileName()),
                 QList<QHostAddress>{QHostAddress(QStringLiteral("192.0.2.25"))});
        QCOMPARE(HostsFile::lookup(QStringLiteral("localhost"), file.fileName()),
                 (QList<QHostAddress>{QHostAddress(QStringLiteral("127.0.0.1")),
                                      QHostAddress(QStringLiteral("::1"))}));
        QVERIFY(HostsFile::lookup(QStringLiteral("office.lan"), file.fileName()).isEmpty());
        QVERIFY(
            HostsFile::lookup(QStringLiteral("smarthost"), QStringLiteral("/nonexistent/hosts")).isEmpty());
    }

    void ipLiteralNeedsNoLookup()
    {
        QCOMPARE(addresses(QStringLiteral("192.0.2.7")).addresses,
                 QList<QHostAddress>{QHostAddress(QStringLiteral("192.0.2.7"))});
    }

    void addressLiteralDomainIsItsOwnHost()
    {
        // RFC 5321 4.1.3 and 5.1: user@[192.0.2.7] goes to 192.0.2.7, with no DNS question (the name server
        // here would answer "invalid name", which deferred such mail for days).
        const MxAnswer v4 = mx(QStringLiteral("[192.0.2.7]"));
        QVERIFY(!v4.failure);
        QCOMPARE(v4.hosts.size(), 1);
        QCOMPARE(v4.hosts.first().name, QStringLiteral("192.0.2.7"));
        const MxAnswer v6 = mx(QStringLiteral("[IPv6:2001:db8::7]"));
        QVERIFY(!v6.failure);
        QCOMPARE(v6.hosts.first().name, QStringLiteral("2001:db8::7"));
        QCOMPARE(addressLiteral(QStringLiteral("[ipv6:::1]")),
                 std::optional(QHostAddress(QStringLiteral("::1"))));
        // Not literals: a name, the wrong tag, no tag, nothing inside.
        for (const char* domain : {"example.test", "[example.test]", "[IPv6:192.0.2.7]", "[2001:db8::7]",
                                   "[]", "192.0.2.7", "[192.0.2.7"})
            QVERIFY2(!addressLiteral(QString::fromLatin1(domain)), domain);
    }

    void unreachableServerIsTemporary()
    {
        MxResolver resolver;
        resolver.setNameserver(QHostAddress(QStringLiteral("127.0.0.254"))); // nobody listens there
        resolver.setTimeout(3000);
        std::optional<MxAnswer> result;
        resolver.lookupMx(QStringLiteral("example.test"), this,
                          [&](const MxAnswer& answer) { result = answer; });
        QVERIFY(QTest::qWaitFor([&] { return result.has_value(); }, 10000));
        QVERIFY(result->failure);
        QCOMPARE(result->failure->summary().left(9), QByteArray("451 4.4.3"));
    }

    void silentServerTimesOut()
    {
        QUdpSocket blackHole; // receives queries and never answers
        QHostAddress address;
        // Other tests run dnsmasq on random loopback addresses at the same time: try a few.
        for (int attempt = 0; attempt < 20 && blackHole.state() != QAbstractSocket::BoundState; ++attempt) {
            int octet = 0;
            do
                octet = 60 + int(QRandomGenerator::global()->bounded(180));
            while (octet == 53);
            address = QHostAddress(QStringLiteral("127.0.0.%1").arg(octet));
            (void)blackHole.bind(address, 53);
        }
        if (blackHole.state() != QAbstractSocket::BoundState)
            QFAIL(qPrintable(
                QStringLiteral("cannot bind %1:53: %2").arg(address.toString(), blackHole.errorString())));
        MxResolver resolver;
        resolver.setNameserver(address);
        resolver.setTimeout(1500);
        std::optional<MxAnswer> result;
        QElapsedTimer clock;
        clock.start();
        resolver.lookupMx(QStringLiteral("example.test"), this,
                          [&](const MxAnswer& answer) { result = answer; });
        QVERIFY(QTest::qWaitFor([&] { return result.has_value(); }, 20000));
        QVERIFY(result->failure);
        // The server set (delivery.dns_server) named: a tester's pointed nowhere, and nothing said which.
        QCOMPARE(result->failure->summary(),
                 "451 4.4.3 DNS lookup for example.test failed: the name server " +
                     address.toString().toUtf8() + " did not answer in time");
        QVERIFY(clock.elapsed() < 10000);
        // A host's addresses from the silent server: never "no records" (that would bounce mail).
        std::optional<AddressAnswer> none;
        resolver.lookupAddresses(QStringLiteral("mx1.example.test"), this,
                                 [&](const AddressAnswer& answer) { none = answer; });
        QVERIFY(QTest::qWaitFor([&] { return none.has_value(); }, 20000));
        QVERIFY(none->failure);
        QVERIFY(!none->noRecords);
        QCOMPARE(none->failure->code, 451);
    }
};

QTEST_GUILESS_MAIN(TestMxResolver)
#include "tst_mxresolver.moc"

// The names of a generated certificate (RFC 5280 4.2.1.6): host names as dNSName, IP addresses as iPAddress,
// anything else refused; wildcard listeners stand for the machine's own non-loopback addresses.
#include "core/tls/certificategenerator.h"
#include "core/tls/certificatenames.h"

#include <QDir>
#include <QFile>
#include <QNetworkInterface>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTest>

using namespace RelayDesk;

class TestCertificateNames : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    /// What a listener that moves needs (docs/operations.md, "The listeners' certificate"): the names to keep
    /// in a new certificate, and the addresses a certificate does not name.
    void namesKeptAndAddressesUnnamed()
    {
        QTemporaryDir dir;
        const QString cert = dir.filePath(QStringLiteral("c.crt"));
        const Status made = CertificateGenerator::generate(
            cert, dir.filePath(QStringLiteral("c.key")),
            {QStringLiteral("relay.office.lan"), QStringLiteral("192.168.1.10")});
        QVERIFY2(made, qPrintable(made.error()));
        const QSslCertificate certificate = QSslCertificate::fromPath(cert).value(0);
        QCOMPARE(CertificateNames::of(certificate),
                 (QStringList{QStringLiteral("relay.office.lan"), QStringLiteral("192.168.1.10")}));
        QCOMPARE(CertificateNames::unnamed(certificate,
                                           {QStringLiteral("192.168.1.10"), QStringLiteral("127.0.0.1"),
                                            QStringLiteral("::1"), QStringLiteral("127.0.0.2"),
                                            QStringLiteral("192.168.1.11")}),
                 (QStringList{QStringLiteral("127.0.0.2"), QStringLiteral("192.168.1.11")}));
    }

    void addressesBecomeIpEntries()
    {
        QTemporaryDir dir;
        const QString cert = dir.filePath(QStringLiteral("c.crt"));
        const Status made =
            CertificateGenerator::generate(cert, dir.filePath(QStringLiteral("c.key")),
                                           {QStringLiteral("relay.office.lan"),
                                            QStringLiteral("192.168.1.10"), QStringLiteral("2001:db8::7")});
        QVERIFY2(made, qPrintable(made.error()));
        const QSslCertificate certificate = QSslCertificate::fromPath(cert).value(0);
        QCOMPARE(certificate.subjectInfo(QSslCertificate::CommonName).value(0),
                 QStringLiteral("relay.office.lan"));
        const auto names = certificate.subjectAlternativeNames();
        QCOMPARE(names.values(QSsl::DnsEntry),
                 (QStringList{QStringLiteral("localhost"), QStringLiteral("relay.office.lan")}));
        QStringList addresses = names.values(QSsl::IpAddressEntry);
        addresses.sort();
        QVERIFY(addresses.contains(QStringLiteral("::1")));
        QVERIFY(addresses.contains(QStringLiteral("2001:db8::7"), Qt::CaseInsensitive) ||
                addresses.contains(QStringLiteral("2001:DB8:0:0:0:0:0:7"), Qt::CaseInsensitive));
        QVERIFY(addresses.contains(QStringLiteral("192.168.1.10")));
        QVERIFY(addresses.contains(QStringLiteral("127.0.0.1")));
        QCOMPARE(addresses.size(), 4);
    }

    void refusesNamesThatAreNeither()
    {
        for (const QString& bad : {QStringLiteral("not a host"), QStringLiteral("-relay.example"),
                                   QStringLiteral("relay_1.example"), QStringLiteral("*.example"),
                                   QStringLiteral("192.168.1.10:25"), QStringLiteral("192.168.001.010"),
                                   QStringLiteral("10.1"), QStringLiteral("fe80::1%lo")}) {
            const auto checked = CertificateNames::normalize({QStringLiteral("relay.example"), bad});
            QVERIFY2(!checked, qPrintable(bad));
            QCOMPARE(checked.error(),
                     QStringLiteral("'%1' is neither a host name nor an IP address").arg(bad));
        }
        QTemporaryDir dir;
        const QString cert = dir.filePath(QStringLiteral("c.crt"));
        QVERIFY(!CertificateGenerator::generate(cert, dir.filePath(QStringLiteral("c.key")),
                                                {QStringLiteral("relay.example"), QStringLiteral("a b")}));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList());
    }

    void normalizesAndDropsDuplicates()
    {
        const auto checked = CertificateNames::normalize(
            {QStringLiteral("Relay.Example"), QStringLiteral("relay.example"), QStringLiteral("2001:DB8::7"),
             QStringLiteral("192.168.1.10"), QStringLiteral("2001:db8:0::7")});
        QVERIFY2(checked, qPrintable(checked.error()));
        QCOMPARE(checked.value(), (QStringList{QStringLiteral("relay.example"), QStringLiteral("2001:db8::7"),
                                               QStringLiteral("192.168.1.10")}));
        QCOMPARE(
            CertificateNames::subjectAltName({QStringLiteral("relay.example"), QStringLiteral("10.0.0.5")}),
            QByteArray("DNS:relay.example,IP:10.0.0.5,DNS:localhost,IP:127.0.0.1,IP:::1"));
        QCOMPARE(CertificateNames::subjectAltName({QStringLiteral("localhost")}),
                 QByteArray("DNS:localhost,IP:127.0.0.1,IP:::1"));
    }

    void wildcardListenersStandForTheMachinesAddresses()
    {
        QCOMPARE(CertificateNames::reachableAddresses(
                     {QHostAddress(QStringLiteral("192.168.1.10")), QHostAddress::LocalHost,
                      QHostAddress(QStringLiteral("fe80::1")), QHostAddress(QStringLiteral("192.168.1.10"))}),
                 QStringList{QStringLiteral("192.168.1.10")});
        // A listener on another loopback address is named as the next start would name it.
        QCOMPARE(CertificateNames::reachableAddresses({QHostAddress(QStringLiteral("127.0.0.38"))}),
                 QStringList{QStringLiteral("127.0.0.38")});
        QStringList expectedV4;
        QStringList expectedAll;
        for (const QHostAddress& local : QNetworkInterface::allAddresses()) {
            if (local.isLoopback() || local.isLinkLocal() || !local.scopeId().isEmpty())
                continue;
            if (local.protocol() == QAbstractSocket::IPv4Protocol && !expectedV4.contains(local.toString()))
                expectedV4 << local.toString();
            if (!expectedAll.contains(local.toString()))
                expectedAll << local.toString();
        }
        QCOMPARE(CertificateNames::reachableAddresses({QHostAddress::AnyIPv4}), expectedV4);
        QCOMPARE(CertificateNames::reachableAddresses({QHostAddress::AnyIPv6}), expectedAll);
    }
};

QTEST_GUILESS_MAIN(TestCertificateNames)
#include "tst_certificatenames.moc"

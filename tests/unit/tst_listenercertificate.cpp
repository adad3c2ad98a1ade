// A listener that moves keeps a certificate that names it (docs/operations.md, "The listeners' certificate"):
// the addresses a move adds, the relay's generated certificate made again in place with its old names, and a
// certificate the admin supplied left as it is.
#include "core/engine/listenercertificate.h"
#include "core/tls/certificategenerator.h"
#include "core/tls/certificatenames.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTest>

using namespace RelayDesk;

namespace {

OwnListeners listeners(const QList<std::pair<QString, QString>>& endpoints)
{
    QList<OwnListeners::Endpoint> list;
    for (const auto& [name, address] : endpoints)
        list << OwnListeners::Endpoint{
            name, address + QStringLiteral(":2000"), QHostAddress(address), 2000, {}, false};
    return OwnListeners(list, {});
}

QByteArray digest(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly)
               ? QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256)
               : QByteArray();
}

} // namespace

class TestListenerCertificate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void newAddresses()
    {
        const OwnListeners before = listeners({{QStringLiteral("smtps"), QStringLiteral("127.0.0.1")},
                                               {QStringLiteral("lan"), QStringLiteral("127.0.0.5")}});
        QCOMPARE(ListenerCertificate::newAddresses(before, before), QStringList());
        // A loopback address other than 127.0.0.1 is named as it is: a client may connect to it.
        QCOMPARE(ListenerCertificate::newAddresses(
                     before, listeners({{QStringLiteral("smtps"), QStringLiteral("127.0.0.2")},
                                        {QStringLiteral("lan"), QStringLiteral("127.0.0.5")}})),
                 QStringList{QStringLiteral("127.0.0.2")});
        // Moved onto the address another listener keeps: new for this one (unnamed() then finds it named).
        QCOMPARE(ListenerCertificate::newAddresses(
                     before, listeners({{QStringLiteral("smtps"), QStringLiteral("127.0.0.5")}})),
                 QStringList{QStringLiteral("127.0.0.5")});
        // An address this machine does not have (a typing mistake; 192.0.2.0/24 is for documentation, RFC
        // 5737): no listener can take it, so no certificate is made again for it.
        QCOMPARE(ListenerCertificate::newAddresses(
                     before, listeners({{QStringLiteral("lan"), QStringLiteral("192.0.2.1")}})),
                 QStringList());
        // A scoped link-local address cannot be named (RFC 5280 4.2.1.6 has no scope).
        QCOMPARE(ListenerCertificate::newAddresses(
                     before, listeners({{QStringLiteral("smtps"), QStringLiteral("fe80::1%lo")}})),
                 QStringList());
    }

    void theGeneratedCertificateNamesTheNewAddress()
    {
        QTemporaryDir data;
        const QString tls = QDir(data.path()).filePath(QStringLiteral("tls"));
        QVERIFY(QDir().mkpath(tls));
        const QString cert = QDir(tls).filePath(QStringLiteral("cert.pem"));
        const Status made = CertificateGenerator::generate(
            cert, QDir(tls).filePath(QStringLiteral("key.pem")), {QStringLiteral("relay.office.lan")});
        QVERIFY2(made, qPrintable(made.error()));
        // An address of another machine (a typing mistake; RFC 5737's documentation range): no listener can
        // take it, and the certificate every other listener presents stays as it is.
        const QByteArray before = digest(cert);
        ListenerCertificate::follow(data.path(), {}, {},
                                    listeners({{QStringLiteral("smtps"), QStringLiteral("127.0.0.1")}}),
                                    listeners({{QStringLiteral("smtps"), QStringLiteral("192.0.2.1")}}));
        QCOMPARE(digest(cert), before);
        ListenerCertificate::follow(data.path(), {}, {},
                                    listeners({{QStringLiteral("smtps"), QStringLiteral("127.0.0.1")}}),
                                    listeners({{QStringLiteral("smtps"), QStringLiteral("127.0.0.2")}}));
        const QSslCertificate certificate = QSslCertificate::fromPath(cert).value(0);
        QCOMPARE(CertificateNames::unnamed(certificate, {QStringLiteral("127.0.0.2")}), QStringList());
        QCOMPARE(CertificateNames::of(certificate).value(0), QStringLiteral("relay.office.lan"));
    }

    void aNewHostnameIsNamed()
    {
        // An outside tester set server.hostname; the certificate still named only the old one, without a
        // word.
        QTemporaryDir data;
        const QString tls = QDir(data.path()).filePath(QStringLiteral("tls"));
        QVERIFY(QDir().mkpath(tls));
        const QString cert = QDir(tls).filePath(QStringLiteral("cert.pem"));
        const Status made =
            CertificateGenerator::generate(cert, QDir(tls).filePath(QStringLiteral("key.pem")),
                                           {QStringLiteral("vm"), QStringLiteral("127.0.0.2")});
        QVERIFY2(made, qPrintable(made.error()));
        const QByteArray first = digest(cert);
        ListenerCertificate::followHostname(data.path(), {}, {}, QStringLiteral("vm"));
        QCOMPARE(digest(cert), first); // named already: left alone
        ListenerCertificate::followHostname(data.path(), {}, {}, QStringLiteral("Relay.Office.LAN"));
        const QSslCertificate renewed = QSslCertificate::fromPath(cert).value(0);
        QVERIFY(digest(cert) != first);
        const QStringList names = CertificateNames::of(renewed);
        QCOMPARE(names.value(0), QStringLiteral("relay.office.lan")); // the subject
        QVERIFY2(names.contains(QStringLiteral("vm")) && names.contains(QStringLiteral("127.0.0.2")),
                 qPrintable(names.join(QLatin1Char(','))));
        // A certificate the admin supplied is not replaced.
        const QString supplied = QDir(data.path()).filePath(QStringLiteral("own.crt"));
        const QString suppliedKey = QDir(data.path()).filePath(QStringLiteral("own.key"));
        QVERIFY(CertificateGenerator::generate(supplied, suppliedKey, {QStringLiteral("mail.example.com")}));
        const QByteArray own = digest(supplied);
        ListenerCertificate::followHostname(data.path(), supplied, suppliedKey,
                                            QStringLiteral("other.example"));
        QCOMPARE(digest(supplied), own);
    }

    /// A move made while no engine ran is named at the start; a wildcard's addresses are not read again then.
    void atTheStartSpecificAddressesOnly()
    {
        QTemporaryDir data;
        const QString tls = QDir(data.path()).filePath(QStringLiteral("tls"));
        QVERIFY(QDir().mkpath(tls));
        const QString cert = QDir(tls).filePath(QStringLiteral("cert.pem"));
        QVERIFY(CertificateGenerator::generate(cert, QDir(tls).filePath(QStringLiteral("key.pem")),
                                               QStringList()));
        const QByteArray before = digest(cert);
        ListenerCertificate::followAtStart(data.path(), {}, {},
                                           listeners({{QStringLiteral("smtps"), QStringLiteral("0.0.0.0")},
                                                      {QStringLiteral("lan"), QStringLiteral("::")}}));
        QCOMPARE(digest(cert), before);
        ListenerCertificate::followAtStart(data.path(), {}, {},
                                           listeners({{QStringLiteral("smtps"), QStringLiteral("0.0.0.0")},
                                                      {QStringLiteral("lan"), QStringLiteral("127.0.0.5")}}));
        const QSslCertificate certificate = QSslCertificate::fromPath(cert).value(0);
        QCOMPARE(CertificateNames::unnamed(certificate, {QStringLiteral("127.0.0.5")}), QStringList());
    }

    void aSuppliedCertificateIsLeftAlone()
    {
        QTemporaryDir data;
        const QString cert = QDir(data.path()).filePath(QStringLiteral("own.crt"));
        const QString key = QDir(data.path()).filePath(QStringLiteral("own.key"));
        QVERIFY(CertificateGenerator::generate(cert, key, {QStringLiteral("relay.office.lan")}));
        const QByteArray before = digest(cert) + digest(key);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral(
                                               "certificate_does_not_name_listener.*127\\.0\\.0\\.2")));
        ListenerCertificate::follow(data.path(), cert, key,
                                    listeners({{QStringLiteral("smtps"), QStringLiteral("127.0.0.1")}}),
                                    listeners({{QStringLiteral("smtps"), QStringLiteral("127.0.0.2")}}));
        QCOMPARE(digest(cert) + digest(key), before);
    }
};

QTEST_GUILESS_MAIN(TestListenerCertificate)
#include "tst_listenercertificate.moc"

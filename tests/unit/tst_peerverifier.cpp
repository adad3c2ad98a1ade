// PeerVerifier: the check of an outbound server's certificate chain (docs/operations.md, "Smarthost TLS"),
// with a test CA and certificates made by openssl: the CA file, the system store, RFC 6125 names (wildcards
// only as the whole leftmost label, the CN only without DNS names), a pin, and insecure.
#include "core/tls/peerverifier.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace RelayDesk;

class TestPeerVerifier : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_ca;
    QList<QSslCertificate> m_chain; ///< leaf (smarthost.test, *.relay.test) and the CA
    QList<QSslCertificate> m_selfSigned;
    QList<QSslCertificate> m_cnOnly; ///< CN=cn.test, no subjectAltName, signed by the CA

    QString path(const QString& name) const { return m_dir.filePath(name); }

    bool openssl(const QStringList& args)
    {
        QProcess process;
        process.start(QStringLiteral("openssl"), args);
        if (!process.waitForFinished(30000) || process.exitCode() != 0) {
            qWarning() << "openssl" << args << process.readAllStandardError();
            return false;
        }
        return true;
    }

    QList<QSslCertificate> signedBy(const QString& name, const QString& subject, const QString& extensions)
    {
        QFile ext(path(name + QStringLiteral(".ext")));
        if (!ext.open(QIODevice::WriteOnly))
            return {};
        ext.write(extensions.toUtf8());
        ext.close();
        const QString key = path(name + QStringLiteral(".key"));
        const QString csr = path(name + QStringLiteral(".csr"));
        const QString pem = path(name + QStringLiteral(".pem"));
        if (!openssl({QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                      QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"),
                      QStringLiteral("-nodes"), QStringLiteral("-subj"), subject, QStringLiteral("-keyout"),
                      key, QStringLiteral("-out"), csr}) ||
            !openssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), csr,
                      QStringLiteral("-CA"), m_ca, QStringLiteral("-CAkey"), path(QStringLiteral("ca.key")),
                      QStringLiteral("-CAcreateserial"), QStringLiteral("-days"), QStringLiteral("2"),
                      QStringLiteral("-extfile"), ext.fileName(), QStringLiteral("-out"), pem}))
            return {};
        return QSslCertificate::fromPath(pem) + QSslCertificate::fromPath(m_ca);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_ca = path(QStringLiteral("ca.pem"));
        QVERIFY(openssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                         QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                         QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                         QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                         QStringLiteral("/CN=Verifier Test CA"), QStringLiteral("-addext"),
                         QStringLiteral("basicConstraints=critical,CA:TRUE"), QStringLiteral("-addext"),
                         QStringLiteral("keyUsage=critical,keyCertSign"), QStringLiteral("-keyout"),
                         path(QStringLiteral("ca.key")), QStringLiteral("-out"), m_ca}));
        m_chain = signedBy(QStringLiteral("leaf"), QStringLiteral("/CN=smarthost.test"),
                           QStringLiteral("subjectAltName=DNS:smarthost.test,DNS:*.relay.test\n"
                                          "extendedKeyUsage=serverAuth\n"));
        QCOMPARE(m_chain.size(), 2);
        m_cnOnly = signedBy(QStringLiteral("cn"), QStringLiteral("/CN=cn.test"),
                            QStringLiteral("extendedKeyUsage=serverAuth\n"));
        QCOMPARE(m_cnOnly.size(), 2);
        const QString self = path(QStringLiteral("self.pem"));
        QVERIFY(openssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                         QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                         QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                         QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                         QStringLiteral("/CN=smarthost.test"), QStringLiteral("-addext"),
                         QStringLiteral("subjectAltName=DNS:smarthost.test"), QStringLiteral("-keyout"),
                         path(QStringLiteral("self.key")), QStringLiteral("-out"), self}));
        m_selfSigned = QSslCertificate::fromPath(self);
        QCOMPARE(m_selfSigned.size(), 1);
    }

    void caFileAndNames()
    {
        const PeerTrust trust = PeerTrust::fromCaFile(m_ca);
        const PeerVerdict ok = PeerVerifier::verify(m_chain, QStringLiteral("smarthost.test"), trust);
        QVERIFY2(ok.verified && ok.accepted, qPrintable(ok.summary()));
        QCOMPARE(ok.summary(), QStringLiteral("verified against the CAs in %1").arg(m_ca));
        QVERIFY(PeerVerifier::verify(m_chain, QStringLiteral("SMARTHOST.test"), trust).verified);
        QVERIFY(PeerVerifier::verify(m_chain, QStringLiteral("a.relay.test"), trust).verified);
        // RFC 6125 6.4.3: the wildcard stands for one whole label, no more, no less.
        for (const QString& host : {QStringLiteral("b.a.relay.test"), QStringLiteral("relay.test"),
                                    QStringLiteral("other.test"), QStringLiteral("192.0.2.1")}) {
            const PeerVerdict wrong = PeerVerifier::verify(m_chain, host, trust);
            QVERIFY2(!wrong.verified && !wrong.accepted, qPrintable(host));
            QCOMPARE(wrong.problems.size(), 1);
            QVERIFY2(
                wrong.problems.first().startsWith(QStringLiteral("name mismatch: the certificate is for ")),
                qPrintable(wrong.problems.first()));
            QVERIFY(wrong.problems.first().endsWith(QStringLiteral(", not ") + host));
        }
        // The CN counts only when there is no DNS name (RFC 6125 6.4.4).
        QVERIFY(PeerVerifier::verify(m_cnOnly, QStringLiteral("cn.test"), trust).verified);
        // An address written as a DNS name does not match that address (an IP address entry does): said so,
        // not "the certificate is for 127.0.0.1, not 127.0.0.1" (an outside tester).
        const QList<QSslCertificate> addressAsName = signedBy(
            QStringLiteral("asname"), QStringLiteral("/CN=127.0.0.1"),
            QStringLiteral("subjectAltName=DNS:127.0.0.1,DNS:relay.test\nextendedKeyUsage=serverAuth\n"));
        QCOMPARE(addressAsName.size(), 2);
        const PeerVerdict asName = PeerVerifier::verify(addressAsName, QStringLiteral("127.0.0.1"), trust);
        QVERIFY(!asName.verified);
        QCOMPARE(
            asName.problems.value(0),
            QStringLiteral("name mismatch: the certificate is for relay.test, 127.0.0.1 (written as a DNS "
                           "name, which no address matches: an address needs an IP address entry), not "
                           "127.0.0.1"));
    }

    void systemStoreDoesNotKnowTheTestCa()
    {
        const PeerVerdict leafAndRoot = PeerVerifier::verify(m_chain, QStringLiteral("smarthost.test"), {});
        QVERIFY(!leafAndRoot.accepted);
        QCOMPARE(leafAndRoot.problems,
                 QStringList{QStringLiteral(
                     "certificate not trusted: its root CA (Verifier Test CA) is not a trusted one")});
        const PeerVerdict leafOnly =
            PeerVerifier::verify(m_chain.mid(0, 1), QStringLiteral("smarthost.test"), {});
        QCOMPARE(leafOnly.problems,
                 QStringList{QStringLiteral("certificate not trusted: issuer unknown (Verifier Test CA)")});
        const PeerVerdict self = PeerVerifier::verify(m_selfSigned, QStringLiteral("smarthost.test"), {});
        QCOMPARE(self.problems, QStringList{QStringLiteral("certificate not trusted: self-signed")});
        QCOMPARE(self.kinds, QList<PeerVerdict::Problem>{PeerVerdict::Problem::Untrusted});
        QCOMPARE(self.shownProblems, self.problems); // no translator installed: the window shows English
        // Both at once: all problems are named.
        const PeerVerdict both = PeerVerifier::verify(m_selfSigned, QStringLiteral("other.test"), {});
        QCOMPARE(both.problems.size(), 2);
        QCOMPARE(both.kinds, QList<PeerVerdict::Problem>(
                                 {PeerVerdict::Problem::Untrusted, PeerVerdict::Problem::NameMismatch}));
        QCOMPARE(both.summary(), both.problems.join(QStringLiteral("; ")));
        QVERIFY(PeerVerifier::verify({}, QStringLiteral("x.test"), {})
                    .problems.first()
                    .contains(QStringLiteral("no certificate")));
    }

    void pinAndInsecure()
    {
        const QByteArray digest = m_selfSigned.first().digest(QCryptographicHash::Sha256);
        const PeerVerdict pinned = PeerVerifier::verify(m_selfSigned, QStringLiteral("any.name"),
                                                        PeerTrust::fromFingerprint(digest));
        QVERIFY(pinned.verified); // a pin replaces the CA and the name check
        const PeerVerdict other = PeerVerifier::verify(m_chain, QStringLiteral("smarthost.test"),
                                                       PeerTrust::fromFingerprint(digest));
        QVERIFY(!other.accepted);
        QVERIFY(other.problems.first().startsWith(
            QStringLiteral("fingerprint mismatch: the server's certificate is SHA256:")));
        QCOMPARE(other.kinds, QList<PeerVerdict::Problem>{PeerVerdict::Problem::PinMismatch});
        const PeerVerdict insecure =
            PeerVerifier::verify(m_selfSigned, QStringLiteral("smarthost.test"), PeerTrust::insecure());
        QVERIFY(!insecure.verified);
        QVERIFY(insecure.accepted);
        QCOMPARE(insecure.problems, QStringList{QStringLiteral("certificate not trusted: self-signed")});
    }

    void unreadableCaFile()
    {
        const PeerVerdict missing = PeerVerifier::verify(
            m_chain, QStringLiteral("smarthost.test"), PeerTrust::fromCaFile(path(QStringLiteral("no.pem"))));
        QVERIFY(!missing.accepted);
        QVERIFY(missing.problems.first().startsWith(QStringLiteral("cannot read CA file")));
        QCOMPARE(missing.kinds, QList<PeerVerdict::Problem>{PeerVerdict::Problem::CaFile});
        QVERIFY(PeerTrust::caFileProblem(path(QStringLiteral("ca.key")))
                    .contains(QStringLiteral("holds no PEM certificate")));
        QVERIFY(PeerTrust::caFileProblem(m_ca).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPeerVerifier)
#include "tst_peerverifier.moc"

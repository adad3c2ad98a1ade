// The listeners' TLS: a generated self-signed pair (key readable by the owner only) and FS AEAD ciphers only.
#include "core/tls/certificatecheck.h"
#include "core/tls/certificategenerator.h"
#include "core/tls/ticketkeyring.h"
#include "core/tls/tlscontext.h"
#include "core/tls/tlsservercontext.h"

#include <QDir>
#include <QFile>
#include <QSslCipher>
#include <QSslKey>
#include <QTemporaryDir>
#include <QTest>

#include <openssl/objects.h>
#include <openssl/ssl.h>
#include <openssl/x509.h>

using namespace RelayDesk;

class TestTlsContext : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void generatesSelfSignedPairOnFirstUse()
    {
        QTemporaryDir dir;
        auto context = TlsContext::load(dir.path(), {}, {}, QStringLiteral("relay.example"));
        QVERIFY2(context.ok(), qPrintable(context.error()));
        const QString key = dir.filePath(QStringLiteral("tls/key.pem"));
        QVERIFY(QFile::exists(key));
        QCOMPARE(QFile::permissions(key) &
                     (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
                 QFile::Permissions());
        const QSslCertificate cert = context->configuration().localCertificate();
        QCOMPARE(cert.subjectInfo(QSslCertificate::CommonName).value(0), QStringLiteral("relay.example"));
        QVERIFY(cert.expiryDate() > QDateTime::currentDateTimeUtc().addDays(365));
        QVERIFY(cert.subjectAlternativeNames().values(QSsl::DnsEntry).contains(QStringLiteral("localhost")));
        QVERIFY(!context->configuration().privateKey().isNull());
        // Second load reuses the same pair.
        auto again = TlsContext::load(dir.path(), {}, {}, QStringLiteral("relay.example"));
        QCOMPARE(again->configuration().localCertificate(), cert);
    }

    void generatedCertificateLivesAtMost825Days()
    {
        // Scanners (testssl.sh among them) flag a certificate valid for more than 825 days.
        QTemporaryDir dir;
        auto context = TlsContext::load(dir.path(), {}, {}, QStringLiteral("relay.example"));
        QVERIFY2(context.ok(), qPrintable(context.error()));
        const QSslCertificate cert = context->configuration().localCertificate();
        const qint64 lifetime = cert.effectiveDate().secsTo(cert.expiryDate());
        QVERIFY2(lifetime <= 825LL * 24 * 3600, qPrintable(QString::number(lifetime)));
        QVERIFY(lifetime > 824LL * 24 * 3600);
        QVERIFY(cert.effectiveDate() <= QDateTime::currentDateTimeUtc());
    }

    void sharedServerContextIssuesStatelessTickets()
    {
        // docs/security.md, "TLS session resumption": tickets on, no server-side cache, TLS 1.2 or newer,
        // record buffers released while idle.
        QTemporaryDir dir;
        auto context = TlsContext::load(dir.path(), {}, {}, QStringLiteral("relay.example"));
        QString error;
        auto server =
            TlsServerContext::create(context->configuration(), std::make_shared<TicketKeyRing>(), &error);
        QVERIFY2(server, qPrintable(error));
        SSL_CTX* ctx = server->handle();
        QCOMPARE(SSL_CTX_get_options(ctx) & SSL_OP_NO_TICKET, 0U);
        QCOMPARE(SSL_CTX_get_session_cache_mode(ctx), long(SSL_SESS_CACHE_OFF));
        QCOMPARE(SSL_CTX_get_min_proto_version(ctx), long(TLS1_2_VERSION));
        QVERIFY(SSL_CTX_get_mode(ctx) & SSL_MODE_RELEASE_BUFFERS);
    }

    void onlyTls12OrNewerWithForwardSecretAeadCiphers()
    {
        QTemporaryDir dir;
        auto context = TlsContext::load(dir.path(), {}, {}, QStringLiteral("relay.example"));
        QCOMPARE(context->configuration().protocol(), QSsl::TlsV1_2OrLater);
        const QList<QSslCipher> ciphers = context->configuration().ciphers();
        QVERIFY(!ciphers.isEmpty());
        bool hasTls13 = false, hasEcdheGcm = false;
        for (const QSslCipher& c : ciphers) {
            const QString n = c.name();
            QVERIFY2(!n.contains(QLatin1String("CBC")) && !n.contains(QLatin1String("RC4")) &&
                         !n.contains(QLatin1String("DES")) && !n.contains(QLatin1String("NULL")) &&
                         !n.startsWith(QLatin1String("AES")),
                     qPrintable(n));
            hasTls13 |= n.startsWith(QLatin1String("TLS_"));
            hasEcdheGcm |= n.startsWith(QLatin1String("ECDHE-")) && n.contains(QLatin1String("GCM"));
        }
        QVERIFY(hasTls13);
        QVERIFY(hasEcdheGcm);
    }

    void refusesMismatchedOrUnreadableFiles()
    {
        QTemporaryDir dir;
        auto onlyCert =
            TlsContext::load(dir.path(), dir.filePath(QStringLiteral("c.pem")), {}, QStringLiteral("x"));
        QVERIFY(!onlyCert.ok());
        QVERIFY(onlyCert.error().contains(QLatin1String("both")));
        auto missing = TlsContext::load(dir.path(), dir.filePath(QStringLiteral("c.pem")),
                                        dir.filePath(QStringLiteral("k.pem")), QStringLiteral("x"));
        QVERIFY(!missing.ok());
        QVERIFY(missing.error().contains(QLatin1String("cannot read certificate")));
    }

    void refusesAKeyOfAnotherCertificate()
    {
        QTemporaryDir dir;
        const QString certA = dir.filePath(QStringLiteral("a.crt")),
                      keyA = dir.filePath(QStringLiteral("a.key"));
        const QString certB = dir.filePath(QStringLiteral("b.crt")),
                      keyB = dir.filePath(QStringLiteral("b.key"));
        QVERIFY(CertificateGenerator::generate(certA, keyA, QStringLiteral("a.example")));
        QVERIFY(CertificateGenerator::generate(certB, keyB, QStringLiteral("b.example")));
        QCOMPARE(CertificateCheck::pairProblem(certA, keyA), QString());
        const QString problem = CertificateCheck::pairProblem(certA, keyB);
        QCOMPARE(problem,
                 QStringLiteral("the private key in %1 does not belong to the certificate in %2 (their "
                                "public keys differ)")
                     .arg(keyB, certA));
        // The listeners refuse the pair as well, instead of failing every handshake.
        auto context = TlsContext::load(dir.path(), certA, keyB, QStringLiteral("x"));
        QVERIFY(!context.ok());
        QCOMPARE(context.error(), problem);
        QVERIFY(TlsContext::load(dir.path(), certB, keyB, QStringLiteral("x")).ok());
    }

    void refusesACertificateOutOfDate()
    {
        QTemporaryDir dir;
        const QString cert = dir.filePath(QStringLiteral("c.crt")),
                      key = dir.filePath(QStringLiteral("c.key"));
        QVERIFY(CertificateGenerator::generate(cert, key, QStringLiteral("c.example"), 30));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QCOMPARE(CertificateCheck::certificateProblem(cert, now), QString());
        const QString expired = CertificateCheck::pairProblem(cert, key, now.addDays(31));
        QVERIFY2(expired.startsWith(QStringLiteral("the certificate in %1 expired on ").arg(cert)),
                 qPrintable(expired));
        QVERIFY(expired.endsWith(QLatin1String(" UTC")));
        const QString early = CertificateCheck::certificateProblem(cert, now.addDays(-1));
        QVERIFY2(early.startsWith(QStringLiteral("the certificate in %1 is not valid before ").arg(cert)),
                 qPrintable(early));
        QVERIFY(CertificateGenerator::generate(dir.filePath(QStringLiteral("old.crt")),
                                               dir.filePath(QStringLiteral("old.key")), QStringLiteral("o"),
                                               -1));
        auto context = TlsContext::load(dir.path(), dir.filePath(QStringLiteral("old.crt")),
                                        dir.filePath(QStringLiteral("old.key")), QStringLiteral("x"));
        QVERIFY(!context.ok());
        QVERIFY2(context.error().contains(QLatin1String("expired on")), qPrintable(context.error()));
    }

    // An outside tester's NAS and printer offer only RSA cipher suites in TLS 1.2: the generated certificate
    // comes as an ECDSA and an RSA pair for the same names, and the server context holds both.
    void generatesAnRsaPairBesideTheEcdsaOne()
    {
        QTemporaryDir dir;
        auto context = TlsContext::load(dir.path(), {}, {}, QStringLiteral("relay.example"));
        QVERIFY2(context.ok(), qPrintable(context.error()));
        const QString rsaCert = dir.filePath(QStringLiteral("tls/cert-rsa.pem"));
        const QString rsaKey = dir.filePath(QStringLiteral("tls/key-rsa.pem"));
        QCOMPARE(CertificateCheck::keyType(dir.filePath(QStringLiteral("tls/cert.pem"))),
                 QStringLiteral("ECDSA"));
        QCOMPARE(CertificateCheck::keyType(rsaCert), QStringLiteral("RSA"));
        QCOMPARE(QFile::permissions(rsaKey) & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
        QCOMPARE(context->secondChain().size(), 1);
        QCOMPARE(context->secondKey().algorithm(), QSsl::Rsa);
        QCOMPARE(context->secondKey().length(), 2048);
        QCOMPARE(context->secondProblem(), QString());
        const QSslCertificate ecdsa = context->configuration().localCertificate();
        const QSslCertificate rsa = context->secondChain().first();
        QCOMPARE(rsa.subjectAlternativeNames(), ecdsa.subjectAlternativeNames());
        QCOMPARE(rsa.subjectInfo(QSslCertificate::CommonName),
                 ecdsa.subjectInfo(QSslCertificate::CommonName));

        QString error;
        auto server = TlsServerContext::create(context.value(), std::make_shared<TicketKeyRing>(), &error);
        QVERIFY2(server, qPrintable(error));
        QStringList served;
        for (long next = SSL_CTX_set_current_cert(server->handle(), SSL_CERT_SET_FIRST); next == 1;
             next = SSL_CTX_set_current_cert(server->handle(), SSL_CERT_SET_NEXT)) {
            if (X509* certificate = SSL_CTX_get0_certificate(server->handle()))
                served << QString::fromLatin1(
                    OBJ_nid2sn(EVP_PKEY_get_base_id(X509_get0_pubkey(certificate))));
        }
        served.sort();
        QCOMPARE(served, (QStringList{QStringLiteral("id-ecPublicKey"), QStringLiteral("rsaEncryption")}));
    }

    // A data directory from before the RSA pair: its ECDSA certificate stays, and an RSA one naming the same
    // hosts is made beside it.
    void addsTheRsaPairToAnOlderGeneratedCertificate()
    {
        QTemporaryDir dir;
        QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("tls"))));
        const QString cert = dir.filePath(QStringLiteral("tls/cert.pem"));
        QVERIFY(CertificateGenerator::generate(
            cert, dir.filePath(QStringLiteral("tls/key.pem")),
            QStringList{QStringLiteral("old.example"), QStringLiteral("10.0.0.7")}));
        const QSslCertificate before = QSslCertificate::fromPath(cert).value(0);
        auto context = TlsContext::load(dir.path(), {}, {}, QStringLiteral("new.example"));
        QVERIFY2(context.ok(), qPrintable(context.error()));
        QCOMPARE(context->configuration().localCertificate(), before);
        QCOMPARE(context->secondChain().value(0).subjectAlternativeNames(), before.subjectAlternativeNames());
    }

    // OpenSSL keeps one certificate per key type: a second pair of the first's type would replace it.
    void leavesOutASecondPairOfTheSameKeyType()
    {
        QTemporaryDir dir;
        const QString certA = dir.filePath(QStringLiteral("a.crt")),
                      keyA = dir.filePath(QStringLiteral("a.key"));
        const QString certB = dir.filePath(QStringLiteral("b.crt")),
                      keyB = dir.filePath(QStringLiteral("b.key"));
        QVERIFY(CertificateGenerator::generate(certA, keyA, QStringLiteral("a.example")));
        QVERIFY(CertificateGenerator::generate(certB, keyB, QStringLiteral("b.example")));
        auto context = TlsContext::load(dir.path(), certA, keyA, QStringLiteral("x"), {}, {certB, keyB});
        QVERIFY2(context.ok(), qPrintable(context.error()));
        QVERIFY(context->secondChain().isEmpty());
        QVERIFY2(context->secondProblem().contains(QLatin1String("the other kind of key")),
                 qPrintable(context->secondProblem()));
        QVERIFY(CertificateGenerator::generate(certB, keyB, QStringList{QStringLiteral("b.example")}, 30,
                                               CertificateGenerator::KeyType::Rsa));
        auto both = TlsContext::load(dir.path(), certA, keyA, QStringLiteral("x"), {}, {certB, keyB});
        QVERIFY2(both.ok() && both->secondProblem().isEmpty(), qPrintable(both->secondProblem()));
        QCOMPARE(both->secondChain().size(), 1);
    }

    void refusesFilesThatHoldNoPem()
    {
        QTemporaryDir dir;
        const QString cert = dir.filePath(QStringLiteral("c.crt")),
                      key = dir.filePath(QStringLiteral("c.key"));
        QVERIFY(CertificateGenerator::generate(cert, key, QStringLiteral("c.example")));
        QFile junk(dir.filePath(QStringLiteral("junk")));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("not a PEM file\n");
        junk.close();
        QCOMPARE(CertificateCheck::pairProblem(junk.fileName(), key),
                 QStringLiteral("%1 holds no PEM certificate").arg(junk.fileName()));
        QCOMPARE(CertificateCheck::pairProblem(cert, junk.fileName()),
                 QStringLiteral("%1 holds no unencrypted PEM private key").arg(junk.fileName()));
        QVERIFY(CertificateCheck::pairProblem(cert, dir.filePath(QStringLiteral("missing")))
                    .startsWith(QLatin1String("cannot read key ")));
    }
};

QTEST_GUILESS_MAIN(TestTlsContext)
#include "tst_tlscontext.moc"

#include "core/tls/tlscontext.h"
#include "core/tls/certificatecheck.h"
#include "core/tls/certificategenerator.h"
#include "core/tls/certificatenames.h"
#include "core/util/datadirmode.h"

#include <QDir>
#include <QFile>
#include <QSslCipher>
#include <QSslKey>

namespace RelayDesk {

QList<QSslCipher> TlsContext::forwardSecretAeadCiphers()
{
    QList<QSslCipher> kept;
    for (const QSslCipher& cipher : QSslConfiguration::supportedCiphers()) {
        const QString name = cipher.name();
        const bool tls13 = name.startsWith(QLatin1String("TLS_"));
        const bool forwardSecret =
            tls13 || name.startsWith(QLatin1String("ECDHE-")) || name.startsWith(QLatin1String("DHE-"));
        const bool aead = name.contains(QLatin1String("GCM")) || name.contains(QLatin1String("CHACHA20"));
        if (forwardSecret && aead && !name.contains(QLatin1String("PSK")))
            kept << cipher;
    }
    return kept;
}

namespace {

/// A certificate chain and its private key, read from PEM files that CertificateCheck::pairProblem took.
struct PemPair
{
    QList<QSslCertificate> chain;
    QSslKey key;
};

Expected<PemPair> readPemPair(const QString& cert, const QString& key)
{
    using Result = Expected<PemPair>;
    // A key of another certificate, or a certificate out of date, would make every handshake fail.
    if (const QString problem = CertificateCheck::pairProblem(cert, key); !problem.isEmpty())
        return Result::failure(problem);
    QFile certFile(cert);
    if (!certFile.open(QIODevice::ReadOnly))
        return Result::failure(
            QStringLiteral("cannot read certificate %1: %2").arg(cert, certFile.errorString()));
    PemPair pair;
    pair.chain = QSslCertificate::fromDevice(&certFile, QSsl::Pem);
    if (pair.chain.isEmpty())
        return Result::failure(QStringLiteral("%1 holds no PEM certificate").arg(cert));
    QFile keyFile(key);
    if (!keyFile.open(QIODevice::ReadOnly))
        return Result::failure(QStringLiteral("cannot read key %1: %2").arg(key, keyFile.errorString()));
    const QByteArray keyPem = keyFile.readAll();
    for (QSsl::KeyAlgorithm algorithm : {QSsl::Ec, QSsl::Rsa}) {
        pair.key = QSslKey(keyPem, algorithm, QSsl::Pem);
        if (!pair.key.isNull())
            break;
    }
    if (pair.key.isNull())
        return Result::failure(QStringLiteral("%1 holds no unencrypted PEM private key").arg(key));
    return pair;
}

} // namespace

Expected<TlsContext> TlsContext::load(const QString& dataDir, const QString& certPath, const QString& keyPath,
                                      const QString& hostname, const std::function<QStringList()>& addresses,
                                      const SecondPair& second)
{
    QString cert = certPath;
    QString key = keyPath;
    QString secondCert = second.certificatePath;
    QString secondKey = second.keyPath;
    if (cert.isEmpty() != key.isEmpty())
        return Expected<TlsContext>::failure(
            QStringLiteral("set both tls.certificate and tls.key, or neither"));
    if (cert.isEmpty()) {
        const QString dir = QDir(dataDir).filePath(QStringLiteral("tls"));
        // 0700, or shared with the data directory's group (docs/operations.md, "Managing the service from
        // your desktop"); an existing folder and key of this process follow the data directory's mode.
        const DataDirMode mode(dataDir);
        QDir().mkpath(dir);
        DataDirMode::apply(dir, mode.directoryMode());
        cert = QDir(dir).filePath(QStringLiteral("cert.pem"));
        key = QDir(dir).filePath(QStringLiteral("key.pem"));
        secondCert = CertificateGenerator::rsaCompanion(cert);
        secondKey = CertificateGenerator::rsaCompanion(key);
        const QStringList names = QStringList{hostname} + (addresses ? addresses() : QStringList());
        if (!QFile::exists(cert) || !QFile::exists(key)) {
            const Status generated = CertificateGenerator::generateBoth(cert, key, names);
            if (!generated)
                return Expected<TlsContext>::failure(generated.error());
        } else if (!QFile::exists(secondCert) || !QFile::exists(secondKey)) {
            // A data directory from before the RSA pair (an outside tester's RSA-only devices could not
            // connect): the RSA pair for the names of the ECDSA one, so that both name the same hosts.
            const QStringList own = CertificateNames::of(QSslCertificate::fromPath(cert).value(0));
            const Status generated = CertificateGenerator::generate(
                secondCert, secondKey, own.isEmpty() ? names : own, 825, CertificateGenerator::KeyType::Rsa);
            if (!generated)
                return Expected<TlsContext>::failure(generated.error());
        }
        DataDirMode::apply(key, mode.secretMode());
        DataDirMode::apply(secondKey, mode.secretMode());
    }
    const auto first = readPemPair(cert, key);
    if (!first)
        return Expected<TlsContext>::failure(first.error());

    TlsContext context;
    context.m_certFile = cert;
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setLocalCertificateChain(first->chain);
    config.setPrivateKey(first->key);
    config.setProtocol(QSsl::TlsV1_2OrLater);
    config.setCiphers(forwardSecretAeadCiphers());
    config.setPeerVerifyMode(QSslSocket::VerifyNone);
    // The listeners' handshakes run on TlsServerContext, built from this configuration's chain, key and
    // ciphers, and the second pair (docs/security.md, "TLS session resumption").
    context.m_config = config;
    if (!secondCert.isEmpty() || !secondKey.isEmpty()) {
        context.m_secondProblem =
            CertificateCheck::halfPairProblem(secondCert, secondKey, QStringLiteral("tls.second_certificate"),
                                              QStringLiteral("tls.second_key"));
        if (context.m_secondProblem.isEmpty())
            context.m_secondProblem = CertificateCheck::secondPairProblem(cert, secondCert);
        const auto other = context.m_secondProblem.isEmpty() ? readPemPair(secondCert, secondKey)
                                                             : Expected<PemPair>(PemPair{});
        if (!other) {
            context.m_secondProblem = other.error();
        } else if (context.m_secondProblem.isEmpty()) {
            context.m_secondChain = other->chain;
            context.m_secondKey = other->key;
        }
    }
    return context;
}

} // namespace RelayDesk

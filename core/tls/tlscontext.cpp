#include "core/tls/tlscontext.h"
#include "core/tls/certificatecheck.h"
#include "core/tls/certificategenerator.h"
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

Expected<TlsContext> TlsContext::load(const QString& dataDir, const QString& certPath, const QString& keyPath,
                                      const QString& hostname, const std::function<QStringList()>& addresses)
{
    QString cert = certPath;
    QString key = keyPath;
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
        if (!QFile::exists(cert) || !QFile::exists(key)) {
            const Status generated = CertificateGenerator::generate(
                cert, key, QStringList{hostname} + (addresses ? addresses() : QStringList()));
            if (!generated)
                return Expected<TlsContext>::failure(generated.error());
        }
        DataDirMode::apply(key, mode.secretMode());
    }
    // A key of another certificate, or a certificate out of date, would make every handshake fail.
    if (const QString problem = CertificateCheck::pairProblem(cert, key); !problem.isEmpty())
        return Expected<TlsContext>::failure(problem);
    QFile certFile(cert);
    if (!certFile.open(QIODevice::ReadOnly))
        return Expected<TlsContext>::failure(
            QStringLiteral("cannot read certificate %1: %2").arg(cert, certFile.errorString()));
    const QList<QSslCertificate> chain = QSslCertificate::fromDevice(&certFile, QSsl::Pem);
    if (chain.isEmpty())
        return Expected<TlsContext>::failure(QStringLiteral("%1 holds no PEM certificate").arg(cert));
    QFile keyFile(key);
    if (!keyFile.open(QIODevice::ReadOnly))
        return Expected<TlsContext>::failure(
            QStringLiteral("cannot read key %1: %2").arg(key, keyFile.errorString()));
    const QByteArray keyPem = keyFile.readAll();
    QSslKey privateKey;
    for (QSsl::KeyAlgorithm algorithm : {QSsl::Ec, QSsl::Rsa}) {
        privateKey = QSslKey(keyPem, algorithm, QSsl::Pem);
        if (!privateKey.isNull())
            break;
    }
    if (privateKey.isNull())
        return Expected<TlsContext>::failure(
            QStringLiteral("%1 holds no unencrypted PEM private key").arg(key));

    TlsContext context;
    context.m_certFile = cert;
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setLocalCertificateChain(chain);
    config.setPrivateKey(privateKey);
    config.setProtocol(QSsl::TlsV1_2OrLater);
    config.setCiphers(forwardSecretAeadCiphers());
    config.setPeerVerifyMode(QSslSocket::VerifyNone);
    // The listeners' handshakes run on TlsServerContext, built from this configuration's chain, key and
    // ciphers (docs/security.md, "TLS session resumption").
    context.m_config = config;
    return context;
}

} // namespace RelayDesk

#include "ui/certificatefiles.h"

#include "core/store/settings.h"
#include "core/tls/certificategenerator.h"

#include <QDir>
#include <QFile>
#include <QSslCertificate>
#include <QSslKey>

namespace RelayDesk {

QString CertificateFiles::newBaseName(const QString& dataDir, const QString& stem)
{
    const QString dir = QDir(dataDir).filePath(QStringLiteral("tls"));
    QDir().mkpath(dir);
    QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    return QDir(dir).filePath(
        stem + QLatin1Char('-') +
        QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz")));
}

Expected<CertificateInfo> CertificateFiles::describe(const QString& certificatePath)
{
    const QList<QSslCertificate> chain = QSslCertificate::fromPath(certificatePath, QSsl::Pem);
    if (chain.isEmpty())
        return Expected<CertificateInfo>::failure(
            QStringLiteral("%1 holds no PEM certificate").arg(certificatePath));
    const QSslCertificate& certificate = chain.first();
    CertificateInfo info;
    info.certificatePath = certificatePath;
    info.subject = certificate.subjectDisplayName();
    info.fingerprint =
        QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex(':')).toUpper();
    info.expiry = certificate.expiryDate();
    return info;
}

Status CertificateFiles::useFiles(const QString& dataDir, const QString& certificatePath,
                                  const QString& keyPath)
{
    // Both settings at once: the pair is checked as a pair (the key belongs to the certificate, which is in
    // date), and stored in one transaction or not at all.
    return Settings(dataDir).setAll(
        {{QStringLiteral("tls.certificate"), certificatePath}, {QStringLiteral("tls.key"), keyPath}});
}

Expected<CertificateInfo> CertificateFiles::generateSelfSigned(const QString& dataDir,
                                                               const QString& hostname)
{
    const QString base = newBaseName(dataDir, QStringLiteral("selfsigned"));
    const QString cert = base + QStringLiteral(".crt");
    const QString key = base + QStringLiteral(".key");
    if (Status status = CertificateGenerator::generate(cert, key, hostname); !status)
        return Expected<CertificateInfo>::failure(status.error());
    if (Status status = useFiles(dataDir, cert, key); !status)
        return Expected<CertificateInfo>::failure(status.error());
    auto info = describe(cert);
    if (info)
        info.value().keyPath = key;
    return info;
}

Expected<CertificateInfo> CertificateFiles::importPkcs12(const QString& dataDir, const QString& pkcs12Path,
                                                         const QByteArray& passphrase)
{
    using Result = Expected<CertificateInfo>;
    QFile file(pkcs12Path);
    if (!file.open(QIODevice::ReadOnly))
        return Result::failure(QStringLiteral("cannot read %1: %2").arg(pkcs12Path, file.errorString()));
    QSslKey key;
    QSslCertificate certificate;
    QList<QSslCertificate> caCertificates;
    if (!QSslCertificate::importPkcs12(&file, &key, &certificate, &caCertificates, passphrase) ||
        key.isNull() || certificate.isNull())
        return Result::failure(
            QStringLiteral("%1 is not a PKCS#12 file with a certificate and key, or the password is wrong")
                .arg(pkcs12Path));
    const QString base = newBaseName(dataDir, QStringLiteral("imported"));
    const QString certPath = base + QStringLiteral(".crt");
    const QString keyPath = base + QStringLiteral(".key");
    // The key file is created with owner-only permissions before a byte of the key is written (contract 5).
    QFile keyFile(keyPath);
    if (!keyFile.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                      QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
        keyFile.write(key.toPem()) < 0 || !keyFile.flush())
        return Result::failure(QStringLiteral("cannot write %1: %2").arg(keyPath, keyFile.errorString()));
    keyFile.close();
    QByteArray chain = certificate.toPem();
    for (const QSslCertificate& ca : caCertificates)
        chain += ca.toPem();
    QFile certFile(certPath);
    if (!certFile.open(QIODevice::WriteOnly | QIODevice::NewOnly) || certFile.write(chain) < 0 ||
        !certFile.flush()) {
        QFile::remove(keyPath);
        return Result::failure(QStringLiteral("cannot write %1: %2").arg(certPath, certFile.errorString()));
    }
    certFile.close();
    if (Status status = useFiles(dataDir, certPath, keyPath); !status) {
        QFile::remove(keyPath);
        QFile::remove(certPath);
        return Result::failure(status.error());
    }
    auto info = describe(certPath);
    if (info)
        info.value().keyPath = keyPath;
    return info;
}

} // namespace RelayDesk

#include "core/tls/certificateimport.h"
#include "core/util/filecontents.h"

#include "core/tls/certificatecheck.h"
#include "core/tls/certificategenerator.h"
#include "core/tls/chainorder.h"
#include "core/util/datadirmode.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSslCertificate>
#include <QSslKey>

#include <openssl/provider.h>
#include <openssl/x509.h>

namespace RelayDesk {

QString CertificateImport::newBaseName(const QString& tlsDir, const QString& stem)
{
    // 0700, or shared like the data directory above it (docs/operations.md, "Managing the service from your
    // desktop").
    QDir().mkpath(tlsDir);
    DataDirMode::apply(tlsDir, DataDirMode(QFileInfo(tlsDir).absolutePath()).directoryMode());
    return QDir(tlsDir).filePath(
        stem + QLatin1Char('-') +
        QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz")));
}

Expected<CertificateFilePair> CertificateImport::write(const QString& tlsDir, const QString& stem,
                                                       const QByteArray& chainPem, const QByteArray& keyPem)
{
    using Result = Expected<CertificateFilePair>;
    const QString base = newBaseName(tlsDir, stem);
    const CertificateFilePair pair{base + QStringLiteral(".crt"), base + QStringLiteral(".key")};
    // The key file is created with owner-only permissions before a byte of the key is written
    // (docs/architecture.md, "secrets stay secret"); in a group-shared folder the group may read it too,
    // since the service reads the key an admin imports.
    QFile keyFile(pair.keyPath);
    if (!keyFile.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                      QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
        !keyFile.setPermissions(DataDirMode(tlsDir).secretPermissions()))
        return Result::failure(
            QStringLiteral("cannot write %1: %2").arg(pair.keyPath, keyFile.errorString()));
    if (Status written = writeAndSync(keyFile.handle(), keyPem, pair.keyPath); !written) {
        keyFile.remove();
        return Result::failure(written.error());
    }
    keyFile.close();
    QFile certFile(pair.certificatePath);
    if (!certFile.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
        QFile::remove(pair.keyPath);
        return Result::failure(
            QStringLiteral("cannot write %1: %2").arg(pair.certificatePath, certFile.errorString()));
    }
    if (Status written = writeAndSync(certFile.handle(), chainPem, pair.certificatePath); !written) {
        certFile.remove();
        QFile::remove(pair.keyPath);
        return Result::failure(written.error());
    }
    return pair;
}

Expected<CertificateImport::CheckedPem> CertificateImport::checkPem(const QString& certificatePath,
                                                                    const QString& keyPath)
{
    using Result = Expected<CheckedPem>;
    const auto chain = readFileContents(certificatePath);
    if (!chain)
        return Result::failure(chain.error());
    const auto key = readFileContents(keyPath);
    if (!key)
        return Result::failure(key.error());
    // The key's certificate first, then its issuers: a file that began with the issuer was refused.
    // Then only the chain: what does not link is left out, and said (ChainOrder::linkedChain).
    CheckedPem checked;
    checked.key = key.value();
    checked.chain =
        ChainOrder::linkedChain(ChainOrder::leafFirst(chain.value(), key.value()), &checked.leftOut);
    // Refused before anything is written: a key of another certificate, an expired or unreadable pair.
    if (const QString problem =
            CertificateCheck::pairProblem(checked.chain, certificatePath, checked.key, keyPath);
        !problem.isEmpty())
        return Result::failure(problem);
    if (const QString problem = CertificateCheck::serverUseProblem(checked.chain, certificatePath);
        !problem.isEmpty())
        return Result::failure(problem);
    return checked;
}

Expected<CertificateFilePair>
CertificateImport::copyPem(const QString& tlsDir, const QString& certificatePath, const QString& keyPath)
{
    const auto checked = checkPem(certificatePath, keyPath);
    if (!checked)
        return Expected<CertificateFilePair>::failure(checked.error());
    auto written = write(tlsDir, QStringLiteral("imported"), checked->chain, checked->key);
    if (written)
        written.value().leftOut = checked->leftOut;
    return written;
}

namespace {

/// OpenSSL's legacy provider (RC2, 3DES, ...) loaded beside the default one (loading one provider explicitly
/// stops the default one from loading by itself), and given back when the process ends.
struct LegacyProviders
{
    OSSL_PROVIDER* standard = OSSL_PROVIDER_load(nullptr, "default");
    OSSL_PROVIDER* legacy = OSSL_PROVIDER_load(nullptr, "legacy");
    ~LegacyProviders()
    {
        if (legacy)
            OSSL_PROVIDER_unload(legacy);
        if (standard)
            OSSL_PROVIDER_unload(standard);
    }
};

/// Loads the legacy provider once; whether it and the default one are there.
bool loadLegacyProvider()
{
    static const LegacyProviders providers;
    return providers.standard && providers.legacy;
}

} // namespace

Expected<CertificateFilePair> CertificateImport::extractPkcs12(const QString& tlsDir,
                                                               const QString& pkcs12Path,
                                                               const QByteArray& passphrase)
{
    using Result = Expected<CertificateFilePair>;
    QFile file(pkcs12Path);
    if (!file.open(QIODevice::ReadOnly))
        return Result::failure(
            QCoreApplication::translate("RelayDesk::CertificateCheck", "cannot read %1: %2")
                .arg(pkcs12Path, file.errorString()));
    QSslKey key;
    QSslCertificate certificate;
    QList<QSslCertificate> caCertificates;
    const auto imported = [&] {
        file.seek(0);
        return QSslCertificate::importPkcs12(&file, &key, &certificate, &caCertificates, passphrase) &&
               !key.isNull() && !certificate.isNull();
    };
    // Older Windows and OpenSSL exports encrypt with RC2 or 3DES, which OpenSSL 3 keeps in its legacy
    // provider: an outside tester's right password was refused as wrong. Loaded only when the file needs it.
    if (!imported() && loadLegacyProvider())
        imported();
    if (key.isNull() || certificate.isNull())
        // In the desktop manager's language when it installed a translator; the CLI stays English.
        return Result::failure(
            QCoreApplication::translate("RelayDesk::CertificateCheck",
                                        "%1 is not a PKCS#12 file with a certificate and key, "
                                        "or the password is wrong")
                .arg(pkcs12Path));
    QByteArray chain = certificate.toPem();
    if (const QString problem = CertificateCheck::serverUseProblem(chain, pkcs12Path); !problem.isEmpty())
        return Result::failure(problem);
    for (const QSslCertificate& ca : caCertificates)
        chain += ca.toPem();
    return write(tlsDir, QStringLiteral("imported"), chain, key.toPem());
}

Expected<CertificateFilePair> CertificateImport::generateSelfSigned(const QString& tlsDir,
                                                                    const QStringList& names)
{
    const QString base = newBaseName(tlsDir, QStringLiteral("selfsigned"));
    CertificateFilePair pair{base + QStringLiteral(".crt"), base + QStringLiteral(".key")};
    pair.secondCertificatePath = CertificateGenerator::rsaCompanion(pair.certificatePath);
    pair.secondKeyPath = CertificateGenerator::rsaCompanion(pair.keyPath);
    if (Status status = CertificateGenerator::generateBoth(pair.certificatePath, pair.keyPath, names);
        !status) {
        discard(pair);
        return Expected<CertificateFilePair>::failure(status.error());
    }
    return pair;
}

namespace {

/// Issued by itself: its issuer is its subject and its own key verifies its signature. QSslCertificate's
/// isSelfSigned() also asks for a CA's key usage, which a server's self-signed certificate need not have (the
/// relay's own generated ones have not): imported, such a certificate was not called self-signed.
bool issuedByItself(const QSslCertificate& certificate)
{
    if (certificate.isSelfSigned())
        return true;
    const QByteArray der = certificate.toDer();
    const auto* data = reinterpret_cast<const unsigned char*>(der.constData());
    X509* x509 = d2i_X509(nullptr, &data, long(der.size()));
    if (!x509)
        return false;
    EVP_PKEY* key = X509_get0_pubkey(x509);
    const bool own = X509_NAME_cmp(X509_get_issuer_name(x509), X509_get_subject_name(x509)) == 0 && key &&
                     X509_verify(x509, key) == 1;
    X509_free(x509);
    return own;
}

} // namespace

Expected<CertificateInfo> CertificateImport::describe(const QString& certificatePath)
{
    const QList<QSslCertificate> chain = QSslCertificate::fromPath(certificatePath, QSsl::Pem);
    if (chain.isEmpty())
        return Expected<CertificateInfo>::failure(
            QStringLiteral("%1 holds no PEM certificate").arg(certificatePath));
    const QSslCertificate& certificate = chain.first();
    CertificateInfo info;
    info.certificatePath = certificatePath;
    info.subject = certificate.subjectDisplayName();
    info.selfSigned = issuedByItself(certificate);
    info.fingerprint =
        QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex(':')).toUpper();
    info.expiry = certificate.expiryDate();
    return info;
}

void CertificateImport::discard(const CertificateFilePair& pair)
{
    QFile::remove(pair.keyPath);
    QFile::remove(pair.certificatePath);
    if (!pair.secondKeyPath.isEmpty())
        QFile::remove(pair.secondKeyPath);
    if (!pair.secondCertificatePath.isEmpty())
        QFile::remove(pair.secondCertificatePath);
}

} // namespace RelayDesk

#include "core/tls/certificategenerator.h"
#include "core/tls/certificatenames.h"
#include "core/tls/opensslpointers.h"
#include "core/util/datadirmode.h"
#include "core/util/filecontents.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <openssl/bn.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

namespace RelayDesk {

namespace {

QByteArray bioContents(BIO* bio)
{
    char* data = nullptr;
    const long length = BIO_get_mem_data(bio, &data);
    return QByteArray(data, qsizetype(length));
}

bool addExtension(X509* cert, int nid, const QByteArray& value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, cert, cert, nullptr, nullptr, 0);
    X509_EXTENSION* ext = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value.constData());
    if (!ext)
        return false;
    const bool ok = X509_add_ext(cert, ext, -1) == 1;
    X509_EXTENSION_free(ext);
    return ok;
}

Status writeFile(const QString& path, const QByteArray& data, QFile::Permissions permissions)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    file.setPermissions(permissions);
    if (Status written = writeAndSync(file.handle(), data, path); !written) {
        file.cancelWriting();
        return written;
    }
    if (!file.commit())
        return Status::failure(QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

} // namespace

QString CertificateGenerator::rsaCompanion(const QString& path)
{
    const QFileInfo file(path);
    const QString suffix = file.suffix();
    const QString stem = suffix.isEmpty() ? path : path.left(path.size() - suffix.size() - 1);
    return stem + QStringLiteral("-rsa") + (suffix.isEmpty() ? QString() : QLatin1Char('.') + suffix);
}

Status CertificateGenerator::generateBoth(const QString& certPath, const QString& keyPath,
                                          const QStringList& names, int validDays)
{
    if (Status made = generate(certPath, keyPath, names, validDays, KeyType::EcdsaP256); !made)
        return made;
    return generate(rsaCompanion(certPath), rsaCompanion(keyPath), names, validDays, KeyType::Rsa);
}

Status CertificateGenerator::generate(const QString& certPath, const QString& keyPath,
                                      const QStringList& names, int validDays, KeyType type)
{
    QStringList given = names;
    given.removeAll(QString());
    const auto normalized = CertificateNames::normalize(given);
    if (!normalized)
        return Status::failure(normalized.error());
    const QString commonName = normalized->isEmpty() ? QStringLiteral("localhost") : normalized->first();
    // RSA with 2048 bits: the size every TLS stack of printers, NAS boxes and older phones accepts (some
    // refuse 4096-bit keys or take seconds per handshake with them), and strong enough for a certificate
    // that lives at most 825 days.
    constexpr unsigned int rsaBits = 2048;
    PKey key(type == KeyType::Rsa ? EVP_RSA_gen(rsaBits) : EVP_EC_gen("P-256"));
    if (!key)
        return Status::failure(type == KeyType::Rsa ? QStringLiteral("cannot generate an RSA key")
                                                    : QStringLiteral("cannot generate an EC key"));
    Cert cert(X509_new());
    X509_set_version(cert.get(), 2);
    unsigned char serial[16];
    if (RAND_bytes(serial, sizeof serial) != 1)
        return Status::failure(QStringLiteral("no randomness for the certificate serial"));
    serial[0] &= 0x7f;
    BIGNUM* serialNumber = BN_bin2bn(serial, sizeof serial, nullptr);
    BN_to_ASN1_INTEGER(serialNumber, X509_get_serialNumber(cert.get()));
    BN_free(serialNumber);
    // Valid from an hour ago (clock skew) for validDays in all, never longer: scanners flag a lifetime of
    // more than 825 days.
    constexpr long skewSeconds = 3600;
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), -skewSeconds);
    X509_gmtime_adj(X509_getm_notAfter(cert.get()), long(validDays) * 24 * 3600 - skewSeconds);
    X509_set_pubkey(cert.get(), key.get());
    X509_NAME* name = X509_get_subject_name(cert.get());
    const QByteArray cn = commonName.toUtf8();
    X509_NAME_add_entry_by_txt(name, "O", MBSTRING_ASC, reinterpret_cast<const unsigned char*>("RelayDesk"),
                               -1, -1, 0);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC,
                               reinterpret_cast<const unsigned char*>(cn.constData()), -1, -1, 0);
    X509_set_issuer_name(cert.get(), name);
    // RFC 5280 4.2.1.6: clients match host names against dNSName entries and addresses against iPAddress
    // entries only, never against the CN.
    const QByteArray san = CertificateNames::subjectAltName(normalized.value());
    if (!addExtension(cert.get(), NID_subject_alt_name, san) ||
        !addExtension(cert.get(), NID_basic_constraints, "critical,CA:FALSE") ||
        // RFC 5246 7.4.7.1: an RSA key also encrypts in the RSA key exchange, which the relay does not offer
        // (forward-secret suites only), so digitalSignature is all either key needs.
        !addExtension(cert.get(), NID_key_usage, "critical,digitalSignature") ||
        !addExtension(cert.get(), NID_ext_key_usage, "serverAuth"))
        return Status::failure(QStringLiteral("cannot add certificate extensions"));
    if (X509_sign(cert.get(), key.get(), EVP_sha256()) == 0)
        return Status::failure(QStringLiteral("cannot sign the certificate"));

    Bio keyBio(BIO_new(BIO_s_mem()));
    Bio certBio(BIO_new(BIO_s_mem()));
    if (PEM_write_bio_PrivateKey(keyBio.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr) != 1 ||
        PEM_write_bio_X509(certBio.get(), cert.get()) != 1)
        return Status::failure(QStringLiteral("cannot encode the certificate"));
    // docs/architecture.md, "secrets stay secret": the private key is readable by the owner only, or also by
    // the group of a group-shared folder (docs/operations.md, "Managing the service from your desktop").
    const DataDirMode folder(QFileInfo(keyPath).absolutePath());
    if (Status s = writeFile(keyPath, bioContents(keyBio.get()), folder.secretPermissions()); !s)
        return s;
    return writeFile(certPath, bioContents(certBio.get()),
                     QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
}

} // namespace RelayDesk

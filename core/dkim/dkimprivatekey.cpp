#include "core/dkim/dkimprivatekey.h"

#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>

namespace RelayDesk {

namespace {

QString openSslError(const char* what)
{
    const unsigned long code = ERR_get_error();
    ERR_clear_error();
    char text[256] = {};
    if (code != 0)
        ERR_error_string_n(code, text, sizeof text);
    return QStringLiteral("%1: %2").arg(QLatin1String(what), code != 0 ? QString::fromLatin1(text)
                                                                       : QStringLiteral("OpenSSL failed"));
}

QByteArray sha256(QByteArrayView data)
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int size = 0;
    if (EVP_Digest(data.data(), size_t(data.size()), digest, &size, EVP_sha256(), nullptr) != 1)
        return {};
    return QByteArray(reinterpret_cast<const char*>(digest), int(size));
}

} // namespace

DkimPrivateKey::~DkimPrivateKey()
{
    EVP_PKEY_free(m_key);
}

Expected<std::shared_ptr<const DkimPrivateKey>> DkimPrivateKey::generate(DkimAlgorithm algorithm)
{
    using Result = Expected<std::shared_ptr<const DkimPrivateKey>>;
    EVP_PKEY* key = algorithm == DkimAlgorithm::RsaSha256 ? EVP_RSA_gen(2048)
                                                          : EVP_PKEY_Q_keygen(nullptr, nullptr, "ED25519");
    if (!key)
        return Result::failure(openSslError("cannot generate the DKIM key"));
    return std::shared_ptr<const DkimPrivateKey>(new DkimPrivateKey(key, algorithm));
}

Expected<std::shared_ptr<const DkimPrivateKey>> DkimPrivateKey::fromPem(const QByteArray& pem,
                                                                        DkimAlgorithm algorithm)
{
    using Result = Expected<std::shared_ptr<const DkimPrivateKey>>;
    BIO* bio = BIO_new_mem_buf(pem.constData(), int(pem.size()));
    if (!bio)
        return Result::failure(openSslError("cannot read the DKIM key"));
    EVP_PKEY* key = PEM_read_bio_PrivateKey(bio, nullptr, nullptr, nullptr);
    BIO_free(bio);
    if (!key)
        return Result::failure(openSslError("cannot read the DKIM key"));
    const int wanted = algorithm == DkimAlgorithm::RsaSha256 ? EVP_PKEY_RSA : EVP_PKEY_ED25519;
    if (EVP_PKEY_get_base_id(key) != wanted) {
        EVP_PKEY_free(key);
        return Result::failure(
            QStringLiteral("the DKIM key is not an %1 key").arg(QString::fromLatin1(dkimKeyType(algorithm))));
    }
    return std::shared_ptr<const DkimPrivateKey>(new DkimPrivateKey(key, algorithm));
}

QByteArray DkimPrivateKey::toPem() const
{
    BIO* bio = BIO_new(BIO_s_secmem());
    if (!bio)
        return {};
    QByteArray pem;
    if (PEM_write_bio_PKCS8PrivateKey(bio, m_key, nullptr, nullptr, 0, nullptr, nullptr) == 1) {
        char* data = nullptr;
        const long size = BIO_get_mem_data(bio, &data);
        pem = QByteArray(data, int(size));
    }
    BIO_free(bio);
    return pem;
}

QByteArray DkimPrivateKey::publicKeyBase64() const
{
    if (m_algorithm == DkimAlgorithm::Ed25519Sha256) {
        unsigned char raw[32];
        size_t size = sizeof raw;
        if (EVP_PKEY_get_raw_public_key(m_key, raw, &size) != 1)
            return {};
        return QByteArray(reinterpret_cast<const char*>(raw), int(size)).toBase64();
    }
    unsigned char* der = nullptr;
    const int size = i2d_PUBKEY(m_key, &der);
    if (size <= 0)
        return {};
    QByteArray encoded = QByteArray(reinterpret_cast<const char*>(der), size).toBase64();
    OPENSSL_free(der);
    return encoded;
}

QByteArray DkimPrivateKey::sign(QByteArrayView data) const
{
    EVP_MD_CTX* context = EVP_MD_CTX_new();
    if (!context)
        return {};
    QByteArray signature;
    const bool rsa = m_algorithm == DkimAlgorithm::RsaSha256;
    // RFC 8463 3: Ed25519 signs the SHA-256 hash of the data (PureEdDSA, no prehash of its own).
    const QByteArray input = rsa ? QByteArray() : sha256(data);
    const auto* bytes = reinterpret_cast<const unsigned char*>(rsa ? data.data() : input.constData());
    const size_t length = size_t(rsa ? data.size() : input.size());
    size_t size = size_t(EVP_PKEY_get_size(m_key));
    signature.resize(qsizetype(size));
    if (EVP_DigestSignInit(context, nullptr, rsa ? EVP_sha256() : nullptr, nullptr, m_key) == 1 &&
        EVP_DigestSign(context, reinterpret_cast<unsigned char*>(signature.data()), &size, bytes, length) ==
            1)
        signature.resize(qsizetype(size));
    else
        signature.clear();
    ERR_clear_error();
    EVP_MD_CTX_free(context);
    return signature;
}

} // namespace RelayDesk

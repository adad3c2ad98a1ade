#include "core/tls/pemobjects.h"

#include <openssl/err.h>
#include <openssl/pem.h>

namespace RelayDesk {

namespace {

// Answers OpenSSL's request for a passphrase with none (it would ask on the terminal).
int passphraseNotAsked(char*, int, int, void*)
{
    return 0;
}

Bio memoryBio(const QByteArray& pem)
{
    return Bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
}

} // namespace

std::vector<Cert> PemObjects::certificates(const QByteArray& pem)
{
    std::vector<Cert> found;
    Bio bio = memoryBio(pem);
    while (bio) {
        Cert cert(PEM_read_bio_X509(bio.get(), nullptr, passphraseNotAsked, nullptr));
        if (!cert)
            break;
        found.push_back(std::move(cert));
    }
    ERR_clear_error();
    return found;
}

Cert PemObjects::firstCertificate(const QByteArray& pem)
{
    Bio bio = memoryBio(pem);
    Cert cert(bio ? PEM_read_bio_X509(bio.get(), nullptr, passphraseNotAsked, nullptr) : nullptr);
    ERR_clear_error();
    return cert;
}

PKey PemObjects::privateKey(const QByteArray& pem)
{
    Bio bio = memoryBio(pem);
    PKey key(bio ? PEM_read_bio_PrivateKey(bio.get(), nullptr, passphraseNotAsked, nullptr) : nullptr);
    ERR_clear_error();
    return key;
}

QByteArray PemObjects::pemOf(X509* certificate)
{
    Bio bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_X509(bio.get(), certificate) != 1)
        return {};
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, int(size));
}

} // namespace RelayDesk

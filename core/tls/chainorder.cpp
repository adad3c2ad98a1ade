#include "core/tls/chainorder.h"
#include "core/tls/opensslpointers.h"

#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/x509v3.h>

#include <algorithm>
#include <vector>

namespace RelayDesk {

namespace {

// An encrypted key is never asked for on the terminal: it reads as no key, and the pair check says so.
int passphraseNotAsked(char*, int, int, void*)
{
    return 0;
}

std::vector<Cert> readAll(const QByteArray& pem)
{
    std::vector<Cert> certificates;
    Bio bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    while (bio) {
        Cert cert(PEM_read_bio_X509(bio.get(), nullptr, passphraseNotAsked, nullptr));
        if (!cert)
            break;
        certificates.push_back(std::move(cert));
    }
    ERR_clear_error();
    return certificates;
}

PKey readKey(const QByteArray& pem)
{
    Bio bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    PKey key(bio ? PEM_read_bio_PrivateKey(bio.get(), nullptr, passphraseNotAsked, nullptr) : nullptr);
    ERR_clear_error();
    return key;
}

QByteArray pemOf(X509* certificate)
{
    Bio bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_X509(bio.get(), certificate) != 1)
        return {};
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, int(size));
}

} // namespace

QByteArray ChainOrder::leafFirst(const QByteArray& chainPem, const QByteArray& keyPem)
{
    std::vector<Cert> rest = readAll(chainPem);
    const PKey key = readKey(keyPem);
    if (rest.empty() || !key)
        return chainPem;
    std::vector<Cert> ordered;
    for (auto it = rest.begin(); it != rest.end(); ++it) {
        const bool belongs = X509_check_private_key(it->get(), key.get()) == 1;
        ERR_clear_error();
        if (belongs) {
            ordered.push_back(std::move(*it));
            rest.erase(it);
            break;
        }
    }
    if (ordered.empty())
        return chainPem;
    // Each next one is the issuer of the last (a self-signed root ends the walk: it issued itself).
    for (;;) {
        X509* last = ordered.back().get();
        if (X509_check_issued(last, last) == X509_V_OK)
            break;
        const auto issuer = std::find_if(rest.begin(), rest.end(), [last](const Cert& candidate) {
            return X509_check_issued(candidate.get(), last) == X509_V_OK;
        });
        if (issuer == rest.end())
            break;
        ordered.push_back(std::move(*issuer));
        rest.erase(issuer);
    }
    // What belongs to no chain of this key keeps its place after it (the pair check does not need it).
    for (Cert& other : rest)
        ordered.push_back(std::move(other));
    const std::vector<Cert> asGiven = readAll(chainPem);
    bool same = true;
    for (size_t i = 0; i < ordered.size() && same; ++i)
        same = X509_cmp(ordered[i].get(), asGiven[i].get()) == 0;
    if (same)
        return chainPem;
    QByteArray pem;
    for (const Cert& certificate : ordered)
        pem += pemOf(certificate.get());
    return pem;
}

} // namespace RelayDesk

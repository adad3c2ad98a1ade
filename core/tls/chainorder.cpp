#include "core/tls/chainorder.h"
#include "core/tls/pemobjects.h"

#include <openssl/err.h>
#include <openssl/x509v3.h>

#include <algorithm>
#include <vector>

namespace RelayDesk {

QByteArray ChainOrder::leafFirst(const QByteArray& chainPem, const QByteArray& keyPem)
{
    std::vector<Cert> rest = PemObjects::certificates(chainPem);
    const PKey key = PemObjects::privateKey(keyPem);
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
    const std::vector<Cert> asGiven = PemObjects::certificates(chainPem);
    bool same = true;
    for (size_t i = 0; i < ordered.size() && same; ++i)
        same = X509_cmp(ordered[i].get(), asGiven[i].get()) == 0;
    if (same)
        return chainPem;
    QByteArray pem;
    for (const Cert& certificate : ordered)
        pem += PemObjects::pemOf(certificate.get());
    return pem;
}

QByteArray ChainOrder::linkedChain(const QByteArray& orderedPem, QStringList* leftOut)
{
    const std::vector<Cert> all = PemObjects::certificates(orderedPem);
    if (all.size() < 2)
        return orderedPem;
    size_t linked = 1;
    while (linked < all.size() && X509_check_issued(all[linked].get(), all[linked - 1].get()) == X509_V_OK)
        ++linked;
    ERR_clear_error();
    if (linked == all.size())
        return orderedPem;
    QByteArray pem;
    for (size_t i = 0; i < linked; ++i)
        pem += PemObjects::pemOf(all[i].get());
    for (size_t i = linked; i < all.size(); ++i) {
        char subject[256] = {};
        X509_NAME_oneline(X509_get_subject_name(all[i].get()), subject, sizeof subject);
        if (leftOut)
            *leftOut << QString::fromUtf8(subject);
    }
    return pem;
}

} // namespace RelayDesk

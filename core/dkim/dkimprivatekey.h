#pragma once

#include "core/dkim/dkimalgorithm.h"
#include "core/util/expected.h"

#include <QByteArray>
#include <QByteArrayView>

#include <memory>

typedef struct evp_pkey_st EVP_PKEY;

namespace RelayDesk {

/// A DKIM private key in OpenSSL 3 (EVP): generated here (RSA 2048-bit or Ed25519), kept as unencrypted
/// PKCS#8 PEM in a file of mode 0600, never logged. Immutable once made, so that one key signs on several
/// threads at once.
class DkimPrivateKey final
{
public:
    ~DkimPrivateKey();
    Q_DISABLE_COPY_MOVE(DkimPrivateKey)

    /// A new key: RSA with 2048 bits and exponent 65537 (RFC 6376 3.3.3, RFC 8301 3.2), or Ed25519 (RFC
    /// 8463).
    static Expected<std::shared_ptr<const DkimPrivateKey>> generate(DkimAlgorithm algorithm);
    /// A key from PKCS#8 (or traditional RSA) PEM; refused if it is not of algorithm's kind.
    static Expected<std::shared_ptr<const DkimPrivateKey>> fromPem(const QByteArray& pem,
                                                                   DkimAlgorithm algorithm);

    DkimAlgorithm algorithm() const { return m_algorithm; }
    /// Unencrypted PKCS#8 PEM; the caller wipes and stores it owner-only.
    QByteArray toPem() const;
    /// The p= value of the key's DNS record, base64: the DER SubjectPublicKeyInfo for RSA (RFC 6376 3.6.1),
    /// the 32 raw bytes of the public key for Ed25519 (RFC 8463 4.2).
    QByteArray publicKeyBase64() const;
    /// The signature over data: RSASSA-PKCS1-v1_5 with SHA-256 (RFC 6376 3.3.1), or PureEdDSA over the
    /// SHA-256 of data (RFC 8463 3). Empty if OpenSSL fails.
    QByteArray sign(QByteArrayView data) const;

private:
    DkimPrivateKey(EVP_PKEY* key, DkimAlgorithm algorithm) : m_key(key), m_algorithm(algorithm) {}

    EVP_PKEY* m_key;
    DkimAlgorithm m_algorithm;
};

} // namespace RelayDesk

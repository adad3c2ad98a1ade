#pragma once

#include "core/util/expected.h"

#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QString>
#include <QStringList>

#include <functional>

namespace RelayDesk {

/// The listeners' TLS settings: certificate and key (and a second pair of the other key type), TLS 1.2 or
/// newer, forward-secret AEAD ciphers only (docs/architecture.md, "TLS 1.2 or newer").
class TlsContext final
{
public:
    /// tls.second_certificate and tls.second_key: a pair of the other key type, served to the clients that
    /// cannot use the first (docs/security.md, "Listener certificates"); empty: none.
    struct SecondPair
    {
        QString certificatePath;
        QString keyPath;
    };

    /// Loads certPath/keyPath; when both are empty, uses (and on first start generates) the self-signed
    /// pairs in dataDir/tls/, ECDSA and RSA, valid for hostname and the addresses the listeners are reached
    /// at (asked of addresses only when a pair is generated: CertificateNames::reachableAddresses reads the
    /// interfaces); second is not read then. Fails, saying why, unless the key belongs to the certificate
    /// and the certificate is in date. A second pair that cannot be used is left out, and
    /// secondProblem() says why: the first still serves every client that can use it.
    static Expected<TlsContext> load(const QString& dataDir, const QString& certPath, const QString& keyPath,
                                     const QString& hostname,
                                     const std::function<QStringList()>& addresses = {},
                                     const SecondPair& second = {});
    const QSslConfiguration& configuration() const { return m_config; }
    QString certificateFile() const { return m_certFile; }
    /// The second pair's chain (empty: none) and key.
    const QList<QSslCertificate>& secondChain() const { return m_secondChain; }
    const QSslKey& secondKey() const { return m_secondKey; }
    QString secondProblem() const { return m_secondProblem; }

    /// Ciphers kept: TLS 1.3 suites and TLS 1.2 ECDHE/DHE suites with GCM or ChaCha20-Poly1305.
    static QList<QSslCipher> forwardSecretAeadCiphers();

private:
    QSslConfiguration m_config;
    QString m_certFile;
    QList<QSslCertificate> m_secondChain;
    QSslKey m_secondKey;
    QString m_secondProblem;
};

} // namespace RelayDesk

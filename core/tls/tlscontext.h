#pragma once

#include "core/util/expected.h"

#include <QSslConfiguration>
#include <QString>
#include <QStringList>

#include <functional>

namespace RelayDesk {

/// The listeners' TLS settings: certificate and key, TLS 1.2 or newer, forward-secret AEAD ciphers only
/// (docs/architecture.md, "TLS 1.2 or newer").
class TlsContext final
{
public:
    /// Loads certPath/keyPath; when both are empty, uses (and on first start generates) the self-signed
    /// pair in dataDir/tls/, valid for hostname and the addresses the listeners are reached at (asked of
    /// addresses only when a pair is generated: CertificateNames::reachableAddresses reads the interfaces).
    /// Fails, saying why, unless the key belongs to the certificate and the certificate is in date.
    static Expected<TlsContext> load(const QString& dataDir, const QString& certPath, const QString& keyPath,
                                     const QString& hostname,
                                     const std::function<QStringList()>& addresses = {});
    const QSslConfiguration& configuration() const { return m_config; }
    QString certificateFile() const { return m_certFile; }

    /// Ciphers kept: TLS 1.3 suites and TLS 1.2 ECDHE/DHE suites with GCM or ChaCha20-Poly1305.
    static QList<QSslCipher> forwardSecretAeadCiphers();

private:
    QSslConfiguration m_config;
    QString m_certFile;
};

} // namespace RelayDesk

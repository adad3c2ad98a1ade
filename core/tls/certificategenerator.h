#pragma once

#include "core/util/expected.h"

#include <QString>
#include <QStringList>

namespace RelayDesk {

/// Creates a self-signed certificate and key (EC P-256, or RSA for older clients) for the listeners when the
/// user supplies none.
class CertificateGenerator final
{
public:
    /// The key a certificate is made for. The relay serves one of each (docs/security.md, "Listener
    /// certificates"): ECDSA for every client that has it, RSA for TLS 1.2 devices that offer only RSA
    /// cipher suites (an outside tester's NAS and printer could not connect to an ECDSA-only relay).
    enum class KeyType
    {
        EcdsaP256,
        Rsa
    };

    /// Writes certPath and keyPath (key readable by the owner only, docs/architecture.md, "secrets stay
    /// secret"). The first of names is the subject's CN; every name, localhost and 127.0.0.1 / ::1 are
    /// subject alternative names (CertificateNames). A name that is neither a host name nor an IP address
    /// is refused, and nothing is written.
    static Status generate(const QString& certPath, const QString& keyPath, const QStringList& names,
                           int validDays = 825, KeyType type = KeyType::EcdsaP256);
    static Status generate(const QString& certPath, const QString& keyPath, const QString& hostname,
                           int validDays = 825)
    {
        return generate(certPath, keyPath, QStringList{hostname}, validDays);
    }
    /// Where the RSA pair generated beside the ECDSA file at path is kept: "-rsa" before the file's suffix
    /// (tls/cert.pem: tls/cert-rsa.pem; tls/selfsigned-X.key: tls/selfsigned-X-rsa.key).
    static QString rsaCompanion(const QString& path);
    /// The ECDSA pair at certPath/keyPath and the RSA pair at their rsaCompanion() paths, for the same names.
    static Status generateBoth(const QString& certPath, const QString& keyPath, const QStringList& names,
                               int validDays = 825);
};

} // namespace RelayDesk

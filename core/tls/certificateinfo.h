#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace RelayDesk {

/// What the faces show of the listeners' certificate: where it is, whom it names, and until when.
struct CertificateInfo
{
    QString certificatePath;
    QString keyPath;
    QString subject;
    QString fingerprint; ///< SHA-256, colon-separated hex
    QDateTime expiry;
    bool selfSigned = false; ///< issued by itself: clients must be given this certificate to trust it
    bool generated = false;  ///< tls.certificate is empty: the relay's own self-signed certificate is used
    QString problem;         ///< why the pair cannot serve TLS now (expired, key of another certificate)
    QString nameWarning;     ///< CertificateAdmin::nameWarning, where a face asked for it
    QString chainWarning;    ///< CertificateAdmin::chainWarning, where a face asked for it
    QStringList leftOut;     ///< just imported: certificates of the file left out, not part of its chain
    QString keyType;         ///< "ECDSA", "RSA", ... (CertificateCheck::keyType)
    /// The second pair, of the other key type, served to clients that cannot use the first (the relay's
    /// generated RSA pair, or tls.second_certificate); empty: none.
    QString secondCertificatePath;
    QString secondKeyPath;
    QString secondKeyType;
    QString secondFingerprint;
    QString secondProblem; ///< why the listeners leave the second pair out (TlsContext::load)
};

} // namespace RelayDesk

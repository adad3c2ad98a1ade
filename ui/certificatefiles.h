#pragma once

#include "core/util/expected.h"

#include <QDateTime>
#include <QString>

namespace RelayDesk {

/// What the TLS settings show of a certificate.
struct CertificateInfo
{
    QString certificatePath;
    QString keyPath;
    QString subject;
    QString fingerprint; ///< SHA-256, colon-separated hex
    QDateTime expiry;
};

/// Puts a listener certificate and key into the data directory's tls/ folder (the key readable by the owner
/// only, contract 5) and points tls.certificate / tls.key at them, both settings in one transaction. Every
/// function reads or writes files: call them on a worker thread, never on the GUI thread (contract 6).
class CertificateFiles final
{
public:
    /// A new self-signed certificate for hostname (core/tls/certificategenerator.h).
    static Expected<CertificateInfo> generateSelfSigned(const QString& dataDir, const QString& hostname);
    /// The certificate, its chain and its private key from a PKCS#12 (.p12/.pfx) file.
    static Expected<CertificateInfo> importPkcs12(const QString& dataDir, const QString& pkcs12Path,
                                                  const QByteArray& passphrase);
    /// The first certificate in a PEM file.
    static Expected<CertificateInfo> describe(const QString& certificatePath);

private:
    static Status useFiles(const QString& dataDir, const QString& certificatePath, const QString& keyPath);
    static QString newBaseName(const QString& dataDir, const QString& stem);
};

} // namespace RelayDesk

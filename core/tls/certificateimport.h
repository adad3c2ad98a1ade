#pragma once

#include "core/tls/certificateinfo.h"
#include "core/util/expected.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace RelayDesk {

/// A certificate file and its private key file.
struct CertificateFilePair
{
    QString certificatePath;
    QString keyPath;
    QStringList leftOut = {}; ///< imported: certificates of the file that are not part of its chain
    /// Generated: the RSA pair beside the ECDSA one (tls.second_certificate, tls.second_key); empty: none.
    QString secondCertificatePath = {};
    QString secondKeyPath = {};
};

/// Puts a listener certificate and its key into a folder of the data directory (tls/): copied from a PEM
/// pair, extracted from a PKCS#12 file, or generated self-signed. The key file is created readable by the
/// owner only before a byte of it is written (docs/architecture.md, "secrets stay secret"), then readable by
/// the group too in a group-shared data directory (docs/operations.md); a pair that
/// cannot serve TLS is refused before anything is written, and nothing is left behind when writing fails.
/// These functions write files only; pointing the settings at them is the admin facade's part
/// (core/admin/certificateadmin.h).
class CertificateImport final
{
public:
    /// A PEM certificate file and its key as copyPem() takes them: the key's certificate first, then the
    /// issuers that link (the rest in leftOut); refused when the pair cannot serve TLS (another certificate's
    /// key, expired, unreadable, a CA's certificate).
    struct CheckedPem
    {
        QByteArray chain;
        QByteArray key;
        QStringList leftOut;
    };
    static Expected<CheckedPem> checkPem(const QString& certificatePath, const QString& keyPath);
    /// Copies a PEM certificate (with its chain) and its unencrypted PEM private key, as checkPem() takes
    /// them.
    static Expected<CertificateFilePair> copyPem(const QString& tlsDir, const QString& certificatePath,
                                                 const QString& keyPath);
    /// The certificate, its chain and its private key from a PKCS#12 (.p12/.pfx) file.
    static Expected<CertificateFilePair> extractPkcs12(const QString& tlsDir, const QString& pkcs12Path,
                                                       const QByteArray& passphrase);
    /// A new self-signed certificate for names, the first one its CN (core/tls/certificategenerator.h):
    /// ECDSA, and an RSA one for the same names as the second pair.
    static Expected<CertificateFilePair> generateSelfSigned(const QString& tlsDir, const QStringList& names);
    /// The first certificate in a PEM file.
    static Expected<CertificateInfo> describe(const QString& certificatePath);
    /// Removes the files of the pair, and of its second pair (an import the settings refused).
    static void discard(const CertificateFilePair& pair);

private:
    static QString newBaseName(const QString& tlsDir, const QString& stem);
    static Expected<CertificateFilePair> write(const QString& tlsDir, const QString& stem,
                                               const QByteArray& chainPem, const QByteArray& keyPem);
};

} // namespace RelayDesk

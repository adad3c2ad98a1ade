#pragma once

#include "core/tls/certificateinfo.h"
#include "core/util/expected.h"

#include <QByteArray>
#include <QSslCertificate>
#include <QString>
#include <QStringList>

namespace RelayDesk {

/// The listeners' TLS certificate for the faces: what is configured, and new pairs imported (PEM or
/// PKCS#12) or generated into the data directory's tls/ folder, the key readable by the owner only. A new
/// pair is checked as a pair and tls.certificate / tls.key are set in one transaction, or nothing changes
/// and no file is left behind. The relay uses a new pair when it restarts. Reads and writes files: call it
/// off the GUI thread.
class CertificateAdmin final
{
public:
    explicit CertificateAdmin(QString dataDir);

    /// The configured certificate; with tls.certificate empty, the generated one (generated is set, and
    /// the paths are empty until the relay first started).
    Expected<CertificateInfo> current() const;
    /// Copies a PEM certificate and its unencrypted PEM key into tls/ and uses them.
    Expected<CertificateInfo> importPem(const QString& certificatePath, const QString& keyPath);
    Expected<CertificateInfo> importPkcs12(const QString& pkcs12Path, const QByteArray& passphrase);
    /// A new self-signed certificate for hostnames (host names or IP addresses; the first is the CN; none:
    /// server.hostname) and the addresses the listeners are reached at (CertificateNames).
    Expected<CertificateInfo> generateSelfSigned(const QStringList& hostnames = {});
    Expected<CertificateInfo> generateSelfSigned(const QString& hostname)
    {
        return generateSelfSigned(hostname.isEmpty() ? QStringList{} : QStringList{hostname});
    }
    /// The PEM text of the certificate in use (its chain too, never a key), for clients that must trust it;
    /// fails when there is none yet.
    Expected<QByteArray> certificatePem() const;
    /// Writes certificatePem() to path (readable by all: a certificate is public).
    Status exportCertificate(const QString& path) const;
    /// Why the certificate may not be written to path (empty when it may): never inside the data directory,
    /// never over the certificate or key file the listeners use.
    QString exportTargetProblem(const QString& path) const;

    /// What clients that check the relay by name will say of info's certificate, in the window's language:
    /// that it does not name server.hostname (an outside tester's import of another host's certificate was
    /// taken without a word). Empty when it names it, or when the hostname is no full name.
    /// When every user of this machine may read the private key (its mode lets "others" read): "the private
    /// key FILE is readable by every user of this machine (mode 0644): chmod 600 FILE"; empty otherwise. A
    /// group read (0640, the service's group) is fine.
    static QString keyExposure(const QString& keyPath);
    QString nameWarning(const CertificateInfo& info) const;
    /// Before an import, what nameWarning() would say of the certificate the PEM key belongs to (or of the
    /// PKCS#12 file's), so that the window asks first: an outside tester's import of another host's
    /// certificate went live at once. Empty when it names the host, or when the files cannot be read (the
    /// import then says why).
    QString pemNameWarning(const QString& certificatePath, const QString& keyPath) const;
    /// What importPem would refuse the pair for, without writing anything: a file that cannot be read, a key
    /// of another certificate, a certificate out of date or not for a TLS server. Empty when the pair can
    /// serve TLS. Checked before the host-name question (an outside tester was asked "Use it anyway?" for a
    /// pair that was then refused).
    static QString pemPairProblem(const QString& certificatePath, const QString& keyPath);
    QString pkcs12NameWarning(const QString& path, const QByteArray& passphrase) const;
    /// That info's certificate file holds a CA-issued certificate without the certificate of the CA that
    /// issued it (alone, or with others that are not its issuer), and this machine's trusted CAs do not know
    /// that issuer: clients that check
    /// certificates then cannot build the chain (RFC 8446 4.4.2: the server sends it). Empty otherwise.
    static QString chainWarning(const CertificateInfo& info);
    /// The part of chainWarning about the certificate's issuer missing from its file.
    static QString missingIssuerWarning(const CertificateInfo& info);

    QString tlsDir() const;

private:
    QString nameWarningFor(const QSslCertificate& certificate) const;

    QString m_dataDir;
};

} // namespace RelayDesk

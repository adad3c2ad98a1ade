#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace RelayDesk {

/// Whether a listener certificate and private key can serve TLS at all: a certificate out of date, or a key
/// that belongs to another certificate, makes every handshake fail. Checked wherever the pair is set and
/// when the listeners start, so that the reason is said once, clearly, instead of in every failed handshake.
class CertificateCheck final
{
public:
    /// Empty if certificatePath holds a PEM certificate that is valid at now; otherwise what is wrong.
    static QString certificateProblem(const QString& certificatePath,
                                      const QDateTime& now = QDateTime::currentDateTimeUtc());
    /// certificateProblem, then whether keyPath holds an unencrypted PEM private key that belongs to the
    /// certificate (its public key is the certificate's). Empty if the pair can serve TLS.
    static QString pairProblem(const QString& certificatePath, const QString& keyPath,
                               const QDateTime& now = QDateTime::currentDateTimeUtc());
    /// The same for a pair read already; the paths only name the files in what it says.
    static QString pairProblem(const QByteArray& certificatePem, const QString& certificatePath,
                               const QByteArray& keyPem, const QString& keyPath,
                               const QDateTime& now = QDateTime::currentDateTimeUtc());
    /// Empty if the first certificate in certificatePem may serve as a TLS server's (RFC 5280 4.2.1.3 key
    /// usage, 4.2.1.12 extended key usage); otherwise why not. A CA's certificate picked from a bundle by
    /// mistake was imported and every client that checks certificates refused the relay (an outside tester).
    /// Whether every certificate after the first issued the one before it (RFC 8446 4.4.2), else which one
    /// did not. Checked where a certificate is set or imported; a running relay's file is not refused for it.
    static QString chainProblem(const QByteArray& certificatePem, const QString& certificatePath);
    /// The same for the file at certificatePath (unreadable: empty, the pair check says why).
    static QString chainProblem(const QString& certificatePath);
    static QString serverUseProblem(const QByteArray& certificatePem, const QString& certificatePath);
    /// The same for the file at certificatePath (unreadable: empty, the pair check says why): `config set
    /// tls.certificate` took a CA's certificate that `tls import-pem` refuses (an outside tester).
    static QString serverUseProblem(const QString& certificatePath);
    /// Empty if both paths or neither are set; otherwise which half is missing and how to set or clear both
    /// (the listeners start with both, or with neither and a generated certificate).
    /// The settings are named as given (tls.second_certificate and tls.second_key for the second pair).
    static QString halfPairProblem(const QString& certificatePath, const QString& keyPath,
                                   const QString& certificateSetting = QStringLiteral("tls.certificate"),
                                   const QString& keySetting = QStringLiteral("tls.key"));
    /// The kind of key of the first certificate in the file: "ECDSA", "RSA", "RSA-PSS", "Ed25519", ...;
    /// empty when the file holds no readable certificate.
    static QString keyType(const QString& certificatePath);
    /// Empty if a second pair with the certificate at secondPath can be served beside the one at firstPath:
    /// OpenSSL keeps one certificate per kind of key in a server context and picks the one the client can
    /// use, so a second certificate with the same kind of key would silently replace the first.
    static QString secondPairProblem(const QString& firstPath, const QString& secondPath);
};

} // namespace RelayDesk

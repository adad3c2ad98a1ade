#pragma once

#include "core/util/expected.h"

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QSslCertificate>
#include <QStringList>

namespace RelayDesk {

/// The names a generated certificate is valid for, as its subjectAltName (RFC 5280 4.2.1.6): host names as
/// dNSName entries, IP addresses as iPAddress entries, so that clients that check an address verify it.
class CertificateNames final
{
public:
    /// The names in the form the certificate carries them (host names lower-cased, IDNA A-labels; addresses
    /// in their canonical text), duplicates dropped, or which one is neither a host name nor an IP address.
    static Expected<QStringList> normalize(const QStringList& names);
    /// The addresses clients reach listeners bound to bound at: a specific address as it is (127.0.0.38 too),
    /// a wildcard (0.0.0.0, ::) as each non-loopback address of this machine (QNetworkInterface). 127.0.0.1
    /// and ::1 are left out (the generator always names them), and so are link-local addresses (they need a
    /// scope that a certificate cannot name).
    static QStringList reachableAddresses(const QList<QHostAddress>& bound);
    /// The subjectAltName value for OpenSSL's configuration syntax: names (already normalized), then
    /// localhost, 127.0.0.1 and ::1, each once.
    static QByteArray subjectAltName(const QStringList& names);
    /// The names a certificate carries, in the form normalize() gives them: its common name first, then its
    /// subjectAltName entries (dNSName, iPAddress) but the loopback ones subjectAltName() adds anyway.
    static QStringList of(const QSslCertificate& certificate);
    /// The addresses (IP addresses in text) among addresses that certificate names in no iPAddress entry:
    /// clients that verify the certificate against such an address refuse it (RFC 6125 6.2.1).
    static QStringList unnamed(const QSslCertificate& certificate, const QStringList& addresses);
    /// Whether a client that checks the certificate by host name accepts it for host (RFC 6125 6.4: its DNS
    /// names, or its common name when it has none; "*." only as the whole left-most label).
    static bool namesHost(const QSslCertificate& certificate, const QString& host);
};

} // namespace RelayDesk

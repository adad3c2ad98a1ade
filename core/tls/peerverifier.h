#pragma once

#include "core/tls/peertrust.h"

#include <QList>
#include <QSslCertificate>
#include <QStringList>

namespace RelayDesk {

/// What checking a server's certificate chain found.
struct PeerVerdict
{
    bool verified = false; ///< the chain is trusted and names the host (or the pin matches)
    bool accepted = false; ///< verified, or the trust is Insecure
    QStringList problems;  ///< why not, in plain words ("certificate not trusted: self-signed", ...)
    QString how;           ///< what it was checked against (PeerTrust::describe())

    /// "verified against the system CA store" or "not trusted: self-signed; name mismatch: ...".
    QString summary() const;
};

/// Checks the certificate chain an outbound TLS peer presented, with OpenSSL: the chain up to a trusted CA
/// (the system store or a CA file), validity dates, the server purpose, and the host name as RFC 6125
/// says (subjectAltName DNS names, the CN only when there are none, a wildcard only as the whole leftmost
/// label; an IP literal against the IP addresses). A pinned fingerprint replaces all of this: the server's
/// own certificate must be the pinned one. Runs on any thread; reads the CA file on each call.
class PeerVerifier final
{
public:
    static PeerVerdict verify(const QList<QSslCertificate>& chain, const QString& host,
                              const PeerTrust& trust);
};

} // namespace RelayDesk

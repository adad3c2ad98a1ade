#pragma once

#include "core/tls/peertrust.h"

#include <QList>
#include <QSslCertificate>
#include <QStringList>

namespace RelayDesk {

/// What checking a server's certificate chain found.
struct PeerVerdict
{
    /// What kind of problem, for the advice a connection test gives.
    enum class Problem
    {
        Untrusted,    ///< no trusted CA issued it (self-signed, an unknown or untrusted root)
        NameMismatch, ///< it does not name the host
        OutOfDate,    ///< expired, or not valid yet
        PinMismatch,  ///< not the pinned certificate
        CaFile,       ///< the CA file (or tls.trust_file) cannot be read or holds no certificate
        Other         ///< no certificate, an unreadable one, another OpenSSL error
    };

    bool verified = false;     ///< the chain is trusted and names the host (or the pin matches)
    bool accepted = false;     ///< verified, or the trust is Insecure
    QStringList problems;      ///< why not, in plain words ("certificate not trusted: self-signed", ...)
    QStringList shownProblems; ///< the same in the window's language (logs and replies keep English)
    QList<Problem> kinds;      ///< the same problems' kinds, same order
    QString how;               ///< what it was checked against (PeerTrust::describe())

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
    /// The English templates of the problems (%1, %2 where a name or date goes), context "PeerVerifier": the
    /// window translates a stored reply's problems with them (RelayWords).
    static QList<const char*> problemTemplates();
    static PeerVerdict verify(const QList<QSslCertificate>& chain, const QString& host,
                              const PeerTrust& trust);
};

} // namespace RelayDesk

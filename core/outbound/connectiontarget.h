#pragma once

#include "core/routing/tlspolicy.h"
#include "core/tls/peertrust.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QHostAddress>
#include <QString>

namespace RelayDesk {

/// Where one outbound connection goes and how it is secured.
struct ConnectionTarget
{
    QString host; ///< name for the log, SNI and certificate verification (may be an IP literal)
    QHostAddress address;
    quint16 port = 25;
    TlsPolicy tls = TlsPolicy::Opportunistic;
    bool implicitTls = false;
    QByteArray username;
    QByteArray password;
    PeerTrust trust =
        {}; ///< what the certificate is checked against (TlsPolicy::Verify, or with credentials)
    bool viaRoute = false; ///< a per-domain route's host (its login's words name it), not the smarthost

    /// Connections are reused only for an identical target (same address, port, TLS, trust and credentials;
    /// the password enters only as a truncated hash).
    QString poolKey() const
    {
        return address.toString() + QLatin1Char('|') + QString::number(port) + QLatin1Char('|') + host +
               QLatin1Char('|') + tlsPolicyName(tls) + QLatin1Char('|') + trust.key() +
               (implicitTls ? QLatin1String("|tls|") : QLatin1String("|")) + QString::fromUtf8(username) +
               QLatin1Char('|') +
               QString::fromLatin1(
                   QCryptographicHash::hash(password, QCryptographicHash::Sha256).toHex().left(16));
    }
    /// "mx.example.org[192.0.2.1]:25"
    QString display() const
    {
        return host + QLatin1Char('[') + address.toString() + QLatin1String("]:") + QString::number(port);
    }
};

/// Timeouts of one outbound connection, in milliseconds (settings delivery.connect_timeout, command_timeout).
struct ConnectionTimeouts
{
    int connectMs = 30000;
    int commandMs = 300000; ///< RFC 5321 4.5.3.2: at least 5 minutes for each reply
    /// RFC 5321 4.5.3.2.6: at least 10 minutes for the reply to the final "." (the server may be filtering
    /// the message; giving up sooner makes the retry a duplicate, 6.1). The longer of this and commandMs.
    int dataEndMs = 600000;
};

} // namespace RelayDesk

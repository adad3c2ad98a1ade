#pragma once

#include "core/routing/tlspolicy.h"
#include "core/tls/peertrust.h"

#include <QByteArray>
#include <QString>

namespace RelayDesk {

/// Where and how to deliver mail for one domain: the answer of RouteTable::routeFor().
struct Route
{
    enum class Kind
    {
        Mx,
        Smarthost,
        Direct
    };

    Kind kind = Kind::Mx;
    QString host; ///< Smarthost and Direct: the host to connect to; Mx: empty (look up the domain's MX)
    quint16 port = 25;
    TlsPolicy tls = TlsPolicy::Opportunistic;
    bool implicitTls = false; ///< RFC 8314: TLS from the first byte (smarthost on port 465)
    QByteArray username;      ///< smarthost AUTH; empty for none
    QByteArray password;
    QString pattern;      ///< Direct: the route pattern that matched
    PeerTrust trust = {}; ///< what the certificate is checked against under TlsPolicy::Verify

    /// "mx", "smarthost" or "route": the name used in the delivery log.
    QString name() const;
};

} // namespace RelayDesk

#pragma once

#include "core/routing/route.h"
#include "core/util/expected.h"

#include <QHash>
#include <QList>

namespace RelayDesk {

/// One configured per-domain route: mail for pattern goes to host:port.
struct RouteEntry
{
    QString pattern; ///< "example.com" (exactly that domain) or "*.example.com" (its subdomains)
    QString host;
    quint16 port = 25;
    TlsPolicy tls = TlsPolicy::Opportunistic;
    bool implicitTls =
        false;            ///< RFC 8314: TLS from the first byte (tls is then Required); stored as 'implicit'
    PeerTrust trust = {}; ///< with TlsPolicy::Verify: the system CAs, a CA file or a pinned certificate
    /// AUTH at the route's host (RFC 4954), only after a verified certificate: --tls verify or implicit.
    QByteArray username = {};
    /// Filled for delivery (RouteStore::load) and when set; a list (RouteStore::routes) says only
    /// passwordSet. Empty with a user name on setRoute: the stored one stays.
    QByteArray password = {};
    bool passwordSet = false;
};

/// The relay of last resort for everything not routed: host, TLS mode and credentials.
struct SmarthostConfig
{
    enum class Tls
    {
        Implicit,
        StartTls,
        Opportunistic
    };

    QString host; ///< empty: no smarthost, deliver by MX
    quint16 port = 587;
    Tls tls = Tls::StartTls;
    QByteArray username = {};
    QByteArray password = {};
    /// Verified before AUTH (docs/operations.md, "Smarthost TLS"): the system CAs unless a CA file, a pin or
    /// --insecure-skip-verify is set.
    PeerTrust trust = {};
};

/// Decides where mail for a domain goes: a per-domain route (longest match wins), else the smarthost,
/// else the domain's MX hosts with its per-domain TLS policy (default opportunistic).
class RouteTable final
{
public:
    void setRoutes(QList<RouteEntry> routes) { m_routes = std::move(routes); }
    void setSmarthost(SmarthostConfig smarthost) { m_smarthost = std::move(smarthost); }
    void setTlsPolicies(QHash<QString, TlsPolicy> policies) { m_policies = std::move(policies); }
    const QList<RouteEntry>& routes() const { return m_routes; }
    const SmarthostConfig& smarthost() const { return m_smarthost; }

    Route routeFor(const QString& domain) const;
    /// The route that entry gives (kind Direct).
    static Route routeOf(const RouteEntry& entry);
    /// The route through smarthost (kind Smarthost); its host must not be empty.
    static Route routeOf(const SmarthostConfig& smarthost);

    /// How well pattern matches domain: 0 none; exact matches beat every wildcard; longer wildcards win.
    static int matchScore(const QString& pattern, const QString& domain);
    /// An empty string if pattern is "domain" or "*.domain", else what is wrong with it.
    static QString validatePattern(const QString& pattern);
    /// The pattern as routes are stored and matched: the domain in IDNA A-labels, lower-cased
    /// ("*.bücher.example" becomes "*.xn--bcher-kva.example"), as recipients' domains arrive.
    static Expected<QString> normalizePattern(const QString& pattern);

private:
    QList<RouteEntry> m_routes;
    SmarthostConfig m_smarthost;
    QHash<QString, TlsPolicy> m_policies;
};

} // namespace RelayDesk

#include "core/routing/routetable.h"
#include "core/util/hostandport.h"

#include <QHostAddress>

namespace RelayDesk {

QString Route::name() const
{
    switch (kind) {
    case Kind::Mx:
        return QStringLiteral("mx");
    case Kind::Smarthost:
        return QStringLiteral("smarthost");
    case Kind::Direct:
        return QStringLiteral("route");
    }
    return QStringLiteral("mx");
}

int RouteTable::matchScore(const QString& pattern, const QString& domain)
{
    const QString d = domain.toLower();
    const QString p = pattern.toLower();
    if (p.startsWith(QLatin1String("*."))) {
        const QString suffix = p.mid(1); // ".example.com"
        return d.endsWith(suffix) && d.size() > suffix.size() ? int(suffix.size()) : 0;
    }
    return p == d ? 1000 + int(p.size()) : 0;
}

QString RouteTable::validatePattern(const QString& pattern)
{
    const QString domain = pattern.startsWith(QLatin1String("*.")) ? pattern.mid(2) : pattern;
    if (domain.isEmpty() || !QHostAddress(domain).isNull() || !HostAndPort::validateHost(domain).isEmpty())
        return QStringLiteral("'%1' is not a domain or *.domain").arg(pattern);
    return {};
}

Route RouteTable::routeFor(const QString& domain) const
{
    const RouteEntry* best = nullptr;
    int bestScore = 0;
    for (const RouteEntry& entry : m_routes) {
        const int score = matchScore(entry.pattern, domain);
        if (score > bestScore) {
            best = &entry;
            bestScore = score;
        }
    }
    Route route;
    if (best) {
        route.kind = Route::Kind::Direct;
        route.host = best->host;
        route.port = best->port;
        route.tls = best->tls;
        route.implicitTls = best->implicitTls;
        route.pattern = best->pattern;
        return route;
    }
    if (!m_smarthost.host.isEmpty()) {
        route.kind = Route::Kind::Smarthost;
        route.host = m_smarthost.host;
        route.port = m_smarthost.port;
        route.implicitTls = m_smarthost.tls == SmarthostConfig::Tls::Implicit;
        route.tls = m_smarthost.tls == SmarthostConfig::Tls::Opportunistic ? TlsPolicy::Opportunistic
                                                                           : TlsPolicy::Required;
        route.username = m_smarthost.username;
        route.password = m_smarthost.password;
        return route;
    }
    // Per-domain TLS policy for MX delivery: the same matching as routes (exact beats wildcard).
    int policyScore = 0;
    for (auto it = m_policies.cbegin(); it != m_policies.cend(); ++it) {
        const int score = matchScore(it.key(), domain);
        if (score > policyScore) {
            policyScore = score;
            route.tls = it.value();
        }
    }
    route.kind = Route::Kind::Mx;
    return route;
}

} // namespace RelayDesk

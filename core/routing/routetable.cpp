#include "core/routing/routetable.h"
#include "core/util/domainname.h"
#include "core/util/hostandport.h"

#include <QCoreApplication>
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
    const auto normalized = normalizePattern(pattern);
    return normalized ? QString() : normalized.error();
}

Expected<QString> RouteTable::normalizePattern(const QString& pattern)
{
    // "*" for all mail is what the smarthost is: said so, not only that the pattern is wrong.
    if (pattern == QLatin1String("*") || pattern == QLatin1String("*.*"))
        return Expected<QString>::failure(
            QCoreApplication::translate("RelayDesk::RouteTable",
                                        "'%1' is not a domain or *.domain: for all mail, set a smarthost")
                .arg(pattern));
    const bool wildcard = pattern.startsWith(QLatin1String("*."));
    const QString domain = wildcard ? pattern.mid(2) : pattern;
    const auto name = domain.isEmpty() || !QHostAddress(domain).isNull()
                          ? Expected<QString>::failure(QString())
                          : DomainName::normalize(domain, false);
    if (!name || !HostAndPort::validateHost(name.value()).isEmpty())
        return Expected<QString>::failure(
            QCoreApplication::translate("RelayDesk::RouteTable", "'%1' is not a domain or *.domain")
                .arg(pattern));
    return wildcard ? QStringLiteral("*.") + name.value() : name.value();
}

Route RouteTable::routeOf(const RouteEntry& entry)
{
    Route route;
    route.kind = Route::Kind::Direct;
    route.host = entry.host;
    route.port = entry.port;
    route.tls = entry.tls;
    route.implicitTls = entry.implicitTls;
    route.pattern = entry.pattern;
    route.trust = entry.trust;
    route.username = entry.username;
    route.password = entry.password;
    return route;
}

Route RouteTable::routeOf(const SmarthostConfig& smarthost)
{
    Route route;
    route.kind = Route::Kind::Smarthost;
    route.host = smarthost.host;
    route.port = smarthost.port;
    route.implicitTls = smarthost.tls == SmarthostConfig::Tls::Implicit;
    // docs/architecture.md, "credentials only to verified peers": implicit TLS and STARTTLS are verified
    // unless the admin typed --insecure-skip-verify; "opportunistic" stays opportunistic only without a user
    // name (a password is never sent to an unverified server).
    const bool insecure = smarthost.trust.mode == PeerTrust::Mode::Insecure;
    const bool opportunistic =
        smarthost.tls == SmarthostConfig::Tls::Opportunistic && (smarthost.username.isEmpty() || insecure);
    route.tls = opportunistic ? TlsPolicy::Opportunistic : insecure ? TlsPolicy::Required : TlsPolicy::Verify;
    route.trust = smarthost.trust;
    route.username = smarthost.username;
    route.password = smarthost.password;
    return route;
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
    if (best)
        return routeOf(*best);
    if (!m_smarthost.host.isEmpty())
        return routeOf(m_smarthost);
    Route route;
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

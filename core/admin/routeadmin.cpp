#include "core/admin/routeadmin.h"
#include "core/admin/configchangelog.h"

#include "core/routing/routestore.h"
#include "core/store/settings.h"
#include "core/util/hostandport.h"

#include <QCoreApplication>

#include <algorithm>

namespace RelayDesk {

namespace {

// Shown in the desktop manager's language when it installed a translator; the CLI stays English
// (docs/translations.md).
QString translated(const char* text)
{
    return QCoreApplication::translate("RelayDesk::RouteAdmin", text);
}

const QString hostKey = QStringLiteral("delivery.smarthost");
const QString tlsKey = QStringLiteral("delivery.smarthost_tls");
const QString userKey = QStringLiteral("delivery.smarthost_username");

} // namespace

RouteAdmin::RouteAdmin(QString dataDir) : m_dataDir(std::move(dataDir)) {}

QString RouteAdmin::tlsName(const RouteEntry& entry)
{
    return entry.implicitTls ? QStringLiteral("implicit") : tlsPolicyName(entry.tls);
}

QString RouteAdmin::tlsName(SmarthostConfig::Tls tls)
{
    switch (tls) {
    case SmarthostConfig::Tls::Implicit:
        return QStringLiteral("implicit");
    case SmarthostConfig::Tls::StartTls:
        return QStringLiteral("starttls");
    case SmarthostConfig::Tls::Opportunistic:
        return QStringLiteral("opportunistic");
    }
    return QStringLiteral("starttls");
}

Expected<RouteEntry> RouteAdmin::parseRoute(const QString& pattern, const QString& destination,
                                            const QString& tls)
{
    RouteEntry entry;
    entry.pattern = pattern.toLower();
    if (const QString problem = RouteTable::validatePattern(entry.pattern); !problem.isEmpty())
        return Expected<RouteEntry>::failure(problem);
    if (tls == QLatin1String("implicit")) {
        entry.implicitTls = true; // RFC 8314 3: TLS from the first byte, a certificate is required
        entry.tls = TlsPolicy::Required;
    } else if (const auto policy = parseTlsPolicy(tls); policy && tls == tls.toLower()) {
        entry.tls = *policy;
    } else {
        return Expected<RouteEntry>::failure(
            QStringLiteral("'%1' is not none, opportunistic, required, verify or implicit").arg(tls));
    }
    const auto endpoint = HostAndPort::parse(destination, entry.implicitTls ? 465 : 25);
    if (!endpoint)
        return Expected<RouteEntry>::failure(endpoint.error());
    entry.host = endpoint->host;
    entry.port = endpoint->port;
    return entry;
}

Expected<TlsPolicy> RouteAdmin::parsePolicy(const QString& name)
{
    const auto policy = parseTlsPolicy(name);
    if (!policy || name != name.toLower())
        return Expected<TlsPolicy>::failure(
            QStringLiteral("'%1' is not none, opportunistic, required or verify").arg(name));
    return *policy;
}

Expected<QList<RouteEntry>> RouteAdmin::routes() const
{
    return RouteStore(m_dataDir).routes();
}

Status RouteAdmin::setRoute(const RouteEntry& entry)
{
    return ConfigChangeLog::record(RouteStore(m_dataDir).setRoute(entry),
                                   LogLine("route_set").add("pattern", entry.pattern));
}

Status RouteAdmin::removeRoute(const QString& pattern)
{
    RouteStore store(m_dataDir);
    const auto entries = store.routes();
    if (!entries)
        return Status::failure(entries.error());
    const bool exists = std::any_of(entries->cbegin(), entries->cend(),
                                    [&](const RouteEntry& entry) { return entry.pattern == pattern; });
    if (!exists)
        return Status::failure(
            translated(QT_TRANSLATE_NOOP("RelayDesk::RouteAdmin", "no route for '%1'")).arg(pattern));
    return ConfigChangeLog::record(store.removeRoute(pattern),
                                   LogLine("route_removed").add("pattern", pattern));
}

Expected<QHash<QString, TlsPolicy>> RouteAdmin::tlsPolicies() const
{
    return RouteStore(m_dataDir).tlsPolicies();
}

Status RouteAdmin::setTlsPolicy(const QString& domain, TlsPolicy policy)
{
    return ConfigChangeLog::record(
        RouteStore(m_dataDir).setTlsPolicy(domain, policy),
        LogLine("tls_policy_set").add("domain", domain).add("policy", int(policy)));
}

Status RouteAdmin::removeTlsPolicy(const QString& domain)
{
    RouteStore store(m_dataDir);
    const auto policies = store.tlsPolicies();
    if (!policies)
        return Status::failure(policies.error());
    if (!policies->contains(domain))
        return Status::failure(
            translated(QT_TRANSLATE_NOOP("RelayDesk::RouteAdmin", "no TLS policy for '%1'")).arg(domain));
    return ConfigChangeLog::record(store.removeTlsPolicy(domain),
                                   LogLine("tls_policy_removed").add("domain", domain));
}

Expected<SmarthostConfig> RouteAdmin::smarthost() const
{
    return RouteStore(m_dataDir).smarthost();
}

Status RouteAdmin::setSmarthost(const SmarthostSettings& smarthost)
{
    if (smarthost.username.contains(QLatin1Char('\n')) || smarthost.username.contains(QLatin1Char('\r')))
        return Status::failure(
            translated(QT_TRANSLATE_NOOP("RelayDesk::RouteAdmin", "the user name has a line break")));
    if (smarthost.password.contains('\n') || smarthost.password.contains('\r') ||
        smarthost.password.contains('\0'))
        return Status::failure(
            translated(QT_TRANSLATE_NOOP("RelayDesk::RouteAdmin", "the password has several lines")));
    QList<std::pair<QString, QString>> values = {
        {hostKey, HostAndPort{smarthost.host, smarthost.port}.toString()}, {tlsKey, smarthost.tls}};
    if (!smarthost.username.isEmpty())
        values.append({userKey, smarthost.username});
    Settings settings(m_dataDir);
    if (Status status = settings.setAll(values); !status)
        return status;
    // No user name: the stored one goes, so that a new host never gets the old host's credentials.
    if (Status status = smarthost.username.isEmpty() ? settings.reset(userKey) : Status(); !status)
        return status;
    return ConfigChangeLog::record(setSmarthostPassword(smarthost.password),
                                   LogLine("smarthost_set")
                                       .add("host", HostAndPort{smarthost.host, smarthost.port}.toString())
                                       .add("tls", smarthost.tls)
                                       .add("username", smarthost.username)
                                       .add("password", smarthost.password.isEmpty() ? "none" : "(secret)"));
}

Status RouteAdmin::clearSmarthost()
{
    Settings settings(m_dataDir);
    for (const Status& status : {settings.reset(hostKey), settings.reset(tlsKey), settings.reset(userKey),
                                 setSmarthostPassword(QByteArray())}) {
        if (!status)
            return status;
    }
    return ConfigChangeLog::record(Status(), LogLine("smarthost_cleared"));
}

Status RouteAdmin::setSmarthostPassword(const QByteArray& password)
{
    return RouteStore(m_dataDir).setSmarthostPassword(password);
}

} // namespace RelayDesk

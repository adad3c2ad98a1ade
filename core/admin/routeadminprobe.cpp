// RouteAdmin's connection tests: plans from the configuration, and the run itself.
#include "core/admin/routeadmin.h"

#include "core/outbound/outboundtransport.h"
#include "core/routing/routesecrets.h"
#include "core/routing/routestore.h"
#include "core/util/hostandport.h"

#include <QCoreApplication>
#include <QEventLoop>

namespace RelayDesk {

namespace {

// Shown in the desktop manager's language when it installed a translator; the CLI stays English
// (docs/translations.md).
QString routeProbeText(const char* text)
{
    return QCoreApplication::translate("RelayDesk::RouteAdmin", text);
}

ProbePlan planWith(const QString& dataDir, Route route)
{
    const OutboundTransport::Options options = OutboundTransport::readOptions(dataDir);
    ProbePlan plan;
    plan.heloName = options.heloName.isEmpty() ? QByteArray("localhost") : options.heloName;
    plan.dnsServer = options.dnsServer;
    plan.timeouts = options.timeouts;
    plan.ownListeners = options.ownListeners;
    if (route.kind == Route::Kind::Mx)
        route.port = options.mxPort;
    if (route.trust.mode == PeerTrust::Mode::System) // tls.trust_file adds to the system CAs
        route.trust.extraCaFile = options.trustFile;
    plan.route = std::move(route);
    return plan;
}

QString smarthostTarget(const Route& route)
{
    QString target = QStringLiteral("smarthost %1").arg(HostAndPort{route.host, route.port}.toString());
    if (!route.username.isEmpty())
        target += QStringLiteral(" (AUTH as %1)").arg(QString::fromUtf8(route.username));
    if (route.tls == TlsPolicy::Verify || route.trust.mode == PeerTrust::Mode::Insecure)
        target += QStringLiteral(", certificate checked against %1").arg(route.trust.describe());
    return target;
}

} // namespace

Expected<ProbePlan> RouteAdmin::probeDomain(const QString& given) const
{
    const auto normalized = RouteTable::normalizePattern(given.trimmed());
    if (!normalized)
        return Expected<ProbePlan>::failure(normalized.error());
    const QString domain = normalized.value();
    const auto table = RouteStore(m_dataDir).load();
    if (!table)
        return Expected<ProbePlan>::failure(table.error());
    ProbePlan plan = planWith(m_dataDir, table->routeFor(domain));
    plan.domain = domain;
    const Route& route = plan.route;
    switch (route.kind) {
    case Route::Kind::Direct:
        plan.recipientDomain = domain;
        plan.target = QStringLiteral("route %1 -> %2 (TLS: %3)")
                          .arg(route.pattern, HostAndPort{route.host, route.port}.toString(),
                               route.implicitTls ? QStringLiteral("implicit") : tlsPolicyName(route.tls));
        if (!route.username.isEmpty()) {
            plan.target += QStringLiteral(", AUTH as %1").arg(QString::fromUtf8(route.username));
            plan.reportAuth = true;
        }
        break;
    case Route::Kind::Smarthost:
        plan.target = smarthostTarget(route);
        plan.reportAuth = true;
        break;
    case Route::Kind::Mx:
        plan.recipientDomain = domain;
        plan.target = QStringLiteral("MX hosts of %1, port %2 (TLS: %3)")
                          .arg(domain)
                          .arg(route.port)
                          .arg(tlsPolicyName(route.tls));
        break;
    }
    return plan;
}

Expected<ProbePlan> RouteAdmin::probeRoute(const RouteEntry& entry) const
{
    if (const QString problem = HostAndPort::validateHost(entry.host);
        !problem.isEmpty() || entry.host.isEmpty())
        return Expected<ProbePlan>::failure(
            problem.isEmpty()
                ? routeProbeText(QT_TRANSLATE_NOOP("RelayDesk::RouteAdmin", "the route has no host"))
                : problem);
    RouteEntry tried = entry;
    // A route shown in the window carries no password: the stored one, as delivery would use it.
    if (!tried.username.isEmpty() && tried.password.isEmpty()) {
        const auto pattern = RouteTable::normalizePattern(tried.pattern);
        const auto stored = RouteSecrets(m_dataDir).password(pattern ? pattern.value() : tried.pattern);
        if (!stored)
            return Expected<ProbePlan>::failure(stored.error());
        tried.password = stored.value();
    }
    ProbePlan plan = planWith(m_dataDir, RouteTable::routeOf(tried));
    plan.reportAuth = !tried.username.isEmpty();
    // A route for one domain is asked about that domain; one for "*.example.com" names no domain to ask
    // about.
    if (!entry.pattern.startsWith(QLatin1String("*.")))
        plan.recipientDomain = entry.pattern;
    plan.target = QStringLiteral("route %1 -> %2 (TLS: %3)")
                      .arg(entry.pattern, HostAndPort{entry.host, entry.port}.toString(), tlsName(entry));
    if (!entry.username.isEmpty())
        plan.target += QStringLiteral(", AUTH as %1").arg(QString::fromUtf8(entry.username));
    return plan;
}

Expected<ProbePlan> RouteAdmin::probeSmarthost() const
{
    const auto config = smarthost();
    if (!config)
        return Expected<ProbePlan>::failure(config.error());
    if (config->host.isEmpty())
        return Expected<ProbePlan>::failure(routeProbeText(QT_TRANSLATE_NOOP(
            "RelayDesk::RouteAdmin", "no smarthost is set (mail goes to the recipients' MX hosts)")));
    ProbePlan plan = planWith(m_dataDir, RouteTable::routeOf(config.value()));
    plan.target = smarthostTarget(plan.route);
    plan.reportAuth = true;
    return plan;
}

Expected<ProbePlan> RouteAdmin::probeSmarthost(const SmarthostSettings& pending, bool useStoredPassword) const
{
    if (pending.host.isEmpty())
        return Expected<ProbePlan>::failure(routeProbeText(QT_TRANSLATE_NOOP(
            "RelayDesk::RouteAdmin", "no smarthost is set (mail goes to the recipients' MX hosts)")));
    if (const QString problem = HostAndPort::validateHost(pending.host); !problem.isEmpty())
        return Expected<ProbePlan>::failure(problem);
    SmarthostConfig config;
    config.host = pending.host;
    config.port = pending.port;
    if (pending.tls == QLatin1String("implicit"))
        config.tls = SmarthostConfig::Tls::Implicit;
    else if (pending.tls == QLatin1String("opportunistic"))
        config.tls = SmarthostConfig::Tls::Opportunistic;
    else if (pending.tls == QLatin1String("starttls"))
        config.tls = SmarthostConfig::Tls::StartTls;
    else
        return Expected<ProbePlan>::failure(
            routeProbeText(
                QT_TRANSLATE_NOOP("RelayDesk::RouteAdmin", "'%1' is not implicit, starttls or opportunistic"))
                .arg(pending.tls));
    config.username = pending.username.toUtf8();
    config.password = pending.password;
    const auto trust = pending.trust();
    if (!trust)
        return Expected<ProbePlan>::failure(trust.error());
    config.trust = trust.value();
    if (config.password.isEmpty() && useStoredPassword && !config.username.isEmpty()) {
        const auto stored = smarthost();
        if (!stored)
            return Expected<ProbePlan>::failure(stored.error());
        if (stored->host.compare(config.host, Qt::CaseInsensitive) == 0)
            config.password = stored->password;
    }
    ProbePlan plan = planWith(m_dataDir, RouteTable::routeOf(config));
    plan.target = smarthostTarget(plan.route);
    plan.reportAuth = true;
    return plan;
}

ProbeReport RouteAdmin::testConnection(const ProbePlan& plan,
                                       const std::function<void(const ProbeReport&)>& progress,
                                       std::stop_token stop)
{
    ConnectionProbe probe(plan);
    QEventLoop loop;
    if (progress)
        QObject::connect(&probe, &ConnectionProbe::progressed, &probe, progress);
    QObject::connect(&probe, &ConnectionProbe::finished, &loop, &QEventLoop::quit);
    // Runs on the thread that asks for the stop: only post the cancel to the probe's own thread. The
    // callback is gone (waited for, if it is running) before the probe is.
    const std::stop_callback onStop(std::move(stop), [&probe] {
        QMetaObject::invokeMethod(&probe, &ConnectionProbe::cancel, Qt::QueuedConnection);
    });
    probe.start();
    if (!probe.isFinished())
        loop.exec();
    return probe.report();
}

} // namespace RelayDesk

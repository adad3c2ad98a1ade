#include "core/engine/sessionsettings.h"
#include "core/routing/routestore.h"
#include "core/smtp/datamemorybudget.h"
#include "core/store/settings.h"
#include "core/util/domainname.h"
#include "core/util/hostport.h"

namespace RelayDesk {

namespace {

quint16 enabledPort(const Settings& settings, const QString& listener)
{
    const QString prefix = QStringLiteral("listener.") + listener;
    if (!settings.boolValue(prefix + QStringLiteral(".enabled")))
        return 0;
    const auto parsed = HostPort::parse(settings.value(prefix + QStringLiteral(".address")));
    return parsed ? parsed->port : 0;
}

SessionPolicy makePolicy(ListenerKind kind, const Settings& settings)
{
    SessionPolicy policy;
    policy.kind = kind;
    policy.hostname = settings.value(QStringLiteral("server.hostname")).toLatin1();
    policy.maxMessageSize = settings.value(QStringLiteral("limits.max_message_size")).toLongLong();
    policy.maxRecipients = settings.intValue(QStringLiteral("limits.max_recipients"));
    policy.maxHops = settings.intValue(QStringLiteral("limits.max_hops"));
    policy.postmaster = DomainName::asciiForm(settings.value(QStringLiteral("delivery.postmaster"))).toUtf8();
    policy.internalLiterals = settings.boolValue(QStringLiteral("delivery.internal_literals"));
    policy.tlsAvailable = true;
    policy.dataBudget = &DataMemoryBudget::shared();
    return policy;
}

} // namespace

SessionSettings SessionSettings::read(const Settings& settings, const TlsContext& tls,
                                      std::shared_ptr<const TlsServerContext> tlsServer)
{
    SessionSettings result;
    result.tls = tls;
    result.tlsServer = std::move(tlsServer);
    result.submission = makePolicy(ListenerKind::Submission, settings);
    result.smtps = makePolicy(ListenerKind::Smtps, settings);
    result.lan = makePolicy(ListenerKind::Lan, settings);
    // The names routes name: their recipients are taken at RCPT though the name has no dot ("sales") or is
    // the relay's own host name.
    QSet<QByteArray> routed;
    if (const auto routes = RouteStore(settings.dataDir()).routes()) {
        for (const RouteEntry& route : routes.value())
            routed.insert(route.pattern.toLower().toLatin1());
    }
    for (SessionPolicy* policy : {&result.submission, &result.smtps, &result.lan})
        policy->routedNames = routed;
    result.idleTimeoutMs = settings.intValue(QStringLiteral("limits.idle_timeout")) * 1000;
    result.sessionTimeoutMs = settings.intValue(QStringLiteral("limits.session_timeout")) * 1000;
    result.handshakeTimeoutMs = settings.intValue(QStringLiteral("limits.tls_handshake_timeout")) * 1000;
    result.submissionPort = enabledPort(settings, QStringLiteral("submission"));
    result.smtpsPort = enabledPort(settings, QStringLiteral("smtps"));
    return result;
}

} // namespace RelayDesk

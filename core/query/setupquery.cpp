#include "core/query/setupquery.h"

#include "core/agents/agentdirectory.h"
#include "core/routing/routestore.h"
#include "core/store/settings.h"

namespace RelayDesk {

bool SetupState::hostnameIsFull() const
{
    const QString name = hostname.toLower();
    const bool dotted = name.contains(u'.') && !name.startsWith(u'.') && !name.endsWith(u'.');
    return dotted && name != QLatin1String("localhost.localdomain") &&
           !name.endsWith(QLatin1String(".local")) && !name.endsWith(QLatin1String(".localdomain"));
}

SetupQuery::SetupQuery(QString dataDir) : m_dataDir(std::move(dataDir)) {}

Expected<SetupState> SetupQuery::load() const
{
    using Result = Expected<SetupState>;
    const auto agents = AgentDirectory(m_dataDir).listAgents();
    if (!agents)
        return Result::failure(agents.error());
    const auto smarthost = RouteStore(m_dataDir).smarthost();
    if (!smarthost)
        return Result::failure(smarthost.error());
    const Settings settings(m_dataDir);
    SetupState state;
    state.hasAgent = !agents->isEmpty();
    state.hasCertificate = !settings.value(QStringLiteral("tls.certificate")).isEmpty();
    state.deliveryEnabled = settings.boolValue(QStringLiteral("delivery.enabled"));
    state.smarthost = smarthost->host;
    state.hostname = settings.value(QStringLiteral("server.hostname"));
    state.smarthostMissesPassword =
        !smarthost->host.isEmpty() && !smarthost->username.isEmpty() && smarthost->password.isEmpty();
    return state;
}

} // namespace RelayDesk

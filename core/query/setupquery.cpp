#include "core/query/setupquery.h"

#include "core/agents/agentdirectory.h"
#include "core/routing/routestore.h"
#include "core/store/settings.h"

namespace RelayDesk {

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
    state.smarthostMissesPassword =
        !smarthost->host.isEmpty() && !smarthost->username.isEmpty() && smarthost->password.isEmpty();
    return state;
}

} // namespace RelayDesk

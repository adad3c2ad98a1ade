#include "core/query/setupquery.h"

#include "core/agents/agentdirectory.h"
#include "core/dkim/dkimkeystore.h"
#include "core/routing/routestore.h"
#include "core/store/settings.h"

#include <algorithm>

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
    const AgentDirectory directory(m_dataDir);
    const auto agents = directory.listAgents();
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
    // The name the relay really greets with: delivery.helo_name when set (an outside tester's Dashboard said
    // "greets as vm" while every EHLO said the full name set there).
    state.hostname = settings.value(QStringLiteral("delivery.helo_name"));
    if (state.hostname.isEmpty())
        state.hostname = settings.value(QStringLiteral("server.hostname"));
    state.smarthostMissesPassword =
        !smarthost->host.isEmpty() && !smarthost->username.isEmpty() && smarthost->password.isEmpty();
    const bool lanPort = settings.boolValue(QStringLiteral("listener.lan.enabled"));
    for (const MailAgent& agent : *agents) {
        if (!agent.enabled)
            continue; // a disabled agent sends nothing on purpose
        if (agent.anySender)
            state.agentsWithAnySender << agent.name;
        const bool devices = !agent.trustedDevices.isEmpty();
        if (devices && lanPort)
            continue; // a trusted device needs no login
        bool logins = !agent.allowlist.isEmpty();
        if (logins) {
            const auto credentials = directory.credentials(agent.name);
            if (!credentials)
                return Result::failure(credentials.error());
            logins = std::any_of(credentials->begin(), credentials->end(),
                                 [](const Credential& credential) { return credential.isActive(); });
        }
        if (logins)
            continue;
        if (devices)
            state.agentsWithoutLanPort << agent.name; // an outside tester turned the port off
        else if (agent.allowlist.isEmpty())
            state.agentsWithoutLogins << agent.name;
        else
            state.agentsWithoutPassword << agent.name;
    }
    const auto unusable = DkimKeyStore(m_dataDir).unusableKeys();
    if (!unusable)
        return Result::failure(unusable.error());
    for (const DkimKeyRecord& key : unusable.value())
        state.unusableDkimKeys.append({key.domain, key.selector, key.cannotSign});
    return state;
}

} // namespace RelayDesk

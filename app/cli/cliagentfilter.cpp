#include "app/cli/cliagentfilter.h"

#include "core/admin/agentadmin.h"

namespace RelayDesk {

Status CliAgentFilter::apply(const QString& dataDir, const QString& typed, LogFilter* filter)
{
    const auto live = AgentAdmin(dataDir).agent(typed);
    if (live) {
        filter->agent = live->name;
        filter->deletedAgent = false;
        return {};
    }
    const auto former = AgentAdmin(dataDir).formerNames();
    const QString folded = typed.toCaseFolded();
    for (const QString& name : former ? former.value() : QStringList()) {
        if (name.toCaseFolded() == folded)
            filter->agent = name;
    }
    if (filter->agent.isEmpty())
        return Status::failure(live.error());
    filter->deletedAgent = true;
    return {};
}

} // namespace RelayDesk

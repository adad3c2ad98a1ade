#include "ui/agentnametext.h"

#include "core/admin/agentadmin.h"

namespace RelayDesk {

QString AgentNameText::problem(const QString& name)
{
    using Rule = AgentDirectory::NameRule;
    switch (AgentAdmin::nameRule(name)) {
    case Rule::Kept:
        return {};
    case Rule::Empty:
        return tr("Give the agent a name.");
    case Rule::TooLong:
        return tr("A Mail Agent name has at most %1 characters.").arg(AgentDirectory::maxAgentNameLength);
    case Rule::Characters:
        return tr("\"%1\" cannot name a Mail Agent: use letters (accents are fine), digits, spaces and . _ -")
            .arg(name);
    case Rule::OuterSpace:
        return tr("A Mail Agent name does not begin or end with a space.");
    }
    return {};
}

} // namespace RelayDesk

#pragma once

#include "app/cli/clioutput.h"
#include "core/admin/agentlimitadmin.h"

#include <QJsonObject>
#include <QStringList>

namespace RelayDesk {

/// relaydesk agent limit NAME [--per-minute N] [--per-hour N] [--per-day N] [--max-recipients N]: args are
/// the words after "limit". With no option it prints the limits and the current use.
int runAgentLimitCommand(const QString& dataDir, const QStringList& args, const CliOutput& out);

/// How an agent's sending limits and current use look on the command line (also in `agent show`).
namespace CliAgentLimitView {
/// {"limits": {"per_minute": N|null, ...}, "use": {"minute": N, ...}, "resets": {"minute": time, ...}}.
QJsonObject json(const AgentSendingStatus& status);
void print(const CliOutput& out, const AgentSendingStatus& status);
} // namespace CliAgentLimitView

} // namespace RelayDesk

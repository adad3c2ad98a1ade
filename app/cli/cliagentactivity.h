#pragma once

#include "app/cli/clioutput.h"
#include "core/query/agentactivityquery.h"

#include <QJsonObject>

namespace RelayDesk {

/// How a Mail Agent's activity (today, the last 7 and 30 UTC days, what waits now) looks in `agent show`.
namespace CliAgentActivityView {
/// {"today": {...}, "last_7_days": {...}, "last_30_days": {...}, "waiting_recipients": N}
QJsonObject json(const AgentActivity& activity);
/// agentName: named in the command that lists its refusals.
void print(const CliOutput& out, const AgentActivity& activity, const QString& agentName);
} // namespace CliAgentActivityView

} // namespace RelayDesk

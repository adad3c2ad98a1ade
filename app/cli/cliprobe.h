#pragma once

#include "app/cli/clioutput.h"
#include "core/outbound/connectionprobe.h"
#include "core/util/expected.h"

namespace RelayDesk {

/// `smarthost test` and `route test DOMAIN`: runs the connection test of plan through the admin facade,
/// prints each step as it completes (text) or one document at the end (--json), then the transcript.
/// Exit 0 unless a step failed (red): then 1, with the failed step on stderr. what names the verb for errors.
int runConnectionTest(const QString& what, const Expected<ProbePlan>& plan, const CliOutput& out);

} // namespace RelayDesk

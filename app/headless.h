#pragma once

#include <QString>

namespace RelayDesk {

/// Runs the engine without a GUI until SIGTERM or SIGINT, then shuts down cleanly. Returns the exit code.
int runHeadless(const QString& dataDir);

} // namespace RelayDesk

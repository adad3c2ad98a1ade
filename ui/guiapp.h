#pragma once

#include <QString>

#include <functional>
#include <memory>

namespace RelayDesk {

class EngineControl;

/// Makes the engine the window manages (called once the application object exists).
using EngineFactory = std::function<std::unique_ptr<EngineControl>(const QString& dataDir)>;

/// Runs the desktop manager: the application, translators for the system locale, the relay engine, the main
/// window and the tray icon. Returns the exit code; the engine is stopped cleanly before it returns.
int runGui(int argc, char** argv, const QString& dataDir, const EngineFactory& makeEngine);

} // namespace RelayDesk

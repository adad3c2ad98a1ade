#pragma once

#include <QString>

namespace RelayDesk {

/// Runs the desktop manager: the application, translators for the system locale, the relay engine, the main
/// window and the tray icon. Returns the exit code; the engine is stopped cleanly before it returns.
int runGui(int argc, char** argv, const QString& dataDir);

} // namespace RelayDesk

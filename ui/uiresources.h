#pragma once

namespace RelayDesk {

/// Registers the icons compiled into the static ui library (safe to call more than once).
void initUiResources();

} // namespace RelayDesk

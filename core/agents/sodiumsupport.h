#pragma once

namespace RelayDesk {

/// Calls sodium_init() exactly once per process, from whichever thread gets here first.
void ensureSodiumInitialized();

} // namespace RelayDesk

#pragma once

#include <QtGlobal>

namespace RelayDesk::Test {

/// A loopback TCP port that was free a moment ago (0 if none could be had): for listeners a test configures.
quint16 freePort();

} // namespace RelayDesk::Test

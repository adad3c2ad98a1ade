#pragma once

#include <QtGlobal>

namespace RelayDesk {
class Settings;
}

namespace RelayDesk::Test {

/// Sets every listener of settings' data directory (submission, smtps, lan) to a free loopback port of its
/// own, never the embedded defaults, so that tests run beside each other and beside a running RelayDesk.
/// The submission listener's port, or 0 when a port or a setting could not be had.
quint16 listenOnFreePorts(Settings& settings);

} // namespace RelayDesk::Test

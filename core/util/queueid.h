#pragma once

#include <QString>

namespace RelayDesk {

/// Queue IDs: 16 lowercase base32 characters, time-ordered prefix plus randomness ("k3j9x0a7m2qf4c1z").
QString generateQueueId();

} // namespace RelayDesk

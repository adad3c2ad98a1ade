#pragma once

#include <QtGlobal>

namespace RelayDesk {

/// Milliseconds since the Unix epoch: the one time unit stored in the database and used in schedules.
qint64 nowMs();

} // namespace RelayDesk

#pragma once

#include "core/util/expected.h"

#include <QByteArray>

namespace RelayDesk {

/// A password on standard input (--password-stdin), without the one line ending a shell pipe or
/// here-string adds; refused if empty or of several lines.
Expected<QByteArray> readPasswordFromStdin();

} // namespace RelayDesk

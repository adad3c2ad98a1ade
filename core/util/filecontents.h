#pragma once

#include "core/util/expected.h"

#include <QByteArray>
#include <QString>

namespace RelayDesk {

/// A whole file's bytes, or "cannot read PATH: REASON".
Expected<QByteArray> readFileContents(const QString& path);

} // namespace RelayDesk

#pragma once

#include "core/util/expected.h"

#include <QByteArray>
#include <QString>

namespace RelayDesk {

/// A whole file's bytes, or "cannot read PATH: REASON".
Expected<QByteArray> readFileContents(const QString& path);
/// Writes all of data to fd (an open file named path) and syncs it to disk, or "cannot write PATH: REASON" in
/// the system's words: a full disk says "No space left on device" (QFileDevice reports a short write as
/// "Unknown error", and a buffered QSaveFile may commit an empty file).
Status writeAndSync(int fd, const QByteArray& data, const QString& path);

} // namespace RelayDesk

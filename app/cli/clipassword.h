#pragma once

#include "core/util/expected.h"

#include <QByteArray>
#include <QString>

namespace RelayDesk {

/// A password on standard input (--password-stdin), without the one line ending a shell pipe or
/// here-string adds; refused if empty or of several lines. what names it in the error ("password",
/// "passphrase"). On a terminal it asks for one line, typed without echo.
Expected<QByteArray> readPasswordFromStdin(const QString& what = QStringLiteral("password"));

} // namespace RelayDesk

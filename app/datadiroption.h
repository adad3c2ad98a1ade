#pragma once

#include "core/util/expected.h"

#include <QStringList>

namespace RelayDesk {

/// The --data-dir option, read the same way by the window, the service and the command line.
namespace DataDirOption {

/// Whether arg is "--data-dir" or "--data-dir=DIR".
bool matches(const QString& arg);
/// Reads the option at args[*i] ("--data-dir DIR", moving *i past DIR, or "--data-dir=DIR"): the directory
/// made absolute, since the control channel's socket lives in it and a relative name is relative to each
/// process's own working directory. An empty or missing one is refused: it would quietly mean the default.
Expected<QString> take(const QStringList& args, qsizetype* i);

} // namespace DataDirOption

} // namespace RelayDesk

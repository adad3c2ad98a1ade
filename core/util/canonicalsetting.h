#pragma once

#include "core/util/settingkind.h"

#include <QString>

namespace RelayDesk {

/// The one stored form of a typed setting value, so that "+100", "00100" and " 100 " are all stored (and
/// shown, and used) as "100", and "127.0.0.1:+2587" as "127.0.0.1:2587": numbers and ports lose surrounding
/// spaces, a sign '+' and leading zeros. Text that is no number comes back trimmed, for the validator to
/// explain; a flag's yes/no, on/off and 1/0 are "true" and "false"; other kinds come back unchanged.
namespace CanonicalSetting {

QString of(SettingKind kind, const QString& typed);

} // namespace CanonicalSetting

} // namespace RelayDesk

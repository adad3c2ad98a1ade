#pragma once

#include <QString>

namespace RelayDesk {

/// A relay running on the data directory applies a stored change before the command returns (its control
/// channel's `reload` answers once the change is in force): an outside tester's message accepted right after
/// `config set delivery.enabled false` was still delivered, and one after `smarthost clear` still went to the
/// smarthost, while the relay had not seen the change yet.
namespace CliApply {
/// False if no relay runs here or it could not be asked (it then applies the change by itself within about
/// a second).
bool inRunningRelay(const QString& dataDir);
} // namespace CliApply

} // namespace RelayDesk

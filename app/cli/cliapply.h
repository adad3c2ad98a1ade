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
/// Whether this process asked already (inRunningRelay), so that runCli need not ask again.
bool asked();
/// What changed so far that a running engine acts on (AdminChanges::total); -1 when it cannot be read.
/// runCli compares it before and after a command: `credential revoke`, `agent limit`, `route add` and the
/// like return once the running relay applied them, as `config set` does (an outside tester's open session
/// of a revoked credential had 88 more messages accepted after the command returned).
qint64 changeMark(const QString& dataDir);
} // namespace CliApply

} // namespace RelayDesk

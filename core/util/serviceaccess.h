#pragma once

#include <QString>

namespace RelayDesk {

/// Whether the relay that runs on a data directory can read a file an admin names for it (a CA file, a
/// certificate, a key). The admin's command line and window run as the admin, the packaged service as the
/// relaydesk user, which owns the data directory and sees neither /home nor /tmp (the unit's ProtectHome= and
/// PrivateTmp=): a CA file in the admin's home passed the connection test and failed every delivery (an
/// outside tester).
namespace ServiceAccess {
/// Empty when the relay running on dataDir can read path (or when the question does not arise: no path, the
/// relay runs as this same user); otherwise why not and what to do, in the window's language where one is
/// installed.
QString readProblem(const QString& dataDir, const QString& path);
/// Empty unless path, a file that says whom the relay trusts (a CA file), may be written or replaced by every
/// user of this machine (the file, or a folder without the sticky bit that holds it): then any of them
/// decides which server gets the smarthost's password (an outside tester's world-writable CA file was taken
/// without a word).
QString trustFileProblem(const QString& path);
} // namespace ServiceAccess

} // namespace RelayDesk

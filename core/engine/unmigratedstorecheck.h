#pragma once

#include "core/util/expected.h"

#include <QString>

namespace RelayDesk {

/// Refuses to start an engine on an empty PostgreSQL store while the data directory's own SQLite store beside
/// it still holds agents or mail (docs/postgresql.md, "Moving a relay to PostgreSQL"): between `store use`
/// and `store migrate --from-sqlite` an outside tester opened the window to look, which started a fresh relay
/// on the empty store with default settings, showed no agent, and registered its node there.
class UnmigratedStoreCheck final
{
public:
    /// Empty (fine) on SQLite, when relaydesk.sqlite is gone or holds no agent and no message, or when the
    /// PostgreSQL store holds agents or messages already (a node joining a store in use). The refusal ends
    /// with what was not done: the engine's start, or (command) a command line's change or answer.
    static Status check(const QString& dataDir, bool command = false);
};

} // namespace RelayDesk

#pragma once

#include "app/cli/clioutput.h"

#include <QMap>
#include <QString>
#include <QStringList>

namespace RelayDesk {

class NodeAdmin;

/// After `config set` or `config reset` moved, enabled or disabled a listener of a running relay: waits a few
/// seconds at most for the relay to apply it and says when the listener is down (a port another program
/// holds, an address this machine does not have), so that the change does not pass for done while the old
/// port is already closed.
class ListenerWarning final
{
public:
    /// Before a change of `keys`: where the running relay's listeners among them listen now
    /// ("listener.NAME.address" to the address), those that are down left out; empty when no relay runs or
    /// no key is a listener's.
    static QMap<QString, QString> listeningNow(const QString& dataDir, const QStringList& keys);
    /// `keys`: the settings just stored; those of a listener are read back as the relay will apply them.
    /// `listeningBefore`: listeningNow() before the change, for the command that puts a listener back where
    /// it listened. Returns how many listeners the change left down: the command then exits 1 (an outside
    /// tester's script could not tell that its change had closed the port a web shop used).
    static int afterChange(const QString& dataDir, const QStringList& keys, const NodeAdmin& node,
                           const CliOutput& out, const QMap<QString, QString>& listeningBefore = {});
};

} // namespace RelayDesk

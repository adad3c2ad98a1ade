#pragma once

#include "app/cli/clioutput.h"

#include <QString>
#include <QStringList>

namespace RelayDesk {

class NodeAdmin;

/// After `config set` or `config reset` moved, enabled or disabled a listener of a running relay: waits a few
/// seconds at most for the relay to apply it and warns when the listener is down (a port another program
/// holds), so that the change does not pass for done while the old port is already closed.
class ListenerWarning final
{
public:
    /// `keys`: the settings just stored; those of a listener are read back as the relay will apply them.
    static void afterChange(const QString& dataDir, const QStringList& keys, const NodeAdmin& node,
                            const CliOutput& out);
};

} // namespace RelayDesk

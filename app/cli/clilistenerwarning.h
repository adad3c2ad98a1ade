#pragma once

#include "app/cli/clioutput.h"

#include <QList>
#include <QString>

#include <utility>

namespace RelayDesk {

class NodeAdmin;

/// After `config set` moved, enabled or disabled a listener of a running relay: waits a few seconds at most
/// for the relay to apply it and warns when the listener is down (a port another program holds), so that the
/// change does not pass for done while the old port is already closed.
class ListenerWarning final
{
public:
    static void afterConfigSet(const QString& dataDir, const QList<std::pair<QString, QString>>& values,
                               const NodeAdmin& node, const CliOutput& out);
};

} // namespace RelayDesk

#include "app/cli/cliapply.h"

#include "core/control/controlclient.h"
#include "core/store/enginelock.h"

namespace RelayDesk {

bool CliApply::inRunningRelay(const QString& dataDir)
{
    if (!EngineLock::holder(dataDir))
        return false;
    ControlClient client;
    if (!client.connectTo(dataDir))
        return false;
    return bool(client.call(QStringLiteral("reload"), {}, 10000));
}

} // namespace RelayDesk

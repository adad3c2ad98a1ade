#include "app/cli/cliapply.h"

#include "core/control/controlclient.h"
#include "core/store/adminchanges.h"
#include "core/store/database.h"
#include "core/store/enginelock.h"

namespace RelayDesk {

namespace {
bool s_asked = false;
} // namespace

bool CliApply::asked()
{
    return s_asked;
}

qint64 CliApply::changeMark(const QString& dataDir)
{
    auto db = Database::connection(dataDir);
    if (!db)
        return -1;
    const auto total = AdminChanges::total(db.value());
    return total ? total.value() : -1;
}

bool CliApply::inRunningRelay(const QString& dataDir)
{
    s_asked = true;
    if (!EngineLock::holder(dataDir))
        return false;
    ControlClient client;
    if (!client.connectTo(dataDir))
        return false;
    return bool(client.call(QStringLiteral("reload"), {}, 10000));
}

} // namespace RelayDesk

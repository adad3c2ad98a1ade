#include "core/admin/configchangelog.h"
#include "core/util/adminchangenotice.h"
#include "core/util/logactor.h"
#include "core/util/logcategories.h"

namespace RelayDesk {

Status ConfigChangeLog::record(Status status, LogLine line)
{
    if (status)
        write(line);
    return status;
}

QString ConfigChangeLog::shownValue(const QString& key, const QString& value)
{
    const bool secret = key.contains(QLatin1String("secret")) || key.contains(QLatin1String("password")) ||
                        key.contains(QLatin1String("passphrase"));
    return secret ? QStringLiteral("(secret)") : value;
}

void ConfigChangeLog::write(LogLine& line)
{
    AdminChangeNotice::post(); // an engine in this process applies it now, not at its next poll
    if (!lcConfig().isInfoEnabled())
        return;
    qCInfo(lcConfig) << LogActor::describe(line);
}

} // namespace RelayDesk

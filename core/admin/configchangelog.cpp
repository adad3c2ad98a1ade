#include "core/admin/configchangelog.h"
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
    if (!lcConfig().isInfoEnabled())
        return;
    qCInfo(lcConfig) << LogActor::describe(line);
}

} // namespace RelayDesk

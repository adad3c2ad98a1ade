#include "core/store/enginelockholder.h"

namespace RelayDesk {

QString EngineLockHolder::description() const
{
    const QString who = face == EngineFace::Service ? QStringLiteral("relay service")
                                                    : QStringLiteral("relay in a RelayDesk window");
    const QString pidText = pid > 0 ? QString::number(pid) : QStringLiteral("unknown");
    const QString sinceText = since.isValid()
                                  ? since.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"))
                                  : QStringLiteral("an unknown time");
    return QStringLiteral("%1 (pid %2, since %3)").arg(who, pidText, sinceText);
}

} // namespace RelayDesk

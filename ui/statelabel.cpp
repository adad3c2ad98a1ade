#include "ui/statelabel.h"

#include <QCoreApplication>

namespace RelayDesk {

QString StateLabel::text(const QString& state)
{
    if (state == QLatin1String("queued"))
        return QCoreApplication::translate("StateLabel", "queued");
    if (state == QLatin1String("deferred"))
        return QCoreApplication::translate("StateLabel", "deferred");
    if (state == QLatin1String("delivered"))
        return QCoreApplication::translate("StateLabel", "delivered");
    if (state == QLatin1String("bounced"))
        return QCoreApplication::translate("StateLabel", "bounced");
    if (state == QLatin1String("suppressed"))
        return QCoreApplication::translate("StateLabel", "suppressed");
    if (state == QLatin1String("deleted"))
        return QCoreApplication::translate("StateLabel", "deleted");
    if (state == QLatin1String("held"))
        return QCoreApplication::translate("StateLabel", "held");
    if (state == QLatin1String("delivering")) // under way in the running relay (not a stored state)
        return QCoreApplication::translate("StateLabel", "delivering");
    // Claimed, but waiting in the running relay for a free outbound connection (not a stored state).
    if (state == QLatin1String("waiting"))
        return QCoreApplication::translate("StateLabel", "waiting for a connection");
    return state;
}

QStringList StateLabel::logStates()
{
    return {QStringLiteral("queued"),  QStringLiteral("deferred"),   QStringLiteral("delivered"),
            QStringLiteral("bounced"), QStringLiteral("suppressed"), QStringLiteral("deleted"),
            QStringLiteral("held")};
}

QStringList StateLabel::queueStates()
{
    return {QStringLiteral("queued"), QStringLiteral("deferred"), QStringLiteral("held")};
}

} // namespace RelayDesk

#include "core/util/tracedate.h"

#include <QDateTime>

namespace RelayDesk {

QByteArray TraceDate::now()
{
    thread_local qint64 formattedSecond = -1;
    thread_local QByteArray formatted;
    const qint64 second = QDateTime::currentSecsSinceEpoch();
    if (second != formattedSecond) {
        formatted = QDateTime::fromSecsSinceEpoch(second).toString(Qt::RFC2822Date).toLatin1();
        formattedSecond = second;
    }
    return formatted;
}

} // namespace RelayDesk

#include "core/util/clock.h"

#include <QDateTime>

namespace RelayDesk {

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace RelayDesk

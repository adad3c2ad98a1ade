#include "ui/timecolumn.h"

#include <QDateTime>
#include <QFontMetrics>
#include <QLocale>

namespace RelayDesk {

int timeColumnWidth(const QFontMetrics& metrics)
{
    const QString widest =
        QLocale().toString(QDateTime(QDate(2026, 12, 28), QTime(23, 58, 59)), QLocale::ShortFormat);
    return metrics.horizontalAdvance(widest) + 24;
}

} // namespace RelayDesk

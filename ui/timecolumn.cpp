#include "ui/timecolumn.h"

#include <QDateTime>
#include <QFontMetrics>
#include <QHeaderView>
#include <QLocale>
#include <QTableView>

namespace RelayDesk {

QString tableTimeText(const QDateTime& time)
{
    const QLocale locale;
    QString date = locale.dateFormat(QLocale::ShortFormat);
    if (!date.contains(QLatin1String("yyyy")))
        date.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    QString clock = locale.timeFormat(QLocale::ShortFormat);
    if (!clock.contains(QLatin1String("ss")))
        clock.replace(QLatin1String("mm"), QLatin1String("mm:ss"));
    return locale.toString(time, date + QLatin1Char(' ') + clock);
}

QString tableTimeText(qint64 msSinceEpoch)
{
    return tableTimeText(QDateTime::fromMSecsSinceEpoch(msSinceEpoch));
}

int timeColumnWidth(const QFontMetrics& metrics)
{
    const QString widest = tableTimeText(QDateTime(QDate(2026, 12, 28), QTime(23, 58, 59)));
    return metrics.horizontalAdvance(widest) + 24;
}

int timeColumnWidth(const QTableView* view, int column)
{
    return qMax(timeColumnWidth(view->fontMetrics()), view->horizontalHeader()->sectionSizeHint(column));
}

} // namespace RelayDesk

#include "ui/timecolumn.h"

#include <QDateTime>
#include <QFontMetrics>
#include <QHeaderView>
#include <QLocale>
#include <QTableView>

namespace RelayDesk {

QString tableTimeText(const QDateTime& time)
{
    // Every visible cell of a time column asks: the format is made once per locale (a language changed in
    // the window's settings, or a test's QLocale::setDefault, gives another name) and thread.
    thread_local QString localeName;
    thread_local QString format;
    const QLocale locale;
    if (locale.name() != localeName || format.isEmpty()) {
        QString date = locale.dateFormat(QLocale::ShortFormat);
        if (!date.contains(QLatin1String("yyyy")))
            date.replace(QLatin1String("yy"), QLatin1String("yyyy"));
        QString clock = locale.timeFormat(QLocale::ShortFormat);
        if (!clock.contains(QLatin1String("ss")))
            clock.replace(QLatin1String("mm"), QLatin1String("mm:ss"));
        localeName = locale.name();
        format = date + QLatin1Char(' ') + clock;
    }
    return locale.toString(time, format);
}

namespace {
QString fourDigitYear(QString format)
{
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return format;
}
} // namespace

QString shortDateTimeText(const QDateTime& time)
{
    const QLocale locale;
    return locale.toString(time.toLocalTime(), fourDigitYear(locale.dateFormat(QLocale::ShortFormat)) +
                                                   QLatin1Char(' ') +
                                                   locale.timeFormat(QLocale::ShortFormat));
}

QString shortDateText(const QDateTime& time)
{
    const QLocale locale;
    return locale.toString(time.toLocalTime().date(), fourDigitYear(locale.dateFormat(QLocale::ShortFormat)));
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

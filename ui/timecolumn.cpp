#include "ui/timecolumn.h"

#include <QDateTime>
#include <QFontMetrics>
#include <QHeaderView>
#include <QLocale>
#include <QTableView>

namespace RelayDesk {

int timeColumnWidth(const QFontMetrics& metrics)
{
    const QString widest =
        QLocale().toString(QDateTime(QDate(2026, 12, 28), QTime(23, 58, 59)), QLocale::ShortFormat);
    return metrics.horizontalAdvance(widest) + 24;
}

int timeColumnWidth(const QTableView* view, int column)
{
    return qMax(timeColumnWidth(view->fontMetrics()), view->horizontalHeader()->sectionSizeHint(column));
}

} // namespace RelayDesk

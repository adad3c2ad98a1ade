#include "ui/expirydate.h"

#include <QLocale>
#include <QRegularExpression>

namespace RelayDesk {

QString expiryDateText(const QDateTime& expiry)
{
    const QLocale locale;
    QString format = locale.dateFormat(QLocale::ShortFormat);
    // "dd.MM.yy", "M/d/yy": the two-digit year becomes four; a format with four already keeps them.
    static const QRegularExpression twoDigitYear(QStringLiteral("(?<!y)yy(?!y)"));
    format.replace(twoDigitYear, QStringLiteral("yyyy"));
    return locale.toString(expiry.toLocalTime().date(), format);
}

} // namespace RelayDesk

#pragma once

#include <QCoreApplication>
#include <QString>

namespace RelayDesk {

/// A span of time in the two largest units that it has, as people say it: "45 s", "4 min 26 s",
/// "4 h 26 min", "3 days 2 h". A smaller unit that is zero is left out ("5 min", "2 days").
QString durationText(qint64 milliseconds);

/// The words of durationText(), in one translation context.
class DurationText final
{
    Q_DECLARE_TR_FUNCTIONS(DurationText)

public:
    static QString of(qint64 milliseconds);

private:
    static QString inUnit(qint64 count, int unit);
};

} // namespace RelayDesk

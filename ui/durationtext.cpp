#include "ui/durationtext.h"

namespace RelayDesk {

namespace {

enum Unit
{
    Seconds,
    Minutes,
    Hours,
    Days
};

} // namespace

QString durationText(qint64 milliseconds)
{
    return DurationText::of(milliseconds);
}

QString DurationText::inUnit(qint64 count, int unit)
{
    switch (unit) {
    case Seconds:
        return tr("%1 s", "seconds, abbreviated").arg(count);
    case Minutes:
        return tr("%1 min", "minutes, abbreviated").arg(count);
    case Hours:
        return tr("%1 h", "hours, abbreviated").arg(count);
    default:
        return tr("%n day(s)", nullptr, static_cast<int>(count));
    }
}

QString DurationText::of(qint64 milliseconds)
{
    static constexpr qint64 perUnit[] = {1, 60, 3600, 86400}; // seconds in each Unit
    const qint64 total = qMax<qint64>(0, milliseconds) / 1000;
    int unit = Days;
    while (unit > Seconds && total < perUnit[unit])
        --unit;
    const QString larger = inUnit(total / perUnit[unit], unit);
    if (unit == Seconds)
        return larger;
    const qint64 smaller = total % perUnit[unit] / perUnit[unit - 1];
    if (smaller == 0)
        return larger;
    return tr("%1 %2", "a larger unit, then a smaller one: 4 h 26 min")
        .arg(larger, inUnit(smaller, unit - 1));
}

} // namespace RelayDesk

#include "core/util/settingunits.h"

#include <QRegularExpression>

#include <limits>

namespace RelayDesk::SettingUnits {

namespace {

struct Unit
{
    const char* name;
    qint64 factor;
};

constexpr Unit secondUnits[] = {
    {"s", 1},
    {"sec", 1},
    {"secs", 1},
    {"second", 1},
    {"seconds", 1},
    {"m", secondsPerMinute},
    {"min", secondsPerMinute},
    {"mins", secondsPerMinute},
    {"minute", secondsPerMinute},
    {"minutes", secondsPerMinute},
    {"h", secondsPerHour},
    {"hr", secondsPerHour},
    {"hrs", secondsPerHour},
    {"hour", secondsPerHour},
    {"hours", secondsPerHour},
    {"d", secondsPerDay},
    {"day", secondsPerDay},
    {"days", secondsPerDay},
    {"w", secondsPerWeek},
    {"week", secondsPerWeek},
    {"weeks", secondsPerWeek},
};
constexpr Unit octetUnits[] = {
    {"b", 1},
    {"k", octetsPerKilobyte}, // "25M" as people write it; for sizes "m" cannot mean minutes
    {"kb", octetsPerKilobyte},
    {"kib", octetsPerKilobyte},
    {"m", octetsPerMegabyte},
    {"mb", octetsPerMegabyte},
    {"mib", octetsPerMegabyte},
    {"g", octetsPerGigabyte},
    {"gb", octetsPerGigabyte},
    {"gib", octetsPerGigabyte},
};
constexpr Unit dayUnits[] = {{"d", 1}, {"day", 1}, {"days", 1}, {"w", 7}, {"week", 7}, {"weeks", 7}};

template <size_t N> QString convert(const QString& typed, const Unit (&units)[N])
{
    static const QRegularExpression pattern(QStringLiteral("^\\s*(\\d{1,15})\\s*([A-Za-z]+)\\s*$"));
    const QRegularExpressionMatch match = pattern.match(typed);
    if (!match.hasMatch())
        return typed;
    const QString unit = match.captured(2).toLower();
    for (const Unit& candidate : units) {
        if (unit != QLatin1String(candidate.name))
            continue;
        const qint64 number = match.captured(1).toLongLong();
        if (number > std::numeric_limits<qint64>::max() / candidate.factor)
            return typed; // far beyond any setting's range: the validator says so
        return QString::number(number * candidate.factor);
    }
    return typed;
}

/// "1h30m", "1h 30m", "2d 12h": several numbers each with its unit, summed (a tester typed "1h30m" and was
/// told it was no whole number). typed as it is when it is not such a sum, for the validator to explain.
QString convertSum(const QString& typed)
{
    static const QRegularExpression whole(QStringLiteral("^\\s*(\\d{1,15}\\s*[A-Za-z]+\\s*){2,6}$"));
    static const QRegularExpression part(QStringLiteral("(\\d{1,15})\\s*([A-Za-z]+)"));
    if (!whole.match(typed).hasMatch())
        return typed;
    qint64 total = 0;
    for (auto it = part.globalMatch(typed); it.hasNext();) {
        const QString converted = convert(it.next().captured(0), secondUnits);
        bool ok = false;
        const qint64 seconds = converted.toLongLong(&ok);
        if (!ok || seconds > std::numeric_limits<qint64>::max() - total)
            return typed;
        total += seconds;
    }
    return QString::number(total);
}

} // namespace

QString toStored(SettingKind kind, const QString& typed)
{
    // "25M" is megabytes to most people (and for the size settings); as a duration it is not taken for
    // minutes (an outside tester's bounce limit became 25 minutes): the validator refuses it with the units.
    static const QRegularExpression capitalM(QStringLiteral("^\\s*\\d+\\s*M\\s*$"));
    switch (kind) {
    case SettingKind::Seconds:
        if (capitalM.match(typed).hasMatch())
            return typed;
        if (const QString one = convert(typed, secondUnits); one != typed)
            return one;
        return convertSum(typed);
    case SettingKind::Octets:
        return convert(typed, octetUnits);
    case SettingKind::Days:
        return convert(typed, dayUnits);
    default:
        return typed;
    }
}

QString humanForm(SettingKind kind, const QString& stored)
{
    // Not translated: only the command line shows it (the window has unit fields).
    bool ok = false;
    const qint64 value = stored.toLongLong(&ok);
    if (!ok || value < 0)
        return {};
    // Every duration with its unit: "30" beside "300 (5 min)" left the reader to guess (an outside tester).
    if (kind == SettingKind::Days)
        return QStringLiteral("%1 %2").arg(value).arg(value == 1 ? QLatin1String("day")
                                                                 : QLatin1String("days"));
    if (kind == SettingKind::Seconds && value < secondsPerMinute)
        return QStringLiteral("%1 s").arg(value);
    if (value == 0)
        return {};
    struct Named
    {
        qint64 size;
        const char* one;
        const char* many;
    };
    static constexpr Named durations[] = {{secondsPerWeek, "week", "weeks"},
                                          {secondsPerDay, "day", "days"},
                                          {secondsPerHour, "hour", "hours"},
                                          {secondsPerMinute, "min", "min"}};
    static constexpr Named sizes[] = {
        {octetsPerGigabyte, "GB", "GB"}, {octetsPerMegabyte, "MB", "MB"}, {octetsPerKilobyte, "KB", "KB"}};
    const auto largestExact = [value](const auto& units) -> QString {
        for (const Named& unit : units) {
            if (value % unit.size == 0) {
                const qint64 count = value / unit.size;
                return QStringLiteral("%1 %2").arg(count).arg(
                    QLatin1String(count == 1 ? unit.one : unit.many));
            }
        }
        return {};
    };
    if (kind == SettingKind::Seconds) {
        if (const QString exact = largestExact(durations); !exact.isEmpty() || value < secondsPerMinute)
            return exact;
        // "1 hour 30 min", "1 min 30 s": the largest units that add up to it, three at most.
        static constexpr Named parts[] = {{secondsPerWeek, "week", "weeks"},
                                          {secondsPerDay, "day", "days"},
                                          {secondsPerHour, "hour", "hours"},
                                          {secondsPerMinute, "min", "min"},
                                          {1, "s", "s"}};
        QStringList words;
        qint64 rest = value;
        for (const Named& unit : parts) {
            if (rest >= unit.size && words.size() < 3) {
                const qint64 count = rest / unit.size;
                words << QStringLiteral("%1 %2").arg(count).arg(
                    QLatin1String(count == 1 ? unit.one : unit.many));
                rest %= unit.size;
            }
        }
        return rest == 0 ? words.join(QLatin1Char(' ')) : QString();
    }
    if (kind == SettingKind::Octets) {
        if (const QString exact = largestExact(sizes); !exact.isEmpty())
            return exact;
        // 30000000 octets: "28.6 MB", to one decimal, in the largest unit it reaches.
        for (const Named& unit : sizes) {
            if (value >= unit.size)
                return QStringLiteral("%1 %2")
                    .arg(double(value) / double(unit.size), 0, 'f', 1)
                    .arg(QLatin1String(unit.many));
        }
    }
    return {};
}

QString unitHint(SettingKind kind)
{
    // Not translated: only the command line shows it.
    switch (kind) {
    case SettingKind::Seconds:
        return QStringLiteral("seconds, or with units: 90s, 15m, 2h, 1h30m, 5d, 1w");
    case SettingKind::Octets:
        return QStringLiteral("octets, or with a unit: 512KB, 25MB, 100MB; a MB is 1,048,576 octets");
    case SettingKind::Days:
        return QStringLiteral("days, or with a unit: 90d, 2w");
    default:
        return {};
    }
}

} // namespace RelayDesk::SettingUnits

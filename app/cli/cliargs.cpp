#include "app/cli/cliargs.h"
#include "app/cli/clinearest.h"

#include <algorithm>

namespace RelayDesk {

namespace {

QString givenTwice(const QString& option)
{
    return QStringLiteral("%1 given more than once").arg(option);
}

} // namespace

Expected<bool> CliArgs::takeFlag(QStringList& words, const QString& flag)
{
    const qsizetype end = words.indexOf(QStringLiteral("--"));
    const auto before = [end](qsizetype at) { return at >= 0 && (end < 0 || at < end); };
    const qsizetype at = words.indexOf(flag);
    if (!before(at))
        return false;
    words.removeAt(at);
    if (before(words.indexOf(flag)))
        return Expected<bool>::failure(givenTwice(flag));
    return true;
}

Expected<CliArgs> CliArgs::parse(const QStringList& args, const QStringList& valueOptions,
                                 const QStringList& repeatableOptions)
{
    CliArgs result;
    bool optionsEnded = false;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& arg = args[i];
        if (optionsEnded || !arg.startsWith(QLatin1String("--")) || arg.size() == 2) {
            if (!optionsEnded && arg == QLatin1String("--")) {
                optionsEnded = true;
                continue;
            }
            result.positional << arg;
            continue;
        }
        QString name = arg;
        QString value;
        const qsizetype equals = arg.indexOf(QLatin1Char('='));
        bool hasValue = false;
        if (equals > 0) {
            name = arg.left(equals);
            value = arg.mid(equals + 1);
            hasValue = true;
        }
        const bool repeatable = repeatableOptions.contains(name);
        if (!repeatable && !valueOptions.contains(name))
            // "--alow-ip": the option meant, as for a mistyped command (an outside tester).
            return Expected<CliArgs>::failure(
                QStringLiteral("unknown option %1%2")
                    .arg(name, CliNearest::suggestion(name, valueOptions + repeatableOptions)));
        // A second value of a single-value option would be dropped without a word.
        if (!repeatable && result.options.contains(name))
            return Expected<CliArgs>::failure(givenTwice(name));
        if (!hasValue) {
            if (i + 1 >= args.size())
                return Expected<CliArgs>::failure(QStringLiteral("%1 needs a value").arg(name));
            value = args[++i];
        }
        result.options.insert(name, value);
    }
    return result;
}

QStringList CliArgs::values(const QString& option) const
{
    QStringList list = options.values(option); // QMultiHash: most recently inserted first
    std::reverse(list.begin(), list.end());
    return list;
}

Expected<int> CliArgs::number(const QString& option, int fallback, int min, int max) const
{
    const QStringList given = values(option);
    if (given.isEmpty())
        return fallback;
    bool ok = false;
    const int n = given.last().toInt(&ok);
    if (!ok || n < min || n > max)
        return Expected<int>::failure(
            QStringLiteral("%1 must be a whole number from %2 to %3").arg(option).arg(min).arg(max));
    return n;
}

} // namespace RelayDesk

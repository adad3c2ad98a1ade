#include "app/cli/cliargs.h"

#include <algorithm>

namespace RelayDesk {

bool CliArgs::takeFlag(QStringList& words, const QString& flag)
{
    const qsizetype end = words.indexOf(QStringLiteral("--"));
    const qsizetype at = words.indexOf(flag);
    if (at < 0 || (end >= 0 && at > end))
        return false;
    words.removeAt(at);
    return true;
}

Expected<CliArgs> CliArgs::parse(const QStringList& args, const QStringList& valueOptions)
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
        if (!valueOptions.contains(name))
            return Expected<CliArgs>::failure(QStringLiteral("unknown option %1").arg(name));
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

} // namespace RelayDesk

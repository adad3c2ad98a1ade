#include "app/datadiroption.h"

#include <QFileInfo>

namespace RelayDesk {

bool DataDirOption::matches(const QString& arg)
{
    return arg == QLatin1String("--data-dir") || arg.startsWith(QLatin1String("--data-dir="));
}

Expected<QString> DataDirOption::take(const QStringList& args, qsizetype* i)
{
    const QString& arg = args[*i];
    const bool joined = arg.contains(QLatin1Char('='));
    QString dir;
    if (joined)
        dir = arg.section(QLatin1Char('='), 1);
    else if (*i + 1 < args.size())
        dir = args[++*i];
    if (dir.isEmpty())
        return Expected<QString>::failure(QStringLiteral("--data-dir needs a directory"));
    return QFileInfo(dir).absoluteFilePath();
}

} // namespace RelayDesk

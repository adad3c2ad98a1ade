#include "app/cli/clihelp.h"

#include <QJsonArray>
#include <QJsonObject>

namespace RelayDesk {

namespace {

bool isHelp(const QString& word)
{
    return word == QLatin1String("--help") || word == QLatin1String("-h");
}

} // namespace

bool CliHelp::asked(const QStringList& words)
{
    for (const QString& word : words) {
        if (word == QLatin1String("--"))
            return false;
        if (isHelp(word))
            return true;
    }
    return false;
}

int CliHelp::print(const QString& group, const QList<CliVerb>& verbs, const QStringList& words,
                   const CliOutput& out)
{
    QList<CliVerb> shown;
    const bool oneCommand = verbs.size() == 1 && verbs.first().name[0] == '\0'; // status, sessions, reload
    const QString verb = words.value(0);
    if (oneCommand || isHelp(verb)) {
        shown = verbs;
    } else {
        const CliVerb* found =
            CliVerb::find(std::span<const CliVerb>(verbs.constData(), size_t(verbs.size())), verb);
        if (!found)
            return out.error(ExitUsage,
                             CliVerb::unknown(group.toLatin1().constData(), verb, CliVerb::namesOf(verbs)));
        shown << *found;
    }
    QStringList lines;
    for (const CliVerb& each : std::as_const(shown))
        lines << QStringLiteral("relaydesk ") + QString::fromLatin1(each.synopsis);
    if (out.isJson()) {
        QJsonObject usage{{QStringLiteral("usage"), QJsonArray::fromStringList(lines)}};
        if (shown.size() == 1 && shown.first().summary)
            usage.insert(QStringLiteral("summary"), QString::fromLatin1(shown.first().summary));
        out.json(usage);
        return ExitOk;
    }
    for (qsizetype i = 0; i < lines.size(); ++i)
        out.line((i == 0 ? QStringLiteral("Usage: ") : QStringLiteral("       ")) + lines[i]);
    if (shown.size() == 1 && shown.first().summary)
        out.line(QString::fromLatin1(shown.first().summary));
    out.line(
        QStringLiteral("Global options, before or after the command: --data-dir DIR, --json, --log-level "
                       "LEVEL."));
    return ExitOk;
}

} // namespace RelayDesk

#include "app/cli/cliverb.h"
#include "app/cli/clinearest.h"

namespace RelayDesk {

const CliVerb* CliVerb::find(std::span<const CliVerb> verbs, const QString& name)
{
    for (const CliVerb& verb : verbs) {
        if (name == QLatin1String(verb.name))
            return &verb;
    }
    return nullptr;
}

QStringList CliVerb::names(std::span<const CliVerb> verbs)
{
    QStringList names;
    for (const CliVerb& verb : verbs)
        names << QString::fromLatin1(verb.name);
    return names;
}

QStringList CliVerb::namesOf(const QList<CliVerb>& verbs)
{
    return names(std::span<const CliVerb>(verbs.constData(), size_t(verbs.size())));
}

QList<CliVerb> CliVerb::list(std::span<const CliVerb> verbs)
{
    return QList<CliVerb>(verbs.begin(), verbs.end());
}

QString CliVerb::unknown(const char* group, const QString& name, std::span<const CliVerb> verbs)
{
    return unknown(group, name, names(verbs));
}

QString CliVerb::unknown(const char* group, const QString& name, const QStringList& verbNames)
{
    const QString problem =
        name.isEmpty()
            ? QStringLiteral("missing subcommand")
            : QStringLiteral("unknown subcommand '%1'%2").arg(name, CliNearest::suggestion(name, verbNames));
    return QStringLiteral("%1: %2 (subcommands: %3)")
        .arg(QString::fromLatin1(group), problem, verbNames.join(QStringLiteral(", ")));
}

QString CliVerb::checkArguments(const QStringList& words) const
{
    if (words.size() == arguments)
        return {};
    const QString problem = words.size() < arguments
                                ? QStringLiteral("missing argument")
                                : QStringLiteral("unexpected argument '%1'").arg(words.value(arguments));
    return QStringLiteral("%1 (usage: relaydesk %2)").arg(problem, QString::fromLatin1(synopsis));
}

QString CliVerb::checkId(const QString& id) const
{
    if (!id.trimmed().isEmpty())
        return {};
    return QStringLiteral("the ID is empty (usage: relaydesk %1)").arg(QString::fromLatin1(synopsis));
}

} // namespace RelayDesk

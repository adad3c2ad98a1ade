// relaydesk config ...: the relay's settings, validated by their definitions.
#include "app/cli/cliargs.h"
#include "app/cli/clicommands.h"
#include "app/cli/cliverb.h"
#include "core/store/settings.h"

#include <QJsonArray>
#include <QJsonObject>

namespace RelayDesk {

namespace {

const CliVerb verbs[] = {
    {"get", 1, "config get KEY"},
    {"set", 2, "config set KEY VALUE [KEY VALUE]..."},
    {"list", 0, "config list"},
    {"reset", 1, "config reset KEY"},
};

QJsonObject settingJson(const SettingDefinition& definition, const QString& value)
{
    return QJsonObject{
        {QStringLiteral("key"), definition.key},
        {QStringLiteral("value"), value},
        {QStringLiteral("default"), definition.defaultValue},
        {QStringLiteral("is_default"), value == definition.defaultValue},
        {QStringLiteral("description"), definition.description},
    };
}

int list(const Settings& settings, const CliOutput& out)
{
    QJsonArray array;
    QList<QStringList> rows;
    for (const SettingDefinition& definition : Settings::definitions()) {
        const QString value = settings.value(definition.key);
        array.append(settingJson(definition, value));
        rows << QStringList{definition.key, value.isEmpty() ? QStringLiteral("\"\"") : value,
                            value == definition.defaultValue ? QStringLiteral("(default)") : QString(),
                            definition.description};
    }
    out.json(array);
    out.table({QStringLiteral("KEY"), QStringLiteral("VALUE"), QString(), QStringLiteral("DESCRIPTION")},
              rows);
    return ExitOk;
}

int set(Settings& settings, const QStringList& words, const CliOutput& out)
{
    QList<std::pair<QString, QString>> values;
    for (qsizetype i = 0; i + 1 < words.size(); i += 2) {
        const QString& key = words[i];
        const QString& value = words[i + 1];
        const SettingDefinition* definition = Settings::definition(key);
        if (!definition)
            return out.error(ExitUsage,
                             QStringLiteral("unknown setting '%1' (see 'relaydesk config list')").arg(key));
        // Validate here too, so that a bad value is a usage error (2) and only a refusal of the whole is 1.
        if (definition->validate) {
            if (const QString problem = definition->validate(value); !problem.isEmpty())
                return out.error(ExitUsage, QStringLiteral("%1: %2").arg(key, problem));
        }
        values.append({key, value});
    }
    const Status status = settings.setAll(values);
    if (!status)
        return out.error(ExitFailure, status.error());
    QJsonArray array;
    for (const auto& [key, value] : values) {
        out.line(QStringLiteral("%1 = %2").arg(key, value));
        array.append(settingJson(*Settings::definition(key), settings.value(key)));
    }
    out.json(values.size() == 1 ? QJsonValue(array.first()) : QJsonValue(array));
    return ExitOk;
}

} // namespace

int runConfigCommand(const QString& dataDir, const QStringList& args, const CliOutput& out)
{
    const QString verb = args.value(0);
    const CliVerb* found = CliVerb::find(verbs, verb);
    if (!found)
        return out.error(ExitUsage, CliVerb::unknown("config", verb, verbs));
    const auto parsed = CliArgs::parse(args.mid(1), {});
    if (!parsed)
        return out.error(ExitUsage, QStringLiteral("config %1: %2").arg(verb, parsed.error()));
    // "set" takes several KEY VALUE pairs, stored together or not at all (tls.certificate with tls.key).
    const QStringList& words = parsed->positional;
    const bool pairs = verb == QLatin1String("set") && words.size() > 2 && words.size() % 2 == 0;
    if (const QString problem = found->checkArguments(pairs ? words.mid(0, 2) : words); !problem.isEmpty())
        return out.error(ExitUsage, QStringLiteral("config %1: %2").arg(verb, problem));

    Settings settings(dataDir);
    if (verb == QLatin1String("list"))
        return list(settings, out);
    if (verb == QLatin1String("set"))
        return set(settings, words, out);
    const QString& key = parsed->positional[0];
    const SettingDefinition* definition = Settings::definition(key);
    if (!definition)
        return out.error(ExitUsage,
                         QStringLiteral("unknown setting '%1' (see 'relaydesk config list')").arg(key));
    if (verb == QLatin1String("reset")) {
        const Status status = settings.reset(key);
        if (!status)
            return out.error(ExitFailure, status.error());
        out.line(QStringLiteral("%1 = %2 (default)").arg(key, definition->defaultValue));
        out.json(settingJson(*definition, settings.value(key)));
        return ExitOk;
    }
    const QString value = settings.value(key);
    out.line(value);
    out.json(settingJson(*definition, value));
    return ExitOk;
}

} // namespace RelayDesk

#include "core/admin/settingsadmin.h"
#include "core/admin/configchangelog.h"

#include "core/store/database.h"
#include "core/store/settings.h"

#include <QSqlError>
#include <QSqlQuery>

namespace RelayDesk {

namespace {

SettingInfo infoOf(const SettingDefinition& definition, const QString& value)
{
    return SettingInfo{
        definition.key,     definition.defaultValue, definition.description, value,
        definition.kind,    definition.needsRestart, definition.choices,     definition.minimum,
        definition.maximum, definition.filePath};
}

QString unknownSetting(const QString& key)
{
    return QStringLiteral("unknown setting '%1'").arg(key);
}

} // namespace

SettingsAdmin::SettingsAdmin(QString dataDir) : m_dataDir(std::move(dataDir)) {}

QList<SettingInfo> SettingsAdmin::definitions()
{
    QList<SettingInfo> all;
    for (const SettingDefinition& definition : Settings::definitions())
        all << infoOf(definition, definition.defaultValue);
    return all;
}

std::optional<SettingInfo> SettingsAdmin::definition(const QString& key)
{
    const SettingDefinition* definition = Settings::definition(key);
    if (!definition)
        return std::nullopt;
    return infoOf(*definition, definition->defaultValue);
}

QString SettingsAdmin::valueProblem(const QString& key, const QString& value)
{
    const SettingDefinition* definition = Settings::definition(key);
    return definition ? Settings::problem(*definition, value) : QString();
}

QString SettingsAdmin::problem(const QString& key, const QString& value)
{
    if (!Settings::definition(key))
        return unknownSetting(key);
    const QString problem = valueProblem(key, value);
    return problem.isEmpty() ? QString() : QStringLiteral("%1: %2").arg(key, problem);
}

Status SettingsAdmin::readable() const
{
    // Settings::value() falls back to the default of a setting it cannot read: a face that showed those would
    // show the defaults as the relay's settings while the store is away, and a save would write them.
    auto db = Database::connection(m_dataDir);
    if (!db)
        return Status::failure(db.error());
    QSqlQuery query(db.value());
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM settings")))
        return Status::failure(query.lastError().text());
    return {};
}

Expected<QList<SettingInfo>> SettingsAdmin::list() const
{
    if (const Status readable = this->readable(); !readable)
        return Expected<QList<SettingInfo>>::failure(readable.error());
    const Settings settings(m_dataDir);
    QList<SettingInfo> all;
    for (const SettingDefinition& definition : Settings::definitions())
        all << infoOf(definition, settings.value(definition.key));
    return all;
}

Expected<SettingInfo> SettingsAdmin::get(const QString& key) const
{
    const SettingDefinition* definition = Settings::definition(key);
    if (!definition)
        return Expected<SettingInfo>::failure(unknownSetting(key));
    if (const Status readable = this->readable(); !readable)
        return Expected<SettingInfo>::failure(readable.error());
    return infoOf(*definition, Settings(m_dataDir).value(key));
}

QString SettingsAdmin::value(const QString& key) const
{
    return Settings(m_dataDir).value(key);
}

Status SettingsAdmin::set(const QList<std::pair<QString, QString>>& values)
{
    // Settings::setAll checks each value with the same validators (the text of problem()), then the values
    // together, and writes them in one transaction.
    const Status status = Settings(m_dataDir).setAll(values);
    if (status) {
        for (const auto& [key, typed] : values) {
            const SettingDefinition* definition = Settings::definition(key);
            const QString value = definition ? Settings::storedForm(*definition, typed) : typed;
            ConfigChangeLog::record(status, LogLine("config_changed")
                                                .add("key", key)
                                                .add("value", ConfigChangeLog::shownValue(key, value)));
        }
    }
    return status;
}

Status SettingsAdmin::reset(const QStringList& keys)
{
    const Status status = Settings(m_dataDir).resetAll(keys);
    if (!status)
        return status;
    for (const QString& key : keys)
        ConfigChangeLog::record(status, LogLine("config_reset").add("key", key));
    return status;
}

QString SettingsAdmin::smarthostEndpoint(const QString& hostPort)
{
    return Settings::smarthostEndpoint(hostPort);
}

} // namespace RelayDesk

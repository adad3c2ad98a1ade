#include "core/engine/pendingrestart.h"

#include "core/store/settings.h"

namespace RelayDesk {

QList<PendingRestart> PendingRestart::between(const QMap<QString, QString>& startedWith,
                                              const QMap<QString, QString>& stored)
{
    QList<PendingRestart> pending;
    for (const SettingDefinition& definition : Settings::definitions()) {
        if (!definition.needsRestart || !stored.contains(definition.key))
            continue;
        const QString running = startedWith.value(definition.key, definition.defaultValue);
        const QString now = stored.value(definition.key);
        if (now != running)
            pending.append({definition.key, running, now});
    }
    return pending;
}

bool PendingRestart::needsRestart(const QString& key)
{
    const SettingDefinition* definition = Settings::definition(key);
    return definition && definition->needsRestart;
}

} // namespace RelayDesk

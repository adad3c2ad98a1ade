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

void PendingRestart::sortChanges(const QMap<QString, QString>& applied,
                                 const QMap<QString, QString>& startedWith,
                                 const QMap<QString, QString>& stored, QStringList* live,
                                 QStringList* waiting)
{
    for (auto it = stored.cbegin(); it != stored.cend(); ++it) {
        if (applied.value(it.key()) == it.value())
            continue;
        const QString entry = QStringLiteral("%1=%2").arg(it.key(), it.value());
        if (needsRestart(it.key()) && it.value() != startedWith.value(it.key()))
            *waiting << entry;
        else
            *live << entry;
    }
}

bool PendingRestart::needsRestart(const QString& key)
{
    const SettingDefinition* definition = Settings::definition(key);
    return definition && definition->needsRestart;
}

} // namespace RelayDesk

#include "ui/settingssave.h"

#include "core/admin/routeadmin.h"
#include "core/admin/settingsadmin.h"
#include "ui/routeseditor.h"

namespace RelayDesk {

namespace {

/// Whether a save would leave the smarthost user name without a password, with which delivery would log in
/// (docs/operations.md, "Smarthost TLS"): the stored password is read when none is typed.
bool leavesUserWithoutPassword(const QString& dataDir, const SettingsSaveRequest& request)
{
    const auto saved = request.passwordChanged ? std::optional<QByteArray>(request.password) : std::nullopt;
    return !RouteAdmin(dataDir).smarthostPasswordProblem(request.username, saved).isEmpty();
}

} // namespace

QList<std::pair<QString, QString>> SettingsSave::changedSince(const QString& dataDir,
                                                              const QHash<QString, QString>& readValues)
{
    QList<std::pair<QString, QString>> changed;
    if (readValues.isEmpty())
        return changed;
    const auto settings = SettingsAdmin(dataDir).list();
    if (!settings)
        return changed; // the save itself says what is wrong with the store
    for (const SettingInfo& setting : settings.value()) {
        const auto read = readValues.constFind(setting.key);
        if (read != readValues.cend() && read.value() != setting.value)
            changed.append({setting.key, setting.value});
    }
    return changed;
}

SettingsSaveResult SettingsSave::run(const QString& dataDir, const SettingsSaveRequest& request)
{
    SettingsSaveResult result;
    // A change made elsewhere is not overwritten unseen; the window between this read and the write is the
    // time of one query.
    result.changedElsewhere = changedSince(dataDir, request.readValues);
    if (!result.changedElsewhere.isEmpty())
        return result;
    result.passwordMissing = leavesUserWithoutPassword(dataDir, request);
    if (result.passwordMissing)
        return result;
    // A route that would be refused refuses the whole save, before anything is stored (an outside tester's
    // first-retry change was saved while the route beside it was refused).
    if (request.routesChanged) {
        result.settings = RoutesEditor::check(dataDir, request.storedRoutes, request.routes);
        if (!result.settings)
            return result;
    }
    if (!request.values.isEmpty())
        result.settings = SettingsAdmin(dataDir).set(request.values);
    if (!result.settings)
        return result;
    if (const auto stored = SettingsAdmin(dataDir).list(); stored) {
        for (const SettingInfo& setting : stored.value())
            result.saved.insert(setting.key, setting.value);
    }
    if (request.routesChanged)
        result.routes = RoutesEditor::apply(dataDir, request.storedRoutes, request.routes);
    if (request.passwordChanged)
        result.password = RouteAdmin(dataDir).setSmarthostPassword(request.password);
    return result;
}

} // namespace RelayDesk

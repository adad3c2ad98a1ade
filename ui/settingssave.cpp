#include "ui/settingssave.h"

#include "core/admin/nodeadmin.h"
#include "core/admin/routeadmin.h"
#include "core/admin/settingsadmin.h"
#include "core/util/hostport.h"
#include "ui/portprobe.h"
#include "ui/routeseditor.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

namespace RelayDesk {

namespace {

/// Whether a save would leave the smarthost user name without a password, with which delivery would log in
/// (docs/operations.md, "Smarthost TLS"): the stored password is read when none is typed.
bool leavesUserWithoutPassword(const QString& dataDir, const SettingsSaveRequest& request)
{
    const auto saved = request.passwordChanged ? std::optional<QByteArray>(request.password) : std::nullopt;
    return !RouteAdmin(dataDir).smarthostPasswordProblem(request.username, saved).isEmpty();
}

/// Whether every listening socket on port is one of this relay's listener addresses (own, as configured).
bool heldOnlyByThisRelay(quint16 port, const QSet<QString>& own)
{
    QList<QHostAddress> ours;
    for (const QString& address : own) {
        if (const auto endpoint = HostPort::parse(address); endpoint && endpoint->port == port)
            ours << endpoint->address;
    }
    const QList<QHostAddress> holders = listeningAddresses(port);
    if (ours.isEmpty() || holders.isEmpty())
        return false;
    for (const QHostAddress& holder : holders) {
        if (!ours.contains(holder))
            return false;
    }
    return true;
}

/// Refuses a listener address that another program holds (the wizard checks the same): saved, it closed
/// the working listener and left the new one down (an outside tester's submission port). The addresses this
/// relay listens on now are its own, free or not; a port it may not bind (below 1024) is left to the relay,
/// which may hold the right to it.
Status listenerAddressesFree(const QString& dataDir, const SettingsSaveRequest& request)
{
    static const QRegularExpression addressKey(QStringLiteral("^listener\\.([a-z]+)\\.address$"));
    const SettingsAdmin settings(dataDir);
    const NodeAdmin node(dataDir);
    QHash<QString, QString> wanted;
    for (const auto& [key, value] : request.values)
        wanted.insert(key, value);
    QSet<QString> own;
    for (const QString& name :
         {QStringLiteral("submission"), QStringLiteral("smtps"), QStringLiteral("lan")}) {
        const QString key = QStringLiteral("listener.%1.address").arg(name);
        const QString nodeOwn = node.ownAddress(key);
        own.insert(nodeOwn.isEmpty() ? settings.value(key) : nodeOwn);
    }
    for (const auto& [key, value] : request.values) {
        const QRegularExpressionMatch match = addressKey.match(key);
        if (!match.hasMatch() || own.contains(value.trimmed()))
            continue;
        const QString enabledKey = QStringLiteral("listener.%1.enabled").arg(match.captured(1));
        if (wanted.value(enabledKey, settings.value(enabledKey)) != QLatin1String("true"))
            continue; // a listener that is off binds nothing
        const auto endpoint = HostPort::parse(value.trimmed());
        if (!endpoint)
            continue; // the store refuses it with its own words
        const auto error = portBindError(endpoint.value());
        // The port held only by this relay's own listeners (127.0.0.1:2525 becoming 0.0.0.0:2525, to let the
        // office's printers in): the relay moves its listener itself, as `config set` did, where the window
        // blamed "another program" (an outside tester).
        if (error == QAbstractSocket::AddressInUseError && heldOnlyByThisRelay(endpoint->port, own))
            continue;
        if (error == QAbstractSocket::AddressInUseError)
            return Status::failure(
                QCoreApplication::translate("RelayDesk::SettingsSave",
                                            "%1 is in use by another program: choose another port")
                    .arg(value.trimmed()));
        if (error == QAbstractSocket::SocketAddressNotAvailableError)
            return Status::failure(QCoreApplication::translate("RelayDesk::SettingsSave",
                                                               "%1 is no address of this computer: use one "
                                                               "it has (127.0.0.1, or 0.0.0.0 for every "
                                                               "network)")
                                       .arg(value.trimmed()));
    }
    return {};
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
    result.settings = listenerAddressesFree(dataDir, request);
    if (!result.settings)
        return result;
    // Where several nodes share the store, what belongs to one node (its host name, its listeners' addresses)
    // is saved for this node alone: "This relay" in one node's window renamed every node, and each made a
    // new certificate (an outside tester). So is a value this node already has of its own.
    result.settings = NodeAdmin(dataDir).saveWhereTheyBelong(request.values);
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

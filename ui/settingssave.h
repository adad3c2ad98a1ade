#pragma once

#include "core/routing/routetable.h"
#include "core/util/expected.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <utility>

namespace RelayDesk {

/// What the Settings page asks one Save to store: the changed settings, the routes and the smarthost
/// password, with what the page last read of each setting.
struct SettingsSaveRequest
{
    QList<std::pair<QString, QString>> values; ///< the changed settings, as the page holds them
    QHash<QString, QString> readValues;        ///< what the page last read of those settings
    bool routesChanged = false;
    QList<RouteEntry> storedRoutes; ///< the routes as the page read them
    QList<RouteEntry> routes;       ///< the routes as the person left them
    bool passwordChanged = false;
    QByteArray password; ///< empty with passwordChanged: forget the stored one
    QString username;    ///< the smarthost user name to check, when it or the password changes
};

/// What one Save did: the settings (all or none), then the routes, then the smarthost password. A route that
/// would be refused fails `settings`: nothing was saved.
struct SettingsSaveResult
{
    /// Settings this save would change that were changed elsewhere (the command line, another window or
    /// node) since the page read them, with their new values: nothing was saved.
    QList<std::pair<QString, QString>> changedElsewhere;
    bool passwordMissing = false; ///< a smarthost user name without a password: nothing was saved
    Status settings;
    QHash<QString, QString> saved; ///< every setting as stored after the save (numbers written plainly)
    Status routes;
    Status password;
};

/// The Settings page's Save on a worker thread: nothing over a change made elsewhere meanwhile, every value
/// checked alone and together (a smarthost that is not this relay) and stored in one transaction or not at
/// all; then the routes (checked against the listeners just saved) and the password.
class SettingsSave final
{
public:
    static SettingsSaveResult run(const QString& dataDir, const SettingsSaveRequest& request);
    /// The settings among readValues whose stored value is no longer the one read, with their new values.
    static QList<std::pair<QString, QString>> changedSince(const QString& dataDir,
                                                           const QHash<QString, QString>& readValues);
};

} // namespace RelayDesk

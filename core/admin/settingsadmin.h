#pragma once

#include "core/admin/settinginfo.h"
#include "core/util/expected.h"

#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace RelayDesk {

/// The relay's settings for the faces: the definitions, the stored values, and changes that are validated
/// once, here, and stored together or not at all. Uses the calling thread's connection (call it off the GUI
/// thread).
class SettingsAdmin final
{
public:
    explicit SettingsAdmin(QString dataDir);

    /// Every setting in display order, with its default as value.
    static QList<SettingInfo> definitions();
    static std::optional<SettingInfo> definition(const QString& key);
    /// What is wrong with value for key alone (empty if fine, or if key is unknown); the text a field shows.
    static QString valueProblem(const QString& key, const QString& value);
    /// The one error text of a bad pair: "unknown setting 'k'" or "k: what is wrong". Empty if fine.
    static QString problem(const QString& key, const QString& value);
    /// The server a smarthost setting names, as its pin and skipped verification belong to it
    /// (Settings::smarthostEndpoint).
    static QString smarthostEndpoint(const QString& hostPort);

    /// Every setting with its stored value (or its default).
    /// Whether the store's settings can be read now (list() and get() fail when not, rather than show the
    /// defaults as the relay's settings).
    Status readable() const;
    Expected<QList<SettingInfo>> list() const;
    Expected<SettingInfo> get(const QString& key) const;
    QString value(const QString& key) const;
    /// Validates each value, then what they mean together with the stored ones (a certificate with its
    /// key, a smarthost that is not this relay), and stores them all in one transaction, or none.
    Status set(const QList<std::pair<QString, QString>>& values);
    Status set(const QString& key, const QString& value) { return set({{key, value}}); }
    /// Back to the default: the stored value is removed, unless the default would not fit the other settings
    /// (half a certificate pair).
    Status reset(const QString& key) { return reset(QStringList{key}); }
    /// Several keys back to their defaults together, or none.
    Status reset(const QStringList& keys);

private:
    QString m_dataDir;
};

} // namespace RelayDesk

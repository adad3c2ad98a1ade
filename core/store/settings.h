#pragma once

#include "core/util/expected.h"
#include "core/util/settingkind.h"

#include <QMap>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <utility>

namespace RelayDesk {

/// One configuration key: its name, default, and a validator that explains a bad value.
struct SettingDefinition
{
    QString key;
    QString defaultValue;
    QString description;
    /// Returns an empty string if value is acceptable, otherwise what is wrong with it.
    QString (*validate)(const QString& value) = nullptr;
    /// How the stored text reads (seconds, octets, a choice...), for faces that show human units.
    SettingKind kind = SettingKind::Text;
    /// The running engine reads it only when it starts; false: it picks a change up while running.
    bool needsRestart = true;
    /// The accepted values of a Choice, in the order a face offers them.
    QStringList choices = {};
    /// A number (Count, Seconds, Octets, Days, Port): the smallest and the largest value accepted, in the
    /// stored unit. The largest keeps every timer within its range (seconds as int milliseconds) and every
    /// count within what the relay can hold; 0 for the other kinds.
    qint64 minimum = 0;
    qint64 maximum = 0;
    /// The name of a file: stored as an absolute path, so that an engine started in another directory reads
    /// it.
    bool filePath = false;
};

/// The relay's configuration, stored in the settings table of the data directory.
class Settings final
{
public:
    explicit Settings(QString dataDir);
    QString dataDir() const { return m_dataDir; }

    static const QList<SettingDefinition>& definitions();
    static const SettingDefinition* definition(const QString& key);

    /// The stored value, or the key's default.
    QString value(const QString& key) const;
    /// A number setting's value, within its bounds even if an older version stored one beyond them.
    int intValue(const QString& key) const;
    /// What typed is stored as: a number or a port in its plain form ("+0100 " is "100", CanonicalSetting),
    /// a file's name as an absolute path. setAll stores this; problem() checks it.
    static QString storedForm(const SettingDefinition& definition, const QString& typed);
    /// What is wrong with value (in its stored form) for the setting, in words for a person; empty if
    /// nothing.
    static QString problem(const SettingDefinition& definition, const QString& value);
    bool boolValue(const QString& key) const;
    /// Every defined key with its stored value or default, read in one query (a running engine compares
    /// them to what it applied last).
    QMap<QString, QString> values() const;
    /// Validates and stores; changes nothing and says why if key or value are bad.
    Status set(const QString& key, const QString& value);
    /// Validates each value, then what they mean together with the stored ones (a smarthost that is not
    /// this relay's own listener), and stores them all in one transaction, or none. A file's name is stored
    /// as an absolute path.
    Status setAll(const QList<std::pair<QString, QString>>& typed);
    /// Back to the default, after the same checks as setAll on the defaults; changes nothing if refused.
    Status reset(const QString& key);
    /// Several keys back to their defaults in one transaction (tls.certificate with tls.key), or none.
    Status resetAll(const QStringList& keys);

    /// What is wrong with this node's own value of a node key (DATA_DIR/node.conf; empty: the shared value
    /// again) together with the other settings as this node sees them, checked as setAll checks a shared
    /// value (two listeners on one port, a listener that is the smarthost); empty if nothing.
    QString nodeValueProblem(const QString& key, const QString& ownValue) const;
    /// The same for several of this node's own values at once (a certificate with its key).
    QString nodeValuesProblem(const QList<std::pair<QString, QString>>& ownValues) const;

    /// The server a smarthost setting names, as its certificate exceptions belong to it: host and port
    /// (another port of the same host may be another server with another certificate), or the text itself.
    static QString smarthostEndpoint(const QString& hostPort);

    /// A file setting's path as this data directory reads it. A file the relay wrote into a data directory's
    /// tls/ folder (an import, a restore) is read from this directory's tls/ folder when it is there: a data
    /// directory moved or copied to another path keeps its certificate, not the old path's (an outside
    /// tester's moved relay started no listener). Any other path is as stored.
    static QString ownFile(const QString& dataDir, const QString& path);

private:
    /// The value in the store that the nodes share (or the default), whatever this node's own says.
    QString sharedValue(const QString& key) const;
    QString crossCheck(const QList<std::pair<QString, QString>>& values) const;
    /// The smarthost's certificate exceptions (its pin, its skipped verification) that a change of values
    /// ends: they belong to the host and port they were made for, and a new one given without one of its own
    /// is verified (an outside tester's `config set delivery.smarthost` to another host sent the stored
    /// password there unverified).
    QList<std::pair<QString, QString>>
    exceptionsEndedBy(const QList<std::pair<QString, QString>>& values) const;

    QString m_dataDir;
};

} // namespace RelayDesk

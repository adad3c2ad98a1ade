#pragma once

#include "core/util/settingkind.h"

#include <QString>
#include <QStringList>

namespace RelayDesk {

/// One relay setting as the faces show and edit it: its definition and (in a listing) its value.
struct SettingInfo
{
    QString key;
    QString defaultValue;
    QString description;
    QString value;
    /// How the stored text reads: a face shows seconds as minutes or days, octets as megabytes.
    SettingKind kind = SettingKind::Text;
    /// A change reaches a running relay only when it restarts (else within about a second,
    /// docs/operations.md).
    bool needsRestart = true;
    /// The accepted values of a Choice.
    QStringList choices;
    /// A number's bounds, in the stored unit (maximum 0: not a number).
    qint64 minimum = 0;
    qint64 maximum = 0;
    /// It names a file (a certificate, a key, a CA file), stored as an absolute path.
    bool filePath = false;
    bool isDefault() const { return value == defaultValue; }
    /// A true/false setting (a check box in the GUI).
    bool isBoolean() const
    {
        return defaultValue == QLatin1String("true") || defaultValue == QLatin1String("false");
    }
};

} // namespace RelayDesk

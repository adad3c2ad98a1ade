#pragma once

#include <QString>

namespace RelayDesk {

/// One relay setting as the faces show and edit it: its definition and (in a listing) its value.
struct SettingInfo
{
    QString key;
    QString defaultValue;
    QString description;
    QString value;
    bool isDefault() const { return value == defaultValue; }
    /// A true/false setting (a check box in the GUI).
    bool isBoolean() const
    {
        return defaultValue == QLatin1String("true") || defaultValue == QLatin1String("false");
    }
};

} // namespace RelayDesk

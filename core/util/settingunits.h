#pragma once

#include "core/util/settingkind.h"

#include <QString>
#include <QtGlobal>

namespace RelayDesk {

/// Values typed with a unit, as people write them ("15m", "5d", "25MB"), turned into the stored number of
/// seconds, days or octets. The command line's `config set` takes them; the window has unit fields instead.
namespace SettingUnits {

/// The units both faces use: the window's unit fields and the command line's suffixes.
constexpr qint64 secondsPerMinute = 60;
constexpr qint64 secondsPerHour = 60 * secondsPerMinute;
constexpr qint64 secondsPerDay = 24 * secondsPerHour;
constexpr qint64 secondsPerWeek = 7 * secondsPerDay;
constexpr qint64 octetsPerKilobyte = 1024;
constexpr qint64 octetsPerMegabyte = 1024 * octetsPerKilobyte; ///< the window's "MB"
constexpr qint64 octetsPerGigabyte = 1024 * octetsPerMegabyte;
/// The least message size limit: RFC 5321 4.5.3.1.7 has every relay take messages of 64K octets.
constexpr qint64 minimumMessageSizeLimit = 64 * octetsPerKilobyte;

/// The stored form of typed for a setting of kind: "15m" is "900" for Seconds, "25MB" is "26214400" for
/// Octets (MB and MiB are 1,048,576 octets, as the window's MB field counts; KB 1,024, GB 1,073,741,824),
/// "7d" is "7" for Days. A plain number, a value of another kind, and anything it cannot read come back
/// unchanged, so that the setting's own validator explains what is wrong.
QString toStored(SettingKind kind, const QString& typed);

/// The stored value in the largest unit that shows it exactly, for people reading a list: "900" seconds is
/// "15 min", "432000" is "5 days", "26214400" octets is "25 MB". Empty where the stored number already reads
/// well (seconds below a minute, days, zero) or for kinds without units.
QString humanForm(SettingKind kind, const QString& stored);

/// The units typed values of kind may carry, for an error message ("" for kinds without units).
QString unitHint(SettingKind kind);

} // namespace SettingUnits

} // namespace RelayDesk

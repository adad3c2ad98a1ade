#pragma once

#include <QDateTime>
#include <QString>

namespace RelayDesk {

/// The day a certificate expires, in the locale's short date with the year written out: years ahead,
/// "07.03.29" reads as a day of 2029 or of 1929, or as a time (an outside tester).
QString expiryDateText(const QDateTime& expiry);

} // namespace RelayDesk

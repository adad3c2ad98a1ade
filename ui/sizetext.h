#pragma once

#include <QLocale>
#include <QString>

namespace RelayDesk {

/// A size as the window shows it: in decimal units, as the settings count them (25 MB is 25,000,000 bytes),
/// with the locale's words for them ("41,98 ko" in French, "41,98 kB" in German), not "Kio" or "KiB", which
/// an outside tester's French office did not say.
inline QString sizeText(qint64 bytes, int precision = 2)
{
    return QLocale().formattedDataSize(bytes, precision, QLocale::DataSizeSIFormat);
}

} // namespace RelayDesk

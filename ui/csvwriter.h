#pragma once

#include <QIODevice>
#include <QLocale>
#include <QStringList>

namespace RelayDesk {

/// Writes RFC 4180 CSV: fields quoted when they hold the separator, a quote or a line break; CRLF line ends.
/// The separator is a comma, or the semicolon that spreadsheets expect where the comma is the decimal mark
/// (forSpreadsheetsOf()).
class CsvWriter final
{
public:
    explicit CsvWriter(QIODevice* device, QChar separator = QLatin1Char(','))
        : m_device(device), m_separator(separator)
    {
    }
    bool writeRow(const QStringList& fields);
    static QString escape(const QString& field, QChar separator = QLatin1Char(','));
    /// ';' where locale writes numbers with a decimal comma (German, French: Excel there splits on ';'), ','
    /// elsewhere.
    static QChar separatorFor(const QLocale& locale);

private:
    QIODevice* m_device;
    QChar m_separator;
};

} // namespace RelayDesk

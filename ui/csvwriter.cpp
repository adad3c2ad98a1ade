#include "ui/csvwriter.h"

namespace RelayDesk {

QString CsvWriter::escape(const QString& field, QChar separator)
{
    // Cells starting with = + - @ are prefixed so spreadsheets do not run them as formulas.
    QString value = field;
    if (!value.isEmpty() && QStringLiteral("=+-@").contains(value.front()))
        value.prepend(QLatin1Char('\''));
    if (!value.contains(separator) && !value.contains(QLatin1Char(',')) &&
        !value.contains(QLatin1Char('"')) && !value.contains(QLatin1Char('\n')) &&
        !value.contains(QLatin1Char('\r')))
        return value;
    value.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + value + QLatin1Char('"');
}

QChar CsvWriter::separatorFor(const QLocale& locale)
{
    return locale.decimalPoint() == QLatin1String(",") ? QLatin1Char(';') : QLatin1Char(',');
}

bool CsvWriter::writeRow(const QStringList& fields)
{
    QStringList escaped;
    escaped.reserve(fields.size());
    for (const QString& field : fields)
        escaped << escape(field, m_separator);
    const QByteArray line = escaped.join(m_separator).toUtf8() + "\r\n";
    return m_device->write(line) == line.size();
}

} // namespace RelayDesk

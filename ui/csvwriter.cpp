#include "ui/csvwriter.h"

namespace RelayDesk {

QString CsvWriter::escape(const QString& field)
{
    // Cells starting with = + - @ are prefixed so spreadsheets do not run them as formulas.
    QString value = field;
    if (!value.isEmpty() && QStringLiteral("=+-@").contains(value.front()))
        value.prepend(QLatin1Char('\''));
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"')) &&
        !value.contains(QLatin1Char('\n')) && !value.contains(QLatin1Char('\r')))
        return value;
    value.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + value + QLatin1Char('"');
}

bool CsvWriter::writeRow(const QStringList& fields)
{
    QStringList escaped;
    escaped.reserve(fields.size());
    for (const QString& field : fields)
        escaped << escape(field);
    const QByteArray line = escaped.join(QLatin1Char(',')).toUtf8() + "\r\n";
    return m_device->write(line) == line.size();
}

} // namespace RelayDesk

#pragma once

#include <QIODevice>
#include <QStringList>

namespace RelayDesk {

/// Writes RFC 4180 CSV: fields quoted when they hold a comma, quote or line break; CRLF line ends.
class CsvWriter final
{
public:
    explicit CsvWriter(QIODevice* device) : m_device(device) {}
    bool writeRow(const QStringList& fields);
    static QString escape(const QString& field);

private:
    QIODevice* m_device;
};

} // namespace RelayDesk

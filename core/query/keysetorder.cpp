#include "core/query/keysetorder.h"

namespace RelayDesk {

KeysetOrder::KeysetOrder(QString key, QString id, Qt::SortOrder order, int column)
    : m_key(std::move(key)), m_id(std::move(id)), m_order(order), m_column(column)
{
}

KeysetOrder KeysetOrder::forFilter(const LogFilter& filter, std::span<const char* const> keys, QString id,
                                   int naturalColumn, Qt::SortOrder naturalOrder)
{
    const auto keyOf = [&](int column) {
        return column >= 0 && std::size_t(column) < keys.size() ? QString(QLatin1String(keys[column]))
                                                                : QString();
    };
    if (!keyOf(filter.sortColumn).isEmpty())
        return KeysetOrder(keyOf(filter.sortColumn), std::move(id), filter.sortOrder, filter.sortColumn);
    return KeysetOrder(keyOf(naturalColumn), std::move(id), naturalOrder, naturalColumn);
}

QString KeysetOrder::orderBy() const
{
    const QString direction =
        m_order == Qt::AscendingOrder ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    if (!hasKey())
        return QStringLiteral(" ORDER BY ") + m_id + direction;
    return QStringLiteral(" ORDER BY ") + m_key + direction + QStringLiteral(", ") + m_id + direction;
}

QString KeysetOrder::after(const QString& id) const
{
    const QString op = m_order == Qt::AscendingOrder ? QStringLiteral(" > ") : QStringLiteral(" < ");
    const QString& column = id.isEmpty() ? m_id : id;
    if (!hasKey())
        return column + op + QLatin1Char('?');
    return QLatin1Char('(') + m_key + QStringLiteral(", ") + column + QLatin1Char(')') + op +
           QStringLiteral("(?, ?)");
}

} // namespace RelayDesk

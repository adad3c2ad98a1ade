#include "core/insight/keysetorder.h"

namespace RelayDesk {

KeysetOrder::KeysetOrder(QString key, QString id, Qt::SortOrder order)
    : m_key(std::move(key)), m_id(std::move(id)), m_order(order)
{
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

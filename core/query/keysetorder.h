#pragma once

#include "core/query/logfilter.h"

#include <QString>
#include <Qt>

#include <span>

namespace RelayDesk {

/// The order of a listing read a page at a time by keyset: a sort key and a unique id that breaks its ties,
/// both in one direction. The next page is what follows the last row shown, "(key, id) > (its key, its id)",
/// which costs the same at row 1,000,000 as at row 0 (OFFSET would read and drop every row before).
class KeysetOrder final
{
public:
    /// key: a NULL-free SQL expression (row values never compare NULL); empty: by id alone.
    KeysetOrder(QString key, QString id, Qt::SortOrder order, int column = -1);
    /// By the filter's sort column when it has one of keys (each column's key), else by naturalColumn
    /// (-1: by id alone) in naturalOrder.
    static KeysetOrder forFilter(const LogFilter& filter, std::span<const char* const> keys, QString id,
                                 int naturalColumn, Qt::SortOrder naturalOrder);

    bool hasKey() const { return !m_key.isEmpty(); }
    int column() const { return m_column; } ///< the column whose value is the key; -1: by id alone
    QString orderBy() const;                ///< " ORDER BY key ASC, id ASC"
    /// The condition that continues after a row: bind the row's key (if hasKey()), then its id. id may be
    /// written differently from the ORDER BY's (SQLite's "+r.id" keeps it from choosing a rowid range).
    QString after(const QString& id = {}) const;

private:
    QString m_key;
    QString m_id;
    Qt::SortOrder m_order;
    int m_column;
};

} // namespace RelayDesk

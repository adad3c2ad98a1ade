#pragma once

#include <QString>
#include <Qt>

namespace RelayDesk {

/// What the Queue and Delivery Logs views ask for: the filters a person set and the sort they chose.
struct LogFilter
{
    QString agent;  ///< exact agent name; empty: every agent
    QString status; ///< recipient state ("queued", "deferred", "delivered", "bounced", "suppressed", "held")
    qint64 fromMs = 0;   ///< received at or after; 0: no lower bound
    qint64 toMs = 0;     ///< received before; 0: no upper bound
    QString text;        ///< free text over sender, recipient and subject (a scan: no index helps)
    QString recipient;   ///< recipient address prefix, case-insensitive (served by an index)
    int sortColumn = -1; ///< a column of the view; -1: newest first
    Qt::SortOrder sortOrder = Qt::DescendingOrder;

    bool operator==(const LogFilter&) const = default;
};

} // namespace RelayDesk

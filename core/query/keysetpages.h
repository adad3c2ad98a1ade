#pragma once

#include "core/query/logfilter.h"
#include "core/util/expected.h"

#include <QList>

#include <optional>

namespace RelayDesk {

/// Reads every row a query lists, a keyset page of pageSize rows at a time, and hands each page to take
/// (the command line's lists and the CSV export: whole listings, without holding a cursor open).
/// Query is DeliveryLogQuery or QueueQuery.
template <typename Query, typename Take>
Status forEachPage(const Query& query, const LogFilter& filter, int pageSize, Take take)
{
    using Row = typename Query::Row;
    std::optional<Row> last;
    for (;;) {
        const auto page = query.pageAfter(filter, last ? &*last : nullptr, pageSize);
        if (!page)
            return Status::failure(page.error());
        take(page.value());
        if (page->size() < pageSize)
            return Status();
        last = page->last();
    }
}

} // namespace RelayDesk

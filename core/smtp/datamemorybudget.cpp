#include "core/smtp/datamemorybudget.h"

#include <unistd.h>

#include <algorithm>

namespace RelayDesk {

qint64 DataMemoryBudget::defaultLimit()
{
    const long pages = ::sysconf(_SC_PHYS_PAGES);
    const long pageSize = ::sysconf(_SC_PAGESIZE);
    const qint64 physical = pages > 0 && pageSize > 0 ? qint64(pages) * pageSize : 0;
    return std::max<qint64>(physical / 4, qint64(256) * 1024 * 1024);
}

DataMemoryBudget& DataMemoryBudget::shared()
{
    static DataMemoryBudget budget(defaultLimit());
    return budget;
}

bool DataMemoryBudget::tryCharge(qint64 bytes)
{
    qint64 used = m_inUse.load(std::memory_order_relaxed);
    do {
        if (used + bytes > m_limit)
            return false;
    } while (!m_inUse.compare_exchange_weak(used, used + bytes, std::memory_order_relaxed));
    return true;
}

void DataMemoryBudget::release(qint64 bytes)
{
    m_inUse.fetch_sub(bytes, std::memory_order_relaxed);
}

} // namespace RelayDesk

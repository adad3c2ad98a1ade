#include "core/engine/storechangebatch.h"

namespace RelayDesk {

void StoreChangeBatch::add(const StoreChanges& changes)
{
    QMutexLocker locker(&m_mutex);
    m_pending += changes;
}

StoreChanges StoreChangeBatch::take()
{
    QMutexLocker locker(&m_mutex);
    return std::exchange(m_pending, StoreChanges());
}

} // namespace RelayDesk

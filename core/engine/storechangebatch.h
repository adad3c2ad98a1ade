#pragma once

#include "core/engine/storechanges.h"

#include <QMutex>

namespace RelayDesk {

/// Collects StoreChanges from the engine's threads (the store writer, delivery, the auth pool, the change
/// watch) until the engine's publish timer takes them as one batch.
class StoreChangeBatch final
{
public:
    StoreChangeBatch() = default;
    Q_DISABLE_COPY_MOVE(StoreChangeBatch)

    /// Thread-safe.
    void add(const StoreChanges& changes);
    /// What was added since the last take(), and starts afresh; thread-safe.
    StoreChanges take();

private:
    QMutex m_mutex;
    StoreChanges m_pending;
};

} // namespace RelayDesk

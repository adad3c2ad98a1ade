#include "core/engine/livesessionsettings.h"

namespace RelayDesk {

std::shared_ptr<const SessionSettings> LiveSessionSettings::current() const
{
    QMutexLocker locker(&m_mutex);
    return m_current;
}

void LiveSessionSettings::replace(SessionSettings settings)
{
    // Declared before the locker, so that the old snapshot (if no session holds it) is freed after unlocking.
    auto next = std::make_shared<const SessionSettings>(std::move(settings));
    QMutexLocker locker(&m_mutex);
    m_current.swap(next);
}

} // namespace RelayDesk

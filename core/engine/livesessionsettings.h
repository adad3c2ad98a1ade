#pragma once

#include "core/engine/sessionsettings.h"

#include <QMutex>

#include <memory>

namespace RelayDesk {

/// The SessionSettings new sessions start with, replaced by the engine when the configuration changes while
/// sessions on other threads read it (thread-safe). Each session holds on to the snapshot it took.
class LiveSessionSettings final
{
public:
    LiveSessionSettings() = default;
    Q_DISABLE_COPY_MOVE(LiveSessionSettings)

    std::shared_ptr<const SessionSettings> current() const;
    void replace(SessionSettings settings);

private:
    mutable QMutex m_mutex;
    std::shared_ptr<const SessionSettings> m_current = std::make_shared<const SessionSettings>();
};

} // namespace RelayDesk

#pragma once

#include <QString>

namespace RelayDesk {

/// What a person can do to queued messages from the Queue page.
enum class QueueAction
{
    RetryNow,
    Hold,
    Release,
    Delete,
    Bounce
};

/// Whether an action destroys or returns mail (those ask for confirmation first).
inline bool isDestructive(QueueAction action)
{
    return action == QueueAction::Delete || action == QueueAction::Bounce;
}

} // namespace RelayDesk

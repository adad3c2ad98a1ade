#pragma once

#include <QSet>
#include <QString>
#include <QStringList>

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

/// Which selected messages an action changes and how many it leaves alone: holding a held message or
/// releasing one that is not held changes nothing, and a held message is not retried until it is released.
struct QueueActionPlan
{
    QStringList changing; ///< the queue ids to send to the engine
    int unchanged = 0;    ///< selected, but the action would change nothing (or is refused) for them
};

/// heldIds: the queue ids among queueIds that are on hold now; strandedIds: those waiting for a node that
/// stopped answering, which Retry now cannot bring forward (docs/scaling.md, "Queue leases").
QueueActionPlan planQueueAction(QueueAction action, const QStringList& queueIds, const QSet<QString>& heldIds,
                                const QSet<QString>& strandedIds = {});

} // namespace RelayDesk

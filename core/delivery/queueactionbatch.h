#pragma once

#include <QStringList>

namespace RelayDesk {

class QueueActions;

/// The administrator's queue actions, as the window and the control channel name them.
enum class QueueActionKind
{
    Retry,
    Hold,
    Release,
    Delete,
    Bounce
};

/// What one queue action did not do to the messages it was given: the window's report of it.
struct QueueActionOutcome
{
    QStringList errors; ///< one line for each message the action failed on
    QStringList gone;   ///< queue ids that had left the queue meanwhile (delivered, bounced, deleted)
    QStringList held;   ///< queue ids a retry left alone: held meanwhile (another administrator's hold)
    /// Released messages queued longer than the give-up time: one more attempt each, then a bounce for what
    /// it does not deliver (an outside tester's Queue said only "released").
    QStringList pastGiveUp;
};

/// Applies one queue action to several messages and sorts out what it could not do: a message that left
/// the queue meanwhile, or one held meanwhile that a retry leaves alone, is what the person wanted made
/// moot, not a failure. The running engine and the window without one (QueueAdmin) report alike.
QueueActionOutcome applyQueueAction(QueueActions& actions, QueueActionKind kind, const QStringList& queueIds);

} // namespace RelayDesk

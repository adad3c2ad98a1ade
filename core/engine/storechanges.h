#pragma once

#include <QMetaType>

namespace RelayDesk {

/// What changed in the store since the engine last said so, as counts only (no pointers into the engine), so
/// that an engine in another process can send the same over a socket. The views reload what they show of it.
struct StoreChanges
{
    int accepted = 0;     ///< messages accepted (committed with their recipients)
    int attempts = 0;     ///< delivery attempts recorded
    int finalStates = 0;  ///< recipients delivered, bounced or suppressed
    int deferrals = 0;    ///< recipients deferred (will be retried)
    int queueActions = 0; ///< messages an admin retried, held, released, deleted, bounced or resent
    int lockouts = 0;     ///< AUTH lockouts started or lifted
    bool written = false; ///< the store was written by some connection, possibly another process (the CLI)

    bool isEmpty() const
    {
        return accepted == 0 && attempts == 0 && finalStates == 0 && deferrals == 0 && queueActions == 0 &&
               lockouts == 0 && !written;
    }
    /// Whether the queue, the delivery log or today's counts may look different now.
    bool touchesMessages() const
    {
        return accepted != 0 || attempts != 0 || finalStates != 0 || deferrals != 0 || queueActions != 0 ||
               written;
    }
    StoreChanges& operator+=(const StoreChanges& other)
    {
        accepted += other.accepted;
        attempts += other.attempts;
        finalStates += other.finalStates;
        deferrals += other.deferrals;
        queueActions += other.queueActions;
        lockouts += other.lockouts;
        written = written || other.written;
        return *this;
    }
    bool operator==(const StoreChanges&) const = default;
};

} // namespace RelayDesk

Q_DECLARE_METATYPE(RelayDesk::StoreChanges)

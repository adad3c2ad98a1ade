#pragma once

#include "core/delivery/deliveriesinflight.h"
#include "core/delivery/queueactionbatch.h"
#include "core/engine/pendingrestart.h"
#include "core/engine/sessioninfo.h"
#include "core/engine/storechanges.h"
#include "core/store/enginelockholder.h"
#include "core/util/expected.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>

namespace RelayDesk {

/// What a face (the GUI) may ask of a relay engine and hear from it: its state, listeners, live sessions,
/// queue actions and a wake-up, as values and signals only, never pointers into the engine's threads, so
/// that an engine in another process can stand behind it. RelayEngine is the in-process engine,
/// RemoteEngine (core/control/) the one reached over the control channel of another process.
class EngineControl : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~EngineControl() override;
    Q_DISABLE_COPY_MOVE(EngineControl)

    using QueueAction = QueueActionKind;

    /// Starts the engine; fails (and starts nothing) when its store cannot be used.
    virtual Status start() = 0;
    /// Stops accepting, lets sessions end and stops delivery.
    virtual void stop() = 0;
    virtual bool isRunning() const = 0;
    /// The process that runs the engine (pid, since, face; pid 0 while none does): this one for the engine
    /// in this process, the relay service's (or another window's) for one reached over its control channel.
    virtual EngineLockHolder runner() const = 0;
    /// Whether the engine runs in another process (docs/control-channel.md): start() then attaches to it and
    /// stop() detaches, leaving it running.
    virtual bool isRemote() const = 0;
    /// Each listener: its address, whether it listens, and if not, why.
    virtual QList<ListenerStatus> listeners() const = 0;
    /// Open sessions and those ended in the last few seconds.
    virtual QList<SessionInfo> sessions() const = 0;
    /// The deliveries under way, oldest first (empty while delivery does not run).
    virtual QList<DeliveryInFlight> deliveries() const = 0;
    /// Expiry and SHA-256 fingerprint (colon-separated hex) of the certificate the listeners use.
    virtual QDateTime certificateExpiry() const = 0;
    virtual QString certificateFingerprint() const = 0;
    /// Stored settings the engine uses only from its next start, with the value it runs with
    /// (docs/operations.md, "Apply without restart"); empty while it does not run.
    virtual QList<PendingRestart> pendingRestart() const = 0;
    /// Messages accepted since start (all listeners).
    virtual quint64 acceptedCount() const = 0;
    /// Since when (ms since the epoch) the engine has not answered: 0 while it answers. An engine in this
    /// process always does; one in another process may hang (stopped with SIGSTOP, or stuck), and its
    /// listeners' last state then says nothing of now.
    virtual qint64 silentSinceMs() const { return 0; }
    /// Makes delivery look at the queue now.
    virtual void wakeDelivery() = 0;
    /// Reads the configuration again and applies what changed (docs/operations.md, "Apply without
    /// restart"), as the engine does by itself within a second of a committed change; also loads the
    /// certificate files again. Returns at once.
    virtual void reload() = 0;
    /// reload(), then applied() on this object's thread once the engine has applied the configuration,
    /// delivery turned on or off included (the control channel's `reload` answers then, so that `config set`
    /// returns with its change in force). This default calls it at once.
    virtual void reloadThen(std::function<void()> applied)
    {
        reload();
        if (applied)
            applied();
    }
    /// What a queue action did not do: the messages it could not change, and why.
    using QueueActionResult = QueueActionOutcome;
    /// Applies an action to queued messages without blocking the caller, then wakes delivery. done(result)
    /// runs on this object's thread; its lists are empty when all succeeded.
    virtual void performQueueAction(QueueAction action, const QStringList& queueIds,
                                    std::function<void(const QueueActionResult& result)> done) = 0;

    /// Since when the engine cannot reach its store (UTC ms; 0 while it can, or when it cannot say): done(ms)
    /// runs on this object's thread. A window that opens during an outage says since when the relay has been
    /// without its store, not since when the window is. This default answers 0 at once.
    virtual void askStoreUnreachableSince(std::function<void(qint64 sinceMs)> done)
    {
        if (done)
            done(0);
    }

    /// Ends one live session (its id from sessions()): the client gets 421 4.7.0 and the connection closes.
    /// Returns at once; a session that has already ended is left alone.
    virtual void disconnectSession(quint64 sessionId) = 0;

Q_SIGNALS:
    /// Batched: at most a few times a second, only when something changed.
    void sessionsChanged(const QList<RelayDesk::SessionInfo>& sessions);
    /// Batched like sessionsChanged: a delivery started or ended.
    void deliveriesChanged(const QList<RelayDesk::DeliveryInFlight>& deliveries);
    void listenersChanged();
    /// pendingRestart() changed: a setting read only at start was stored (by any face), or changed back.
    void pendingRestartChanged();
    /// Batched count of messages accepted since the last signal.
    void messagesAccepted(int count);
    /// silentSinceMs() changed: the engine stopped answering, or answers again.
    void answeringChanged();
    /// Batched like sessionsChanged: what the store holds differently since the last signal (mail accepted,
    /// attempts recorded, recipients delivered, deferred or bounced, queue actions, lockouts started or
    /// lifted, and writes by another process such as the command line). The views reload what shows it.
    void storeChanged(const RelayDesk::StoreChanges& changes);
};

} // namespace RelayDesk

#pragma once

#include "core/engine/enginecontrol.h"
#include "core/engine/sessioninfo.h"
#include "core/store/enginelockholder.h"
#include "core/util/expected.h"

#include <QDateTime>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>

namespace RelayDesk {

class StoreWriter;

/// The relay engine: listeners and session workers, the durable spool, and the queue runner, each on
/// its own threads. The GUI and the headless mode own one and reach it through EngineControl; every call
/// here returns without blocking on network I/O (docs/architecture.md, "the GUI never waits").
class RelayEngine final : public EngineControl
{
    Q_OBJECT
public:
    /// face: what start() records in the data directory's engine lock (docs/operations.md).
    explicit RelayEngine(QString dataDir, EngineFace face = EngineFace::Window, QObject* parent = nullptr);
    ~RelayEngine() override;
    Q_DISABLE_COPY_MOVE(RelayEngine)

    /// Takes the data directory's engine lock, opens the store, loads or generates the TLS certificate,
    /// starts workers, listeners and delivery. Fails (and starts nothing, binds no port) when another engine
    /// already runs on the data directory (the message names it) or the store cannot be used; a listener that
    /// cannot bind, and every listener when the certificate cannot be used (key of another certificate, out
    /// of date, unreadable), is reported with the reason in listeners() instead and does not listen.
    Status start() override;
    /// Once started, the engine also serves its control channel (ControlServer, docs/control-channel.md) on
    /// DATA_DIR/control.sock; a channel that cannot listen is logged and the relay runs without it.
    /// Stops accepting, lets sessions end, drains the spool writer, stops delivery and releases the lock;
    /// the control channel closes first.
    void stop() override;
    bool isRunning() const override;
    /// This process, as the engine lock records it, while the engine runs.
    EngineLockHolder runner() const override;
    bool isRemote() const override { return false; }

    QString dataDir() const;
    QList<ListenerStatus> listeners() const override;
    /// Open sessions and those ended in the last few seconds (thread-safe snapshot).
    QList<SessionInfo> sessions() const override;
    QList<DeliveryInFlight> deliveries() const override;
    /// Certificate subject and expiry of the listeners' TLS certificate.
    QDateTime certificateExpiry() const override;
    QString certificateFingerprint() const override; ///< SHA-256, colon-separated hex
    QList<PendingRestart> pendingRestart() const override;
    /// Messages accepted since start (all listeners).
    quint64 acceptedCount() const override;

    /// Makes the queue runner look at the queue now (after queue actions).
    void wakeDelivery() override;

    /// Reads the configuration again and applies what changed, as the engine does by itself within a second
    /// of a committed change (docs/operations.md, "Apply without restart"); also loads the certificate files
    /// again, so that a certificate renewed in place is used. Returns at once; SIGHUP in the headless
    /// service.
    void reload() override;
    /// Applies the configuration on the listener thread now, then waits for the delivery thread to have
    /// taken delivery on or off, and calls applied on this object's thread.
    void reloadThen(std::function<void()> applied) override;

    /// Applies an action to queued messages off the calling thread (through the engine's one store writer),
    /// then wakes delivery. done(result) runs on this object's thread. A message that left the queue before
    /// the action reached it (someone else deleted it, delivery finished it) is in result.gone, not an error.
    void performQueueAction(QueueAction action, const QStringList& queueIds,
                            std::function<void(const QueueActionResult& result)> done) override;

    /// Asks each session worker, on its own thread, to end the session if it owns it.
    void disconnectSession(quint64 sessionId) override;
    void askStoreUnreachableSince(std::function<void(qint64 sinceMs)> done) override;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace RelayDesk

#pragma once

#include "core/engine/enginecontrol.h"

namespace RelayDesk {

class ControlClient;

/// The engine of another process (the relay service, or another window) on the same data directory, reached
/// over its control channel (docs/control-channel.md): the same values and signals as the engine in this
/// process. start() attaches and stop() detaches; neither starts or stops the engine itself, which belongs to
/// its process (a service is restarted by its service manager).
class RemoteEngine final : public EngineControl
{
    Q_OBJECT
public:
    explicit RemoteEngine(QString dataDir, QObject* parent = nullptr);
    ~RemoteEngine() override;
    Q_DISABLE_COPY_MOVE(RemoteEngine)

    /// Attaches: connects to DATA_DIR/control.sock, subscribes to the events and reads the engine's state
    /// (waits a few seconds at most). Fails with the reason when no engine answers there.
    Status start() override;
    /// Detaches; the engine goes on running in its process.
    void stop() override;
    /// Attached, and the engine there runs.
    bool isRunning() const override;
    EngineLockHolder runner() const override;
    bool isRemote() const override { return true; }
    QList<ListenerStatus> listeners() const override;
    QList<SessionInfo> sessions() const override;
    QList<DeliveryInFlight> deliveries() const override;
    void askStoreUnreachableSince(std::function<void(qint64 sinceMs)> done) override;
    QDateTime certificateExpiry() const override;
    QString certificateFingerprint() const override;
    QList<PendingRestart> pendingRestart() const override;
    quint64 acceptedCount() const override;
    void wakeDelivery() override;
    void reload() override;
    void performQueueAction(QueueAction action, const QStringList& queueIds,
                            std::function<void(const QueueActionResult& result)> done) override;
    void disconnectSession(quint64 sessionId) override;

    bool isAttached() const;

Q_SIGNALS:
    /// The channel closed without stop(): the engine stopped, or its process went away. reason says which.
    void detached(const QString& reason);

private:
    void applyListeners(const QJsonObject& object);
    void onEvent(const QJsonObject& event);
    void onClosed(const QString& reason);

    QString m_dataDir;
    ControlClient* m_client = nullptr;
    bool m_attached = false;
    bool m_engineRunning = false;
    EngineLockHolder m_runner;
    QList<ListenerStatus> m_listeners;
    QList<SessionInfo> m_sessions;
    QList<DeliveryInFlight> m_deliveries;
    QDateTime m_certificateExpiry;
    QString m_certificateFingerprint;
    quint64 m_accepted = 0;
    QList<PendingRestart> m_pendingRestart;
};

} // namespace RelayDesk

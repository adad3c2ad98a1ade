#pragma once

#include "core/engine/enginecontrol.h"

#include <QTimer>

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
    qint64 silentSinceMs() const override { return m_silentSinceMs; }
    /// How often an attached engine is asked whether it answers (5 s), and how long an answer may take (15
    /// s); shorter in tests.
    static void setPingTiming(int intervalMs, int silentAfterMs);
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
    /// Every pingIntervalMs while attached: asks for the status, and notes an engine that has not answered
    /// the last question for silentAfterMs (an outside tester's stopped service showed green listeners).
    void ping();

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
    QTimer* m_ping = nullptr;
    qint64 m_pingSentMs = 0;    ///< when the unanswered status question left; 0 when none is out
    qint64 m_silentSinceMs = 0; ///< see silentSinceMs()
};

} // namespace RelayDesk

#pragma once

#include <QObject>
#include <QString>
#include <QTimer>

#include <functional>

namespace RelayDesk {

class StoreWriter;

/// This node's row in the nodes table (docs/scaling.md, "Nodes"): registered when the engine starts,
/// refreshed every few seconds with the deliveries in flight and the live sessions, marked stopped on a clean
/// stop. Writes go through the store writer, so the thread it lives on never waits for the disk.
class NodeHeartbeat final : public QObject
{
    Q_OBJECT
public:
    /// What the node carries now: deliveries in flight and live sessions.
    struct Load
    {
        int inFlight = 0;
        int sessions = 0;
    };
    using LoadReader = std::function<Load()>;

    NodeHeartbeat(QString dataDir, StoreWriter* writer, LoadReader load, QObject* parent = nullptr);
    ~NodeHeartbeat() override;
    Q_DISABLE_COPY_MOVE(NodeHeartbeat)

    /// Registers the node with its listeners' addresses and starts the heartbeat.
    void start(const QString& address);
    /// The listeners' addresses after a live change: written to the node's row when they differ.
    void setAddress(const QString& address);
    /// Notes the clean stop (queued before the writer drains).
    void stop();

private:
    void beat();

    QString m_dataDir;
    QString m_node;
    QString m_address;
    StoreWriter* m_writer;
    LoadReader m_load;
    QTimer m_timer;
};

} // namespace RelayDesk

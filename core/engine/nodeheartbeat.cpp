#include "core/engine/nodeheartbeat.h"
#include "core/delivery/queueleases.h"
#include "core/store/nodeidentity.h"
#include "core/store/noderegistry.h"
#include "core/store/storehealth.h"
#include "core/store/storewriter.h"
#include "core/util/clock.h"
#include "core/util/logcategories.h"
#include "core/util/logline.h"

#include <QCoreApplication>

namespace RelayDesk {

NodeHeartbeat::NodeHeartbeat(QString dataDir, StoreWriter* writer, LoadReader load, QObject* parent)
    : QObject(parent), m_dataDir(std::move(dataDir)), m_writer(writer), m_load(std::move(load)), m_timer(this)
{
    m_timer.setInterval(NodeRegistry::heartbeatIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &NodeHeartbeat::beat);
}

NodeHeartbeat::~NodeHeartbeat() = default;

void NodeHeartbeat::start(const QString& address)
{
    const NodeIdentity identity = NodeIdentity::of(m_dataDir);
    if (identity.id.isEmpty())
        return; // the queue runner says why (node_id_unavailable)
    m_node = identity.id;
    m_address = address;
    NodeRegistry::Registration node{
        identity.id, identity.name, address, QCoreApplication::applicationVersion(), nowMs(), identity.home};
    m_writer->submit([node](QSqlDatabase& db) { return NodeRegistry::registerNode(db, node); },
                     [](const Status& status) {
                         if (!status)
                             qCWarning(lcEngine)
                                 << LogLine("node_not_registered").add("error", status.error());
                     });
    qCInfo(lcEngine) << LogLine("node_registered").add("node", identity.id).add("name", identity.name);
    m_timer.start();
}

void NodeHeartbeat::setAddress(const QString& address)
{
    if (m_node.isEmpty() || address == m_address)
        return;
    m_address = address;
    m_writer->submit(
        [node = m_node, address](QSqlDatabase& db) { return NodeRegistry::setAddress(db, node, address); },
        [](const Status& status) {
            if (!status)
                qCWarning(lcEngine) << LogLine("node_address_not_written").add("error", status.error());
        });
}

void NodeHeartbeat::stop()
{
    m_timer.stop();
    if (m_node.isEmpty())
        return;
    // The engine stops this after its delivery thread has ended (RelayEngine::stop): this node sends nothing
    // more, so the leases it still holds (deliveries cut short, to be made again) are freed with the clean
    // stop and another node delivers them at once, not when the leases run out (an outside tester's planned
    // restart of one node held its mail back for the whole lease).
    m_writer->submit([node = m_node, now = nowMs()](QSqlDatabase& db) {
        if (Status stopped = NodeRegistry::stopped(db, node, now); !stopped)
            return stopped;
        const auto released = QueueLeases::releaseAll(db, node);
        if (!released)
            return Status::failure(released.error());
        if (released.value() > 0)
            qCInfo(lcQueue)
                << LogLine("leases_released").add("node", node).add("recipients", released.value());
        return Status();
    });
}

void NodeHeartbeat::beat()
{
    const Load load = m_load ? m_load() : Load();
    m_writer->submit(
        [node = m_node, now = nowMs(), load](QSqlDatabase& db) {
            return NodeRegistry::heartbeat(db, node, now, load.inFlight, load.sessions);
        },
        [](const Status& status) { // on the writer thread
            if (!status && StoreHealth::isUnreachable())
                qCDebug(lcEngine) << LogLine("node_heartbeat_failed").add("error", status.error());
            else if (!status)
                qCWarning(lcEngine) << LogLine("node_heartbeat_failed").add("error", status.error());
        });
}

} // namespace RelayDesk

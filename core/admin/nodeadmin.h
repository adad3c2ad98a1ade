#pragma once

#include "core/query/noderow.h"
#include "core/store/noderegistry.h"
#include "core/util/expected.h"

#include <QList>

namespace RelayDesk {

/// The cluster for the faces (docs/scaling.md, "Nodes"): the nodes that share the store, and this data
/// directory's node name.
class NodeAdmin final
{
public:
    /// How often the nodes' rows change: a view of them reloads at this pace.
    static constexpr int heartbeatIntervalMs = NodeRegistry::heartbeatIntervalMs;

    explicit NodeAdmin(QString dataDir);

    Expected<QList<NodeRow>> nodes() const;
    /// This data directory's node id and name (the id is made on first use).
    Expected<NodeRow> self() const;
    /// Names this node (empty: the host name again); the running engine shows it from its next start.
    Status rename(const QString& name);
    /// Removes a node that is gone for good from the nodes table (and so from `node list` and the Nodes
    /// panel), and frees the leases it still held, so that the other nodes deliver those recipients now
    /// rather than when the leases run out; returns how many recipients were waiting for its leases. Refused
    /// for this data directory's own node and for a node that is alive; what the node accepted and delivered
    /// keeps its id in the delivery log. The node is named by its id, or by its name where no other node has
    /// it.
    Expected<int> forget(const QString& idOrName) const;
    /// What is wrong with a listener's name or an address as typed for listen(); empty if nothing.
    static QString listenInputProblem(const QString& listener, const QString& address);
    /// Where this node's listener (submission, smtps, lan) listens, whatever the shared store says; an empty
    /// address goes back to the shared setting. Refused, like the shared setting, where two of this node's
    /// listeners would share a port. Takes effect when the engine next applies its settings.
    Status listen(const QString& listener, const QString& address);
    /// Whether key may have a value of this node's own (its listeners' addresses, its host name).
    static bool isNodeSetting(const QString& key);
    /// This node's own host name (server.hostname for this node only: greeting, Received: lines, its
    /// certificate); an empty name follows the shared setting again. The running engine applies it at once.
    Status setHostname(const QString& name);
    /// Saves a setting that may be this node's own (NodeSettings::isNodeKey) in node.conf, and tells the
    /// running engine; false with the reason when the value is not valid.
    Status setOwn(const QString& key, const QString& value);
    /// Several at once, checked together (a certificate with its key) and told once; all or none.
    Status setOwnValues(const QList<std::pair<QString, QString>>& values);
    /// Stores settings where they belong: where several nodes share the store, or where this node already
    /// has a value of its own, a node setting (host name, listeners' addresses, their certificate and key)
    /// for this node alone, and the rest shared (one transaction). The Settings page and the setup wizard
    /// save through it: the wizard's host name renamed every node (an outside tester).
    Status saveWhereTheyBelong(const QList<std::pair<QString, QString>>& values) const;
    /// The address this node's listener takes instead of the shared setting `key` (listener.NAME.address);
    /// empty when it follows the shared setting.
    QString ownAddress(const QString& key) const;
    /// Every value this node keeps of its own (node.conf, read once), by setting key.
    QMap<QString, QString> ownValues() const;

private:
    /// Writes keys of node.conf and notes a settings change in the store, all or none.
    Status saveOwnAndTell(const QList<std::pair<QString, QString>>& values);

    QString m_dataDir;
};

} // namespace RelayDesk

#include "core/engine/nodetwincheck.h"
#include "core/query/nodequery.h"
#include "core/store/database.h"
#include "core/store/nodeidentity.h"
#include "core/store/noderegistry.h"
#include "core/store/sqldialect.h"
#include "core/util/clock.h"
#include "core/util/logcategories.h"
#include "core/util/logline.h"

#include <QDir>
#include <QThread>

#include <optional>

namespace RelayDesk {

namespace {

/// This data directory's node as `node list` shows it, if the store has a row for it.
Expected<std::optional<NodeRow>> ownRow(const QString& dataDir)
{
    const auto nodes = NodeQuery(dataDir).nodes(nowMs());
    if (!nodes)
        return Expected<std::optional<NodeRow>>::failure(nodes.error());
    for (const NodeRow& row : nodes.value()) {
        if (row.self)
            return std::optional<NodeRow>(row);
    }
    return std::optional<NodeRow>();
}

} // namespace

Status NodeTwinCheck::check(const QString& dataDir)
{
    auto db = Database::connection(dataDir);
    if (!db || !SqlDialect::isPostgreSql(db.value()))
        return {}; // a store that cannot be read is reported by what uses it first
    const NodeIdentity self = NodeIdentity::of(dataDir);
    if (self.id.isEmpty())
        return {};
    const auto before = ownRow(dataDir);
    if (!before)
        return Status::failure(before.error());
    // Stopped, silent, or this data directory's own run before a crash: nobody else uses the id.
    if (!before.value() || !before.value()->alive || before.value()->home == self.home)
        return {};
    const NodeRow& seen = *before.value();
    qCInfo(lcEngine) << LogLine("node_id_check")
                            .add("node", self.id)
                            .add("other_home", seen.home)
                            .add("heartbeat_age_ms", nowMs() - seen.lastHeartbeat);
    QThread::msleep(NodeRegistry::heartbeatIntervalMs + 1000); // long enough for one more heartbeat
    const auto after = ownRow(dataDir);
    if (!after)
        return Status::failure(after.error());
    if (!after.value() || after.value()->stoppedAt != 0 || after.value()->lastHeartbeat == seen.lastHeartbeat)
        return {}; // it stopped, or died: its leases are this node's own again
    const NodeRow& other = *after.value();
    return Status::failure(
        QStringLiteral("node id %1 is in use by a running node: '%2' (%3, listening on %4) sent a heartbeat "
                       "%5 s ago. Was this data directory copied from that node's? Every node needs an id of "
                       "its own: delete %6 and start again (a new id is made).")
            .arg(self.id, other.name,
                 other.home.isEmpty() ? QStringLiteral("another data directory") : other.home,
                 other.address.isEmpty() ? QStringLiteral("no listener") : other.address)
            .arg(qMax<qint64>(0, (nowMs() - other.lastHeartbeat) / 1000))
            .arg(QDir(dataDir).filePath(QStringLiteral("node-id"))));
}

} // namespace RelayDesk

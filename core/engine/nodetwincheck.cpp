#include "core/engine/nodetwincheck.h"
#include "core/store/database.h"
#include "core/store/nodeidentity.h"
#include "core/store/noderegistry.h"
#include "core/store/sqldialect.h"
#include "core/util/clock.h"
#include "core/util/logcategories.h"
#include "core/util/logline.h"

#include <QDir>
#include <QThread>

namespace RelayDesk {

Status NodeTwinCheck::check(const QString& dataDir)
{
    auto db = Database::connection(dataDir);
    if (!db || !SqlDialect::isPostgreSql(db.value()))
        return {}; // a store that cannot be read is reported by what uses it first
    const NodeIdentity self = NodeIdentity::of(dataDir);
    if (self.id.isEmpty())
        return {};
    const auto before = NodeRegistry::find(db.value(), self.id);
    if (!before)
        return Status::failure(before.error());
    const NodeRegistry::Sighting& row = before.value();
    const bool running = row.found && row.stoppedAt == 0;
    if (!running || row.home == self.home || nowMs() - row.lastHeartbeat > NodeRegistry::aliveWithinMs)
        return {};
    qCInfo(lcEngine) << LogLine("node_id_check")
                            .add("node", self.id)
                            .add("other_home", row.home)
                            .add("heartbeat_age_ms", nowMs() - row.lastHeartbeat);
    QThread::msleep(NodeRegistry::heartbeatIntervalMs + 1000); // long enough for one more heartbeat
    const auto after = NodeRegistry::find(db.value(), self.id);
    if (!after)
        return Status::failure(after.error());
    if (after->stoppedAt != 0 || after->lastHeartbeat == row.lastHeartbeat)
        return {}; // it stopped, or died: its leases are this node's own again
    return Status::failure(
        QStringLiteral("node id %1 is in use by a running node: '%2' (%3, listening on %4) sent a heartbeat "
                       "%5 s ago. Was this data directory copied from that node's? Every node needs an id of "
                       "its own: delete %6 and start again (a new id is made).")
            .arg(self.id, after->name,
                 after->home.isEmpty() ? QStringLiteral("another data directory") : after->home,
                 after->address.isEmpty() ? QStringLiteral("no listener") : after->address)
            .arg(qMax<qint64>(0, (nowMs() - after->lastHeartbeat) / 1000))
            .arg(QDir(dataDir).filePath(QStringLiteral("node-id"))));
}

} // namespace RelayDesk

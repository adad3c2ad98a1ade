#include "core/admin/nodeadmin.h"
#include "core/query/nodequery.h"
#include "core/store/nodeidentity.h"
#include "core/util/clock.h"

namespace RelayDesk {

NodeAdmin::NodeAdmin(QString dataDir) : m_dataDir(std::move(dataDir)) {}

Expected<QList<NodeRow>> NodeAdmin::nodes() const
{
    return NodeQuery(m_dataDir).nodes(nowMs());
}

Expected<NodeRow> NodeAdmin::self() const
{
    const auto identity = NodeIdentity::load(m_dataDir);
    if (!identity)
        return Expected<NodeRow>::failure(identity.error());
    NodeRow row;
    row.id = identity->id;
    row.name = identity->name;
    row.self = true;
    return row;
}

Status NodeAdmin::rename(const QString& name)
{
    return NodeIdentity::rename(m_dataDir, name);
}

} // namespace RelayDesk

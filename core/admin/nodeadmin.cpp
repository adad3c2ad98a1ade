#include "core/admin/nodeadmin.h"
#include "core/query/nodequery.h"
#include "core/store/nodeidentity.h"
#include "core/store/nodesettings.h"
#include "core/store/settings.h"
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

Status NodeAdmin::listen(const QString& listener, const QString& address)
{
    const QString key = QStringLiteral("listener.%1.address").arg(listener);
    if (!NodeSettings::isNodeKey(key))
        return Status::failure(
            QStringLiteral("unknown listener '%1' (use submission, smtps or lan)").arg(listener));
    if (!address.isEmpty()) {
        const SettingDefinition* definition = Settings::definition(key);
        if (definition && definition->validate) {
            if (const QString problem = definition->validate(address); !problem.isEmpty())
                return Status::failure(problem);
        }
    }
    return NodeSettings::set(m_dataDir, key, address);
}

QString NodeAdmin::ownAddress(const QString& key) const
{
    return NodeSettings::isNodeKey(key) ? NodeSettings::values(m_dataDir).value(key) : QString();
}

} // namespace RelayDesk

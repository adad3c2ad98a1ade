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

QString NodeAdmin::listenInputProblem(const QString& listener, const QString& address)
{
    const QString key = QStringLiteral("listener.%1.address").arg(listener);
    if (!NodeSettings::isNodeKey(key))
        return QStringLiteral("unknown listener '%1' (use submission, smtps or lan)").arg(listener);
    if (!address.isEmpty()) {
        const SettingDefinition* definition = Settings::definition(key);
        if (definition && definition->validate)
            return definition->validate(address);
    }
    return {};
}

Status NodeAdmin::listen(const QString& listener, const QString& address)
{
    if (const QString problem = listenInputProblem(listener, address); !problem.isEmpty())
        return Status::failure(problem);
    const QString key = QStringLiteral("listener.%1.address").arg(listener);
    // Where the shared settings refuse two listeners on one port, so does this node's own address.
    if (const QString problem = Settings(m_dataDir).nodeValueProblem(key, address); !problem.isEmpty())
        return Status::failure(problem);
    return NodeSettings::set(m_dataDir, key, address);
}

QString NodeAdmin::ownAddress(const QString& key) const
{
    return NodeSettings::isNodeKey(key) ? NodeSettings::values(m_dataDir).value(key) : QString();
}

} // namespace RelayDesk

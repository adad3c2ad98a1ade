#include "core/admin/nodeadmin.h"
#include "core/admin/settingsadmin.h"
#include "core/delivery/queueleases.h"
#include "core/query/nodequery.h"
#include "core/store/adminchanges.h"
#include "core/store/database.h"
#include "core/store/nodeidentity.h"
#include "core/store/noderegistry.h"
#include "core/store/nodesettings.h"
#include "core/store/settings.h"
#include "core/util/canonicalsetting.h"
#include "core/util/clock.h"

#include <QSqlError>

#include <algorithm>

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
    // Another node's name would make two nodes one in every list, and `node forget NAME` ambiguous (an
    // outside tester's two "nodeb"s).
    if (const auto rows = NodeQuery(m_dataDir).nodes(nowMs()); rows && !name.trimmed().isEmpty()) {
        for (const NodeRow& row : rows.value()) {
            if (!row.self && row.name == name.trimmed())
                return Status::failure(
                    QStringLiteral("node %1 of this store is named '%2' already: give this "
                                   "node another name")
                        .arg(row.id, row.name));
        }
    }
    if (Status renamed = NodeIdentity::rename(m_dataDir, name); !renamed)
        return renamed;
    // The node's row too, so that node list, the queue and the window name it at once; a running engine
    // registers the name from the file at its next start, which is this one (an outside tester's rename
    // showed only after a restart, unlike every other change).
    const auto identity = NodeIdentity::load(m_dataDir);
    auto db = Database::connection(m_dataDir);
    if (!identity || !db)
        return {}; // the name is stored; the row follows at the next start
    return NodeRegistry::setName(db.value(), identity->id, identity->name);
}

Expected<int> NodeAdmin::forget(const QString& idOrName) const
{
    using Result = Expected<int>;
    const qint64 now = nowMs();
    const auto nodes = NodeQuery(m_dataDir).nodes(now);
    if (!nodes)
        return Result::failure(nodes.error());
    // By its id, or by its name where one node has it: the queue's hint for mail a dead node holds names it
    // ("relaydesk node forget nodeB"), and an outside tester who ran that in an outage was told no such node.
    auto node =
        std::find_if(nodes->cbegin(), nodes->cend(), [&](const NodeRow& row) { return row.id == idOrName; });
    if (node == nodes->cend()) {
        const auto named = std::count_if(nodes->cbegin(), nodes->cend(),
                                         [&](const NodeRow& row) { return row.name == idOrName; });
        if (named > 1)
            return Result::failure(QStringLiteral("%1 nodes are named '%2': give the id (relaydesk node list "
                                                  "shows their ids)")
                                       .arg(named)
                                       .arg(idOrName));
        node = std::find_if(nodes->cbegin(), nodes->cend(),
                            [&](const NodeRow& row) { return row.name == idOrName; });
    }
    if (node == nodes->cend())
        return Result::failure(
            QStringLiteral("no node '%1' on this store (relaydesk node list shows their ids)").arg(idOrName));
    const QString id = node->id;
    if (node->self)
        return Result::failure(
            QStringLiteral("node %1 is this data directory's own node; forget it from another "
                           "node's data directory once this one is gone")
                .arg(id));
    if (node->alive)
        return Result::failure(
            QStringLiteral("node %1 (%2) is alive: stop its engine first").arg(id, node->name));
    auto db = Database::connection(m_dataDir);
    if (!db)
        return Result::failure(db.error());
    // One transaction: the row goes with its leases, or neither does. The leases are freed only here, where
    // the admin said the node is gone for good (an outside tester forgot a killed node and its mail still
    // waited out the lease); a node that merely lost the store keeps them until they run out.
    QSqlDatabase& store = db.value();
    if (!store.transaction())
        return Result::failure(
            QStringLiteral("cannot begin a transaction: %1").arg(store.lastError().text()));
    const auto removed = NodeRegistry::forget(store, id, now - NodeRegistry::aliveWithinMs);
    if (!removed || !removed.value()) {
        store.rollback();
        if (!removed)
            return Result::failure(removed.error());
        return Result::failure(QStringLiteral("node %1 came back to life: stop its engine first").arg(id));
    }
    const auto freed = QueueLeases::releaseAll(store, id);
    if (!freed) {
        store.rollback();
        return Result::failure(freed.error());
    }
    if (!store.commit()) {
        const QString error = store.lastError().text();
        store.rollback();
        return Result::failure(QStringLiteral("cannot commit: %1").arg(error));
    }
    // Leases that had run out were free already (any node may take them); the count is of those that held
    // mail back.
    return std::min(freed.value(), node->held);
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

Status NodeAdmin::listen(const QString& listener, const QString& typed)
{
    // Stored as the shared settings store an address: "127.0.0.1:+2587" as "127.0.0.1:2587".
    const QString address = CanonicalSetting::of(SettingKind::Address, typed);
    if (const QString problem = listenInputProblem(listener, address); !problem.isEmpty())
        return Status::failure(problem);
    const QString key = QStringLiteral("listener.%1.address").arg(listener);
    // Where the shared settings refuse two listeners on one port, so does this node's own address.
    if (const QString problem = Settings(m_dataDir).nodeValueProblem(key, address); !problem.isEmpty())
        return Status::failure(problem);
    // The running engine moves the listener at once, as for the shared setting (it took effect only at the
    // next start, and nothing said so: an outside tester).
    return saveOwnAndTell({{key, address}});
}

bool NodeAdmin::isNodeSetting(const QString& key)
{
    return NodeSettings::isNodeKey(key);
}

Status NodeAdmin::setHostname(const QString& name)
{
    return setOwn(QStringLiteral("server.hostname"), name.trimmed());
}

Status NodeAdmin::setOwn(const QString& key, const QString& typed)
{
    return setOwnValues({{key, typed}});
}

Status NodeAdmin::setOwnValues(const QList<std::pair<QString, QString>>& typed)
{
    QList<std::pair<QString, QString>> values;
    for (const auto& [key, given] : typed) {
        if (!NodeSettings::isNodeKey(key))
            return Status::failure(QStringLiteral("%1 is the same for every node").arg(key));
        const SettingDefinition* definition = Settings::definition(key);
        const QString value =
            definition && !given.isEmpty() ? Settings::storedForm(*definition, given) : given;
        if (!value.isEmpty() && definition && definition->validate) {
            if (const QString problem = definition->validate(value); !problem.isEmpty())
                return Status::failure(problem);
        }
        values.append({key, value});
    }
    if (const QString problem = Settings(m_dataDir).nodeValuesProblem(values); !problem.isEmpty()) {
        const bool anyValue = std::any_of(values.cbegin(), values.cend(),
                                          [](const auto& pair) { return !pair.second.isEmpty(); });
        if (anyValue)
            return Status::failure(problem);
    }
    return saveOwnAndTell(values);
}

Status NodeAdmin::saveOwnAndTell(const QList<std::pair<QString, QString>>& values)
{
    // All or nothing: the running engine applies its settings when the store says they moved (this node's
    // file is not in the store), so the store is reached first, and a note that cannot be written takes the
    // file's change back (an outside tester's save said "Not saved" while node.conf had changed, and the
    // name came into force at the next start).
    auto db = Database::connection(m_dataDir);
    if (!db)
        return Status::failure(db.error());
    const QMap<QString, QString> before = NodeSettings::values(m_dataDir);
    const auto restore = [this, &before, &values]() {
        for (const auto& [key, value] : values)
            NodeSettings::set(m_dataDir, key, before.value(key));
    };
    for (const auto& [key, value] : values) {
        if (Status saved = NodeSettings::set(m_dataDir, key, value); !saved) {
            restore();
            return saved;
        }
    }
    if (Status told = AdminChanges::bump(db.value(), AdminChanges::settingsTopic()); !told) {
        restore();
        return told;
    }
    return {};
}

QMap<QString, QString> NodeAdmin::ownValues() const
{
    return NodeSettings::values(m_dataDir);
}

Status NodeAdmin::saveWhereTheyBelong(const QList<std::pair<QString, QString>>& values) const
{
    QList<std::pair<QString, QString>> shared;
    QList<std::pair<QString, QString>> own;
    const auto rows = nodes();
    const bool severalNodes = rows && rows->size() > 1;
    for (const auto& pair : values) {
        if (isNodeSetting(pair.first) && (severalNodes || !ownAddress(pair.first).isEmpty()))
            own.append(pair);
        else
            shared.append(pair);
    }
    if (!own.isEmpty()) {
        NodeAdmin node(m_dataDir);
        if (const Status saved = node.setOwnValues(own); !saved)
            return saved;
    }
    return shared.isEmpty() ? Status() : SettingsAdmin(m_dataDir).set(shared);
}

QString NodeAdmin::ownAddress(const QString& key) const
{
    return NodeSettings::isNodeKey(key) ? NodeSettings::values(m_dataDir).value(key) : QString();
}

} // namespace RelayDesk

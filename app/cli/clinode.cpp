// relaydesk node list | rename NAME | listen LISTENER ADDRESS | hostname NAME | forget ID
#include "app/cli/clicommands.h"
#include "app/cli/clilistenerwarning.h"
#include "app/cli/cliverb.h"
#include "core/admin/nodeadmin.h"

#include <QJsonArray>
#include <QJsonObject>

namespace RelayDesk {

namespace {

const CliVerb nodeVerbTable[] = {
    {"list", 0, "node list"},
    {"rename", 1, "node rename [ID] NAME"},
    {"listen", 2, "node listen LISTENER ADDRESS"},
    {"hostname", 1, "node hostname NAME"},
    {"forget", 1, "node forget ID|NAME"},
};

int listNodes(const NodeAdmin& admin, const CliOutput& out)
{
    const auto nodes = admin.nodes();
    if (!nodes)
        return out.error(ExitFailure, nodes.error());
    QJsonArray array;
    QList<QStringList> rows;
    for (const NodeRow& node : nodes.value()) {
        array.append(QJsonObject{{QStringLiteral("id"), node.id},
                                 {QStringLiteral("name"), node.name},
                                 {QStringLiteral("address"), node.address},
                                 {QStringLiteral("version"), node.version},
                                 {QStringLiteral("started_at"), CliOutput::timeJson(node.startedAt)},
                                 {QStringLiteral("last_heartbeat"), CliOutput::timeJson(node.lastHeartbeat)},
                                 {QStringLiteral("alive"), node.alive},
                                 {QStringLiteral("state"), node.stateName()},
                                 {QStringLiteral("in_flight"), node.inFlight},
                                 {QStringLiteral("sessions"), node.sessions},
                                 {QStringLiteral("held"), node.held},
                                 {QStringLiteral("held_until"), CliOutput::timeJson(node.heldUntil)},
                                 {QStringLiteral("this_node"), node.self}});
        rows << QStringList{node.id, node.self ? node.name + QStringLiteral(" (this)") : node.name,
                            node.address.isEmpty() ? QStringLiteral("-") : node.address, node.version,
                            CliOutput::timeText(node.lastHeartbeat), node.stateName(),
                            // A node that died delivers nothing, but its leases hold its recipients back.
                            node.held > 0 ? QStringLiteral("0, %1 held until %2")
                                                .arg(node.held)
                                                .arg(CliOutput::timeText(node.heldUntil))
                                          : QString::number(node.inFlight),
                            QString::number(node.sessions)};
    }
    out.json(array);
    if (rows.isEmpty()) {
        out.line(QStringLiteral("No node has run on this store yet."));
        return ExitOk;
    }
    out.table({QStringLiteral("ID"), QStringLiteral("NAME"), QStringLiteral("ADDRESS"),
               QStringLiteral("VERSION"), QStringLiteral("LAST HEARTBEAT"), QStringLiteral("STATE"),
               QStringLiteral("IN FLIGHT"), QStringLiteral("SESSIONS")},
              rows);
    for (const NodeRow& node : nodes.value()) {
        if (node.held > 0)
            out.line(QStringLiteral(
                         "Node %1 (%2) still holds the leases of %3 recipient(s): no node delivers them "
                         "before %4. If it is gone for good, 'relaydesk node forget %1' hands them to "
                         "the other nodes now.")
                         .arg(node.id, node.name)
                         .arg(node.held)
                         .arg(CliOutput::timeText(node.heldUntil)));
    }
    return ExitOk;
}

} // namespace

QList<CliVerb> nodeVerbs()
{
    return CliVerb::list(nodeVerbTable);
}

int runNodeCommand(const QString& dataDir, const QStringList& args, const CliOutput& out)
{
    const QString verb = args.value(0);
    const CliVerb* found = CliVerb::find(nodeVerbTable, verb);
    if (!found)
        return out.error(ExitUsage, CliVerb::unknown("node", verb, nodeVerbTable));
    NodeAdmin admin(dataDir);
    // `node rename ID NAME`, the guess after node list shows the ids: this directory's node by its id is the
    // same as `node rename NAME`; another node is renamed from its own directory.
    QStringList words = args.mid(1);
    if (verb == QLatin1String("rename") && words.size() == 2) {
        const auto self = admin.self();
        if (self && words.constFirst() != self->id)
            return out.error(ExitUsage,
                             QStringLiteral("node rename: %1 is not this data directory's node (%2): "
                                            "a node is renamed with the --data-dir of its own directory")
                                 .arg(words.constFirst(), self->id));
        if (self)
            words.removeFirst();
    }
    if (const QString problem = found->checkArguments(words); !problem.isEmpty())
        return out.error(ExitUsage, QStringLiteral("node %1: %2").arg(verb, problem));
    if (verb == QLatin1String("list"))
        return listNodes(admin, out);
    if (verb == QLatin1String("listen")) {
        if (const QString problem = NodeAdmin::listenInputProblem(args.value(1), args.value(2));
            !problem.isEmpty())
            return out.error(ExitUsage, QStringLiteral("node listen: %1").arg(problem));
        if (const Status set = admin.listen(args.value(1), args.value(2)); !set)
            return out.error(ExitFailure, QStringLiteral("node listen: %1").arg(set.error()));
        out.json(QJsonObject{{QStringLiteral("listener"), args.value(1)},
                             {QStringLiteral("address"), args.value(2)}});
        out.line(args.value(2).isEmpty()
                     ? QStringLiteral("This node's %1 listener follows the shared setting again.")
                           .arg(args.value(1))
                     : QStringLiteral("This node's %1 listener listens on %2 (this node only).")
                           .arg(args.value(1), args.value(2)));
        // As `config set` does: the running relay binds it within a second; a port another program (or
        // another node on this machine) holds is said now, not found in the log later.
        if (ListenerWarning::afterChange(dataDir, {QStringLiteral("listener.%1.address").arg(args.value(1))},
                                         admin, out) > 0)
            return ExitFailure;
        return ExitOk;
    }
    if (verb == QLatin1String("hostname")) {
        const QString name = args.value(1).trimmed();
        if (const Status set = admin.setHostname(name); !set)
            return out.error(name.isEmpty() ? ExitFailure : ExitUsage,
                             QStringLiteral("node hostname: %1").arg(set.error()));
        out.json(QJsonObject{
            {QStringLiteral("hostname"), name.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(name)}});
        out.line(name.isEmpty()
                     ? QStringLiteral("This node follows the shared host name (server.hostname) again.")
                     : QStringLiteral("This node greets and names its certificate as %1 (this node only; the "
                                      "others keep theirs).")
                           .arg(name));
        return ExitOk;
    }
    if (verb == QLatin1String("forget")) {
        const auto forgotten = admin.forget(args.value(1));
        if (!forgotten)
            return out.error(ExitFailure, QStringLiteral("node forget: %1").arg(forgotten.error()));
        out.json(QJsonObject{{QStringLiteral("forgotten"), args.value(1)},
                             {QStringLiteral("recipients_freed"), forgotten.value()}});
        out.line(
            forgotten.value() == 0
                ? QStringLiteral("Node %1 is forgotten: node list no longer shows it.").arg(args.value(1))
                : QStringLiteral("Node %1 is forgotten: node list no longer shows it. The %2 recipient(s) "
                                 "whose leases it held are free: the other nodes deliver them within their "
                                 "next queue pass (delivery.poll_interval).")
                      .arg(args.value(1))
                      .arg(forgotten.value()));
        return ExitOk;
    }
    if (const Status renamed = admin.rename(words.value(0)); !renamed)
        return out.error(ExitUsage, QStringLiteral("node rename: %1").arg(renamed.error()));
    const auto self = admin.self();
    if (!self)
        return out.error(ExitFailure, self.error());
    out.json(QJsonObject{{QStringLiteral("id"), self->id}, {QStringLiteral("name"), self->name}});
    // An empty name gives the node the host's name again (the name it had before any rename).
    out.line(
        words.value(0).isEmpty()
            ? QStringLiteral("This node (%1) has no name of its own now and goes by its host's name, %2.")
                  .arg(self->id, self->name)
            : QStringLiteral("This node (%1) is now named %2.").arg(self->id, self->name));
    return ExitOk;
}

} // namespace RelayDesk

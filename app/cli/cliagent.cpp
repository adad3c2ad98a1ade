// relaydesk agent ...: Mail Agents and their allowlists and trusted devices.
#include "app/cli/cliagentlimit.h"
#include "app/cli/cliagentview.h"
#include "app/cli/cliargs.h"
#include "app/cli/clicommands.h"
#include "app/cli/cliverb.h"
#include "core/admin/agentadmin.h"
#include "core/admin/testmessageadmin.h"
#include "core/util/clock.h"

namespace RelayDesk {

namespace {

const CliVerb verbs[] = {
    {"create", 1, "agent create NAME [--allow-ip CIDR]... [--trusted-device CIDR]... [--description TEXT]"},
    {"list", 0, "agent list"},
    {"show", 1, "agent show NAME"},
    {"enable", 1, "agent enable NAME"},
    {"disable", 1, "agent disable NAME"},
    {"delete", 1, "agent delete NAME"},
    {"allow-ip", 2, "agent allow-ip NAME CIDR"},
    {"deny-ip", 2, "agent deny-ip NAME CIDR"},
    {"trust-device", 2, "agent trust-device NAME CIDR"},
    {"untrust-device", 2, "agent untrust-device NAME CIDR"},
    {"limit", 1, "agent limit NAME [--per-minute N] [--per-hour N] [--per-day N] [--max-recipients N]"},
    {"test-message", 1, "agent test-message NAME --from ADDRESS --to ADDRESS"},
};

// Parses every range before anything is changed, so that one bad range changes nothing.
bool parseRanges(const QStringList& texts, const QString& option, QList<CidrRange>* ranges, QString* error)
{
    for (const QString& text : texts) {
        const auto range = CidrRange::parse(text);
        if (!range) {
            *error = option.isEmpty() ? range.error() : option + QStringLiteral(": ") + range.error();
            return false;
        }
        ranges->append(range.value());
    }
    return true;
}

int create(AgentAdmin& agents, const CliArgs& args, const CliOutput& out)
{
    const QString name = args.positional.value(0);
    if (const QString problem = AgentAdmin::nameProblem(name); !problem.isEmpty())
        return out.error(ExitUsage, problem);
    QList<CidrRange> allowlist;
    QList<CidrRange> trusted;
    QString error;
    if (!parseRanges(args.values(QStringLiteral("--allow-ip")), QStringLiteral("--allow-ip"), &allowlist,
                     &error) ||
        !parseRanges(args.values(QStringLiteral("--trusted-device")), QStringLiteral("--trusted-device"),
                     &trusted, &error))
        return out.error(ExitUsage, error);
    const QStringList descriptions = args.values(QStringLiteral("--description"));
    if (descriptions.size() > 1)
        return out.error(ExitUsage, QStringLiteral("--description given more than once"));
    const auto created = agents.create(name, allowlist, trusted, descriptions.value(0));
    if (!created)
        return out.error(ExitFailure, created.error());
    if (!out.isJson()) {
        out.line(QStringLiteral("Created Mail Agent '%1'.").arg(name));
        if (allowlist.isEmpty())
            out.warning(
                QStringLiteral("the allowlist is empty, so this credential works from no address yet; "
                               "add one with 'relaydesk agent allow-ip %1 CIDR'")
                    .arg(name));
    }
    CliAgentView::printNewCredential(out, name, created->credential,
                                     {{QStringLiteral("agent"), CliAgentView::agentJson(created->agent)}});
    return ExitOk;
}

int list(AgentAdmin& agents, const CliOutput& out)
{
    const auto all = agents.list();
    if (!all)
        return out.error(ExitFailure, all.error());
    QJsonArray array;
    QList<QStringList> rows;
    for (const MailAgent& agent : all.value()) {
        const auto credentials = agents.credentials(agent.name);
        const qsizetype active = credentials ? std::count_if(credentials->cbegin(), credentials->cend(),
                                                             [](const Credential& c) { return c.isActive(); })
                                             : 0;
        QJsonObject object = CliAgentView::agentJson(agent);
        object.insert(QStringLiteral("active_credentials"), qint64(active));
        array.append(object);
        rows << QStringList{agent.name,
                            agent.enabled ? QStringLiteral("enabled") : QStringLiteral("disabled"),
                            QString::number(agent.allowlist.size()),
                            QString::number(agent.trustedDevices.size()),
                            QString::number(active),
                            agent.description};
    }
    out.json(array);
    if (rows.isEmpty())
        out.line(QStringLiteral(
            "No Mail Agents yet. Create one with 'relaydesk agent create NAME --allow-ip CIDR'."));
    else
        out.table({QStringLiteral("NAME"), QStringLiteral("STATUS"), QStringLiteral("ALLOWLIST"),
                   QStringLiteral("TRUSTED"), QStringLiteral("CREDENTIALS"), QStringLiteral("DESCRIPTION")},
                  rows);
    return ExitOk;
}

int show(const QString& dataDir, AgentAdmin& agents, const QString& name, const CliOutput& out)
{
    const auto agent = agents.agent(name);
    if (!agent)
        return out.error(ExitFailure, agent.error());
    const auto credentials = agents.credentials(name);
    if (!credentials)
        return out.error(ExitFailure, credentials.error());
    QJsonObject object = CliAgentView::agentJson(agent.value());
    QJsonArray array;
    for (const Credential& credential : credentials.value())
        array.append(CliAgentView::credentialJson(credential));
    object.insert(QStringLiteral("credentials"), array);
    const auto limits = AgentLimitAdmin(dataDir).status(name, nowMs());
    if (!limits)
        return out.error(ExitFailure, limits.error());
    object.insert(QStringLiteral("sending_limits"), CliAgentLimitView::json(limits.value()));
    out.json(object);
    CliAgentView::printAgent(out, agent.value(), &credentials.value());
    CliAgentLimitView::print(out, limits.value());
    return ExitOk;
}

// Prints the agent after a change: its JSON in JSON mode, a confirmation line otherwise.
int changed(AgentAdmin& agents, const QString& name, const QString& message, const CliOutput& out)
{
    out.line(message);
    if (out.isJson()) {
        const auto agent = agents.agent(name);
        if (!agent)
            return out.error(ExitFailure, agent.error());
        out.json(CliAgentView::agentJson(agent.value()));
    }
    return ExitOk;
}

int network(AgentAdmin& agents, const QString& verb, const QStringList& words, const CliOutput& out)
{
    QList<CidrRange> ranges;
    QString error;
    if (!parseRanges({words[1]}, {}, &ranges, &error))
        return out.error(ExitUsage, error);
    const bool trusted = verb.contains(QLatin1String("trust"));
    const bool add = verb == QLatin1String("allow-ip") || verb == QLatin1String("trust-device");
    const QString& name = words[0];
    const Status status =
        add ? agents.addNetwork(name, ranges[0], trusted) : agents.removeNetwork(name, ranges[0], trusted);
    if (!status)
        return out.error(ExitFailure, status.error());
    const QString list = trusted ? QStringLiteral("trusted devices") : QStringLiteral("allowlist");
    return changed(agents, name,
                   QStringLiteral("%1 %2 %3 the %4 of '%5' (%6).")
                       .arg(add ? QStringLiteral("Added") : QStringLiteral("Removed"), ranges[0].toString(),
                            add ? QStringLiteral("to") : QStringLiteral("from"), list, name,
                            ranges[0].describe()),
                   out);
}

// Queues a test message as if the agent had sent it; a running relay delivers it at once.
int testMessage(const QString& dataDir, const CliArgs& args, const CliOutput& out)
{
    const QString name = args.positional.value(0);
    const QStringList from = args.values(QStringLiteral("--from"));
    const QStringList to = args.values(QStringLiteral("--to"));
    if (from.size() != 1 || to.size() != 1)
        return out.error(ExitUsage, QStringLiteral("agent test-message: give --from and --to once each"));
    const auto queued = TestMessageAdmin(dataDir).send(name, from[0], to[0]);
    if (!queued)
        return out.error(ExitFailure, queued.error());
    out.line(QStringLiteral("Queued test message %1 from %2 to %3 for Mail Agent '%4'.")
                 .arg(queued.value(), from[0], to[0], name));
    out.json(QJsonObject{{QStringLiteral("queue_id"), queued.value()},
                         {QStringLiteral("agent"), name},
                         {QStringLiteral("from"), from[0]},
                         {QStringLiteral("to"), to[0]}});
    return ExitOk;
}

} // namespace

int runAgentCommand(const QString& dataDir, const QStringList& args, const CliOutput& out)
{
    const QString verb = args.value(0);
    const CliVerb* found = CliVerb::find(verbs, verb);
    if (!found)
        return out.error(ExitUsage, CliVerb::unknown("agent", verb, verbs));
    if (verb == QLatin1String("limit"))
        return runAgentLimitCommand(dataDir, args.mid(1), out);
    const bool isCreate = verb == QLatin1String("create");
    const bool isTestMessage = verb == QLatin1String("test-message");
    const QStringList options =
        isCreate        ? QStringList{QStringLiteral("--allow-ip"), QStringLiteral("--trusted-device"),
                               QStringLiteral("--description")}
        : isTestMessage ? QStringList{QStringLiteral("--from"), QStringLiteral("--to")}
                        : QStringList{};
    const auto parsed = CliArgs::parse(args.mid(1), options);
    if (!parsed)
        return out.error(ExitUsage, QStringLiteral("agent %1: %2").arg(verb, parsed.error()));
    const QStringList& words = parsed->positional;
    if (const QString problem = found->checkArguments(words); !problem.isEmpty())
        return out.error(ExitUsage, QStringLiteral("agent %1: %2").arg(verb, problem));

    AgentAdmin agents(dataDir);
    if (isCreate)
        return create(agents, parsed.value(), out);
    if (isTestMessage)
        return testMessage(dataDir, parsed.value(), out);
    if (verb == QLatin1String("list"))
        return list(agents, out);
    if (verb == QLatin1String("show"))
        return show(dataDir, agents, words[0], out);
    if (found->arguments == 2)
        return network(agents, verb, words, out);
    const QString& name = words[0];
    if (verb == QLatin1String("delete")) {
        const Status status = agents.remove(name);
        if (!status)
            return out.error(ExitFailure, status.error());
        out.line(QStringLiteral("Deleted Mail Agent '%1' with its credentials and networks.").arg(name));
        out.json(QJsonObject{{QStringLiteral("deleted"), name}});
        return ExitOk;
    }
    const bool enable = verb == QLatin1String("enable");
    const Status status = agents.setEnabled(name, enable);
    if (!status)
        return out.error(ExitFailure, status.error());
    return changed(agents, name,
                   QStringLiteral("Mail Agent '%1' %2.")
                       .arg(name, enable ? QStringLiteral("enabled") : QStringLiteral("disabled")),
                   out);
}

} // namespace RelayDesk

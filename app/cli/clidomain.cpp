// relaydesk domain add|remove AGENT DOMAIN, domain list [AGENT]: what each Mail Agent may send as
// (docs/protocols.md, "Sender domains").
#include "app/cli/cliagentview.h"
#include "app/cli/clicommands.h"
#include "app/cli/cliverb.h"
#include "core/admin/agentadmin.h"

namespace RelayDesk {

namespace {

const CliVerb verbs[] = {
    {"add", 2, "domain add AGENT DOMAIN|ADDRESS"},
    {"remove", 2, "domain remove AGENT DOMAIN|ADDRESS"},
    {"list", -1, "domain list [AGENT]"},
};

QJsonObject sendersJson(const MailAgent& agent)
{
    return QJsonObject{{QStringLiteral("agent"), agent.name},
                       {QStringLiteral("sender_domains"), QJsonArray::fromStringList(agent.senders)},
                       {QStringLiteral("any_sender"), agent.anySender}};
}

int list(AgentAdmin& agents, const QStringList& words, const CliOutput& out)
{
    if (words.size() > 1)
        return out.error(ExitUsage, QStringLiteral("domain list: takes at most one Mail Agent"));
    QList<MailAgent> shown;
    if (words.isEmpty()) {
        const auto all = agents.list();
        if (!all)
            return out.error(ExitFailure, all.error());
        shown = all.value();
    } else {
        const auto one = agents.agent(words[0]);
        if (!one)
            return out.error(ExitFailure, one.error());
        shown << one.value();
    }
    QJsonArray array;
    QList<QStringList> rows;
    QStringList warnings;
    for (const MailAgent& agent : std::as_const(shown)) {
        array.append(sendersJson(agent));
        if (agent.anySender)
            rows << QStringList{agent.name, QStringLiteral("(any sender)"), QStringLiteral("warning")};
        for (const QString& sender : agent.senders)
            rows << QStringList{agent.name, sender,
                                sender.contains(QLatin1Char('@')) ? QStringLiteral("address")
                                                                  : QStringLiteral("domain")};
        if (const QString warning = CliAgentView::senderWarning(agent); !warning.isEmpty())
            warnings << warning;
    }
    out.json(array);
    if (rows.isEmpty())
        out.line(QStringLiteral("No sender domains yet. Add one with 'relaydesk domain add AGENT DOMAIN'."));
    else
        out.table({QStringLiteral("AGENT"), QStringLiteral("SENDER"), QStringLiteral("KIND")}, rows);
    for (const QString& warning : std::as_const(warnings))
        out.warning(warning);
    return ExitOk;
}

int change(AgentAdmin& agents, bool add, const QStringList& words, const CliOutput& out)
{
    const QString& name = words[0];
    if (const QString problem = AgentAdmin::senderProblem(words[1]); !problem.isEmpty())
        return out.error(ExitUsage,
                         QStringLiteral("domain %1: %2")
                             .arg(add ? QStringLiteral("add") : QStringLiteral("remove"), problem));
    const auto done = add ? agents.addSender(name, words[1]) : agents.removeSender(name, words[1]);
    if (!done)
        return out.error(ExitFailure, done.error());
    out.line(add ? QStringLiteral("Mail Agent '%1' may now send as %2.").arg(name, done.value())
                 : QStringLiteral("Mail Agent '%1' may no longer send as %2.").arg(name, done.value()));
    if (add && !done.value().contains(QLatin1Char('@')))
        out.line(QStringLiteral("Sign its mail with DKIM: 'relaydesk domain dkim %1', then publish what "
                                "'relaydesk domain records %1' prints.")
                     .arg(done.value()));
    const auto agent = agents.agent(name);
    if (!agent)
        return out.error(ExitFailure, agent.error());
    QJsonObject object = sendersJson(agent.value());
    object.insert(add ? QStringLiteral("added") : QStringLiteral("removed"), done.value());
    out.json(object);
    if (const QString warning = CliAgentView::senderWarning(agent.value()); !warning.isEmpty())
        out.warning(warning);
    return ExitOk;
}

} // namespace

int runDomainCommand(const QString& dataDir, const QStringList& args, const CliOutput& out)
{
    const QString verb = args.value(0);
    // dkim, rotate-dkim, records: the domain's DKIM keys and DNS records (docs/operations.md, "DKIM").
    if (isDomainDkimVerb(verb))
        return runDomainDkimCommand(dataDir, args, out);
    const CliVerb* found = CliVerb::find(verbs, verb);
    if (!found)
        return out.error(ExitUsage, CliVerb::unknown("domain", verb, verbs));
    const QStringList words = args.mid(1);
    for (const QString& word : words) {
        if (word.startsWith(QLatin1String("--")))
            return out.error(ExitUsage, QStringLiteral("domain %1: unknown option %2").arg(verb, word));
    }
    AgentAdmin agents(dataDir);
    if (verb == QLatin1String("list"))
        return list(agents, words, out);
    if (const QString problem = found->checkArguments(words); !problem.isEmpty())
        return out.error(ExitUsage, QStringLiteral("domain %1: %2").arg(verb, problem));
    return change(agents, verb == QLatin1String("add"), words, out);
}

} // namespace RelayDesk

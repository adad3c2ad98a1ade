// relaydesk agent ...: Mail Agents, their allowlists, trusted devices and any-sender.
#include "app/cli/cliagentactivity.h"
#include "app/cli/cliagentlimit.h"
#include "app/cli/cliagentview.h"
#include "app/cli/cliargs.h"
#include "app/cli/clicommands.h"
#include "app/cli/cliconfirm.h"
#include "app/cli/clirefusedlogins.h"
#include "app/cli/cliverb.h"
#include "core/admin/agentadmin.h"
#include "core/admin/dkimadmin.h"
#include "core/admin/testmessageadmin.h"
#include "core/util/clock.h"
#include "core/util/readableaddress.h"

namespace RelayDesk {

namespace {

const CliVerb agentVerbTable[] = {
    {"create", 1,
     "agent create NAME [--allow-ip CIDR]... [--trusted-device CIDR]... [--sender-domain DOMAIN]... "
     "[--any-sender] [--wide] [--description TEXT]"},
    {"list", 0, "agent list"},
    {"show", 1, "agent show NAME"},
    {"enable", 1, "agent enable NAME"},
    {"disable", 1, "agent disable NAME"},
    {"delete", 1, "agent delete NAME [--yes]"},
    {"allow-ip", 2, "agent allow-ip NAME CIDR"},
    {"deny-ip", 2, "agent deny-ip NAME CIDR"},
    {"trust-device", 2, "agent trust-device NAME CIDR [--wide]"},
    {"untrust-device", 2, "agent untrust-device NAME CIDR"},
    {"set-any-sender", 2, "agent set-any-sender NAME on|off"},
    {"limit", 1,
     "agent limit NAME [--per-minute N] [--per-hour N] [--per-day N] [--max-recipients N] (0: no limit)"},
    {"test-message", 1, "agent test-message NAME [--from ADDRESS] --to ADDRESS"},
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

/// What the window asks to confirm ("Trust a wide range?") the command line asks for with --wide: a trusted
/// range wider than one site lets anyone in it send through the relay without a password (an outside tester
/// trusted 0.0.0.0/0 with a warning only: an open relay). Every address (a /0) is never trusted.
QString wideProblem(const QList<CidrRange>& trusted, bool wideAllowed)
{
    for (const CidrRange& range : trusted) {
        if (range.prefixLength() == 0)
            return QStringLiteral(
                       "%1 is %2: trusting it would let anyone on the Internet send mail through this "
                       "relay without a password (an open relay); list the addresses of the devices")
                .arg(range.toString(), range.describe());
        if (range.isWide() && !wideAllowed)
            return QStringLiteral(
                       "%1 is a wide range (%2): anyone in it could send mail through this relay "
                       "without a password; list the addresses of the devices, or add --wide if the "
                       "whole range is yours")
                .arg(range.toString(), range.describe());
    }
    return {};
}

/// Said on stderr when the allowlist takes every address: the credentials log in from anywhere, guarded by
/// their password alone (an outside tester's 0.0.0.0/0 passed without a word).
void warnIfEveryAddress(const QList<CidrRange>& allowlist, const CliOutput& out)
{
    for (const CidrRange& range : allowlist) {
        if (range.prefixLength() == 0)
            out.warning(QStringLiteral("%1 is %2: the agent's credentials log in from anywhere, and only the "
                                       "password keeps others out; list the addresses the applications send "
                                       "from instead")
                            .arg(range.toString(), range.describe()));
    }
}

/// Said on stderr once a wide range is trusted with --wide.
void warnIfWide(const QList<CidrRange>& trusted, const CliOutput& out)
{
    for (const CidrRange& range : trusted) {
        if (range.isWide())
            out.warning(
                QStringLiteral("%1 is a wide range (%2): anyone in it can send mail through this relay "
                               "without a password")
                    .arg(range.toString(), range.describe()));
    }
}

int create(AgentAdmin& agents, const CliArgs& args, bool anySender, bool wide, const CliOutput& out)
{
    const QString name = args.positional.value(0);
    if (const QString problem = AgentAdmin::nameProblem(name); !problem.isEmpty())
        return out.error(ExitUsage, problem);
    const QStringList senders = args.values(QStringLiteral("--sender-domain"));
    for (const QString& sender : senders) {
        if (const QString problem = AgentAdmin::senderProblem(sender); !problem.isEmpty())
            return out.error(ExitUsage, QStringLiteral("--sender-domain: ") + problem);
    }
    QList<CidrRange> allowlist;
    QList<CidrRange> trusted;
    QString error;
    if (!parseRanges(args.values(QStringLiteral("--allow-ip")), QStringLiteral("--allow-ip"), &allowlist,
                     &error) ||
        !parseRanges(args.values(QStringLiteral("--trusted-device")), QStringLiteral("--trusted-device"),
                     &trusted, &error))
        return out.error(ExitUsage, error);
    if (const QString problem = wideProblem(trusted, wide); !problem.isEmpty())
        return out.error(ExitUsage, QStringLiteral("--trusted-device: ") + problem);
    const QStringList descriptions = args.values(QStringLiteral("--description")); // at most one (CliArgs)
    if (const QString problem = AgentAdmin::descriptionProblem(descriptions.value(0)); !problem.isEmpty())
        return out.error(ExitUsage, QStringLiteral("--description: ") + problem);
    const auto created = agents.create(name, allowlist, trusted, descriptions.value(0), senders, anySender);
    if (!created)
        return out.error(ExitFailure, created.error());
    out.line(QStringLiteral("Created Mail Agent '%1'.").arg(name));
    for (const QString& sender : senders) {
        if (const QString warning = AgentAdmin::senderWarning(sender); !warning.isEmpty())
            out.warning(QStringLiteral("--sender-domain: ") + warning);
    }
    warnIfEveryAddress(allowlist, out);
    // On stderr, with --json too, as the other warnings. A device agent needs no credential: its devices send
    // on the LAN relay port without one (an outside tester read this as advice to allow an address).
    if (allowlist.isEmpty() && !trusted.isEmpty())
        out.warning(QStringLiteral("its trusted devices send on the LAN relay port without a password; the "
                                   "credential below works only once an address is allowed ('relaydesk agent "
                                   "allow-ip %1 CIDR'), for applications that log in")
                        .arg(CliAgentView::commandWord(name)));
    else if (allowlist.isEmpty())
        out.warning(QStringLiteral("the allowlist is empty, so this credential works from no address yet; "
                                   "add one with 'relaydesk agent allow-ip %1 CIDR'")
                        .arg(CliAgentView::commandWord(name)));
    if (const QString warning = CliAgentView::senderWarning(created->agent); !warning.isEmpty())
        out.warning(warning);
    warnIfWide(trusted, out);
    CliAgentView::printNewCredential(out, name, created->credential,
                                     {{QStringLiteral("agent"), CliAgentView::agentJson(created->agent)}});
    return ExitOk;
}

int listAgents(AgentAdmin& agents, const CliOutput& out)
{
    const auto all = agents.list();
    if (!all)
        return out.error(ExitFailure, all.error());
    QJsonArray array;
    QList<QStringList> rows;
    QStringList anySender;
    for (const MailAgent& agent : all.value()) {
        const auto credentials = agents.credentials(agent.name);
        const qsizetype active = credentials ? std::count_if(credentials->cbegin(), credentials->cend(),
                                                             [](const Credential& c) { return c.isActive(); })
                                             : 0;
        QJsonObject object = CliAgentView::agentJson(agent);
        object.insert(QStringLiteral("active_credentials"), qint64(active));
        array.append(object);
        const QString senders = agent.anySender           ? QStringLiteral("ANY (warning)")
                                : agent.senders.isEmpty() ? QStringLiteral("none")
                                : agent.senders.size() == 1
                                    ? ReadableAddress::sender(agent.senders.first())
                                    : QStringLiteral("%1 +%2")
                                          .arg(ReadableAddress::sender(agent.senders.first()))
                                          .arg(agent.senders.size() - 1);
        if (agent.anySender)
            anySender << agent.name;
        rows << QStringList{agent.name,
                            agent.enabled ? QStringLiteral("enabled") : QStringLiteral("disabled"),
                            QString::number(agent.allowlist.size()),
                            QString::number(agent.trustedDevices.size()),
                            QString::number(active),
                            senders,
                            agent.description};
    }
    out.json(array);
    if (rows.isEmpty())
        out.line(QStringLiteral(
            "No Mail Agents yet. Create one with 'relaydesk agent create NAME --allow-ip CIDR'."));
    else
        out.table({QStringLiteral("NAME"), QStringLiteral("STATUS"), QStringLiteral("ALLOWLIST"),
                   QStringLiteral("TRUSTED"), QStringLiteral("CREDENTIALS"), QStringLiteral("SENDERS"),
                   QStringLiteral("DESCRIPTION")},
                  rows);
    if (!anySender.isEmpty())
        out.warning(QStringLiteral("may send as any sender address (not recommended): %1; see 'relaydesk "
                                   "domain add' and 'relaydesk agent set-any-sender'")
                        .arg(anySender.join(QStringLiteral(", "))));
    return ExitOk;
}

int showAgent(const QString& dataDir, AgentAdmin& agents, const QString& name, const CliOutput& out)
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
    const auto activity = agents.activity(name, nowMs());
    if (!activity)
        return out.error(ExitFailure, activity.error());
    object.insert(QStringLiteral("activity"), CliAgentActivityView::json(activity.value()));
    // Why its logins were refused (the window's Activity tab says it too; an outside tester missed it here).
    const auto refused =
        SecurityAdmin(dataDir).refusedLogins(nowMs() - CliRefusedLogins::windowMs, agent->id);
    if (!refused)
        return out.error(ExitFailure, refused.error());
    object.insert(QStringLiteral("refused_logins"), CliRefusedLogins::json(refused.value()));
    out.json(object);
    CliAgentView::printAgent(out, agent.value(), &credentials.value());
    CliAgentLimitView::print(out, limits.value());
    CliAgentActivityView::print(out, activity.value(), agent->name);
    out.line(refused->isEmpty() ? QStringLiteral("Logins refused in the last 24 hours: none")
                                : QStringLiteral("Logins refused in the last 24 hours:"));
    // The ten latest: a guessing run from a hundred addresses printed a hundred rows (an outside tester);
    // --json and `security refused` keep them all.
    constexpr qsizetype shownRefusals = 10;
    if (!refused->isEmpty())
        CliRefusedLogins::printTable(out, refused->mid(0, shownRefusals));
    if (refused->size() > shownRefusals)
        out.line(QStringLiteral("... and %1 more address(es): relaydesk security refused lists them all")
                     .arg(refused->size() - shownRefusals));
    if (const QString warning = CliAgentView::senderWarning(agent.value()); !warning.isEmpty())
        out.warning(warning);
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

int network(AgentAdmin& agents, const QString& verb, const QStringList& words, bool wide,
            const CliOutput& out)
{
    QList<CidrRange> ranges;
    QString error;
    if (!parseRanges({words[1]}, {}, &ranges, &error))
        return out.error(ExitUsage, error);
    const bool trusted = verb.contains(QLatin1String("trust"));
    const bool add = verb == QLatin1String("allow-ip") || verb == QLatin1String("trust-device");
    if (trusted && add) {
        if (const QString problem = wideProblem(ranges, wide); !problem.isEmpty())
            return out.error(ExitUsage, problem);
    }
    const QString& name = words[0];
    const Status status =
        add ? agents.addNetwork(name, ranges[0], trusted) : agents.removeNetwork(name, ranges[0], trusted);
    if (!status)
        return out.error(ExitFailure, status.error());
    if (trusted && add)
        warnIfWide(ranges, out);
    if (!trusted && add)
        warnIfEveryAddress(ranges, out);
    const QString list = trusted ? QStringLiteral("trusted devices") : QStringLiteral("allowlist");
    return changed(agents, name,
                   QStringLiteral("%1 %2 %3 the %4 of '%5' (%6).")
                       .arg(add ? QStringLiteral("Added") : QStringLiteral("Removed"), ranges[0].toString(),
                            add ? QStringLiteral("to") : QStringLiteral("from"), list, name,
                            ranges[0].describe()),
                   out);
}

int setAnySender(const QString& dataDir, AgentAdmin& agents, const QStringList& words, const CliOutput& out)
{
    const QString& name = words[0];
    const QString& state = words[1];
    if (state != QLatin1String("on") && state != QLatin1String("off"))
        return out.error(ExitUsage,
                         QStringLiteral("agent set-any-sender: say on or off, not '%1'").arg(state));
    const bool on = state == QLatin1String("on");
    const Status status = agents.setAnySender(name, on);
    if (!status)
        return out.error(ExitFailure, status.error());
    const int code =
        changed(agents, name,
                on ? QStringLiteral("Mail Agent '%1' may now send as any sender address.").arg(name)
                   : QStringLiteral("Mail Agent '%1' now sends only as its sender domains.").arg(name),
                out);
    if (const auto agent = agents.agent(name); agent) {
        if (const QString warning = CliAgentView::senderWarning(agent.value()); !warning.isEmpty())
            out.warning(warning);
    }
    // What "any sender" means once domains are signed: the relay vouches for whatever it sends as them (an
    // outside tester's any-sender agent sent as ceo@ of a signed domain, and it passed DMARC).
    if (on) {
        QStringList signedDomains;
        if (const auto keys = DkimAdmin(dataDir).keys(); keys) {
            for (const DkimKeyRecord& key : keys.value()) {
                const QString domain = ReadableAddress::domain(key.domain);
                if (key.state == DkimKeyRecord::State::Active && !signedDomains.contains(domain))
                    signedDomains << domain;
            }
        }
        if (!signedDomains.isEmpty())
            out.warning(
                QStringLiteral("its mail as %1 is signed with their DKIM keys: whatever it sends as them "
                               "passes DKIM and DMARC")
                    .arg(signedDomains.join(QStringLiteral(", "))));
    }
    return code;
}

// Queues a test message as if the agent had sent it; a running relay delivers it at once. Without --from,
// it comes from an address in the agent's first sender domain.
int testMessage(const QString& dataDir, const CliArgs& args, const CliOutput& out)
{
    const QString name = args.positional.value(0);
    QStringList from = args.values(QStringLiteral("--from"));
    const QStringList to = args.values(QStringLiteral("--to"));
    if (from.size() > 1 || to.size() != 1)
        return out.error(ExitUsage,
                         QStringLiteral("agent test-message: give --to once (and --from at most once)"));
    if (from.isEmpty()) {
        // Without the agent there is no sender domain to name: say that it does not exist.
        if (const auto agent = AgentAdmin(dataDir).agent(name); !agent)
            return out.error(ExitFailure, agent.error());
        const QString address = TestMessageAdmin(dataDir).defaultFrom(name);
        if (address.isEmpty())
            return out.error(ExitUsage,
                             QStringLiteral("agent test-message: give --from (Mail Agent '%1' has no sender "
                                            "domain to send from)")
                                 .arg(name));
        from << address;
    }
    const auto queued = TestMessageAdmin(dataDir).send(name, from[0], to[0]);
    if (!queued)
        return out.error(ExitFailure, queued.error());
    out.line(QStringLiteral("Queued test message %1 from %2 to %3 for Mail Agent '%4'.")
                 .arg(queued.value(), from[0], to[0], name));
    out.line(QStringLiteral("Whether it arrives: relaydesk queue show %1 (delivered, or why not; the relay "
                            "tries it as soon as it runs)")
                 .arg(queued.value()));
    out.json(QJsonObject{{QStringLiteral("queue_id"), queued.value()},
                         {QStringLiteral("agent"), name},
                         {QStringLiteral("from"), from[0]},
                         {QStringLiteral("to"), to[0]}});
    return ExitOk;
}

} // namespace

QList<CliVerb> agentVerbs()
{
    return CliVerb::list(agentVerbTable);
}

int runAgentCommand(const QString& dataDir, const QStringList& args, const CliOutput& out)
{
    const QString verb = args.value(0);
    const CliVerb* found = CliVerb::find(agentVerbTable, verb);
    if (!found)
        return out.error(ExitUsage, CliVerb::unknown("agent", verb, agentVerbTable));
    if (verb == QLatin1String("limit"))
        return runAgentLimitCommand(dataDir, args.mid(1), out);
    const bool isCreate = verb == QLatin1String("create");
    const bool isTestMessage = verb == QLatin1String("test-message");
    const QStringList options = isCreate ? QStringList{QStringLiteral("--description")}
                                : isTestMessage
                                    ? QStringList{QStringLiteral("--from"), QStringLiteral("--to")}
                                    : QStringList{};
    const QStringList repeatable =
        isCreate ? QStringList{QStringLiteral("--allow-ip"), QStringLiteral("--trusted-device"),
                               QStringLiteral("--sender-domain")}
                 : QStringList{};
    QStringList optionWords = args.mid(1);
    const auto anySender =
        isCreate ? CliArgs::takeFlag(optionWords, QStringLiteral("--any-sender")) : Expected<bool>(false);
    if (!anySender)
        return out.error(ExitUsage, QStringLiteral("agent %1: %2").arg(verb, anySender.error()));
    const auto wide = isCreate || verb == QLatin1String("trust-device")
                          ? CliArgs::takeFlag(optionWords, QStringLiteral("--wide"))
                          : Expected<bool>(false);
    if (!wide)
        return out.error(ExitUsage, QStringLiteral("agent %1: %2").arg(verb, wide.error()));
    const auto yes = verb == QLatin1String("delete") ? CliArgs::takeFlag(optionWords, QStringLiteral("--yes"))
                                                     : Expected<bool>(false);
    if (!yes)
        return out.error(ExitUsage, QStringLiteral("agent %1: %2").arg(verb, yes.error()));
    const auto parsed = CliArgs::parse(optionWords, options, repeatable);
    if (!parsed)
        return out.error(ExitUsage, QStringLiteral("agent %1: %2").arg(verb, parsed.error()));
    const QStringList& words = parsed->positional;
    if (const QString problem = found->checkArguments(words); !problem.isEmpty())
        return out.error(ExitUsage, QStringLiteral("agent %1: %2").arg(verb, problem));

    AgentAdmin agents(dataDir);
    if (isCreate)
        return create(agents, parsed.value(), anySender.value(), wide.value(), out);
    if (verb == QLatin1String("set-any-sender"))
        return setAnySender(dataDir, agents, words, out);
    if (isTestMessage)
        return testMessage(dataDir, parsed.value(), out);
    if (verb == QLatin1String("list"))
        return listAgents(agents, out);
    if (verb == QLatin1String("show"))
        return showAgent(dataDir, agents, words[0], out);
    if (found->arguments == 2)
        return network(agents, verb, words, wide.value(), out);
    const QString& name = words[0];
    if (verb == QLatin1String("delete")) {
        const auto agent = agents.agent(name);
        if (!agent)
            return out.error(ExitFailure, agent.error());
        // Counted before the delete: afterwards the messages no longer name an agent that exists.
        const auto waiting = agents.waitingMessages(name);
        const QString question =
            QStringLiteral(
                "Delete Mail Agent '%1'? Its credentials stop working at once%2; this cannot be undone.")
                .arg(agent->name,
                     waiting && waiting.value() > 0
                         ? QStringLiteral(" (the %1 message(s) it queued stay queued)").arg(waiting.value())
                         : QString());
        if (!CliConfirm::proceed(question, yes.value()))
            return out.error(ExitFailure, CliConfirm::declined(QStringLiteral("agent delete")));
        const Status status = agents.remove(name);
        if (!status)
            return out.error(ExitFailure, status.error());
        out.line(QStringLiteral("Deleted Mail Agent '%1' with its credentials and networks.").arg(name));
        if (waiting && waiting.value() > 0)
            out.line(
                QStringLiteral("%1 it handed over %2 still in the queue, where deleting the agent leaves "
                               "%4 as before; 'relaydesk queue list' lists them (agent %3), 'relaydesk queue "
                               "delete ID' removes one.")
                    .arg(waiting.value() == 1 ? QStringLiteral("1 message")
                                              : QStringLiteral("%1 messages").arg(waiting.value()),
                         waiting.value() == 1 ? QStringLiteral("is") : QStringLiteral("are"), name,
                         waiting.value() == 1 ? QStringLiteral("it") : QStringLiteral("them")));
        out.json(QJsonObject{{QStringLiteral("deleted"), name},
                             {QStringLiteral("messages_waiting"), waiting ? waiting.value() : 0}});
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

// relaydesk domain add|remove AGENT DOMAIN, domain list [AGENT]: what each Mail Agent may send as
// (docs/protocols.md, "Sender domains"); domain check DOMAIN: its DNS records (docs/operations.md, "DNS
// check").
#include "app/cli/cliagentview.h"
#include "app/cli/clicommands.h"
#include "app/cli/cliverb.h"
#include "core/admin/agentadmin.h"
#include "core/admin/dkimadmin.h"
#include "core/admin/domaincheckadmin.h"
#include "core/util/readableaddress.h"

#include <QDateTime>

namespace RelayDesk {

namespace {

const CliVerb domainVerbTable[] = {
    {"add", 2, "domain add AGENT DOMAIN|ADDRESS"},
    {"remove", 2, "domain remove AGENT DOMAIN|ADDRESS"},
    {"list", -1, "domain list [AGENT]"},
    {"check", 1, "domain check DOMAIN"},
};

/// domain check: 3 when a record is missing or wrong, 4 when DNS gave no usable answer to a question.
constexpr int ExitRecordsNeedWork = 3;
constexpr int ExitDnsFailure = 4;

QJsonObject sendersJson(const MailAgent& agent)
{
    return QJsonObject{{QStringLiteral("agent"), agent.name},
                       {QStringLiteral("sender_domains"), QJsonArray::fromStringList(agent.senders)},
                       {QStringLiteral("any_sender"), agent.anySender}};
}

int listDomains(AgentAdmin& agents, const QStringList& words, const CliOutput& out)
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
            rows << QStringList{agent.name, ReadableAddress::sender(sender),
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

int change(const QString& dataDir, AgentAdmin& agents, bool add, const QStringList& words,
           const CliOutput& out)
{
    const QString& name = words[0];
    if (const QString problem = AgentAdmin::senderProblem(words[1]); !problem.isEmpty())
        return out.error(ExitUsage,
                         QStringLiteral("domain %1: %2")
                             .arg(add ? QStringLiteral("add") : QStringLiteral("remove"), problem));
    const auto done = add ? agents.addSender(name, words[1]) : agents.removeSender(name, words[1]);
    if (!done)
        return out.error(ExitFailure, done.error());
    const QString shown = ReadableAddress::sender(done.value());
    out.line(add ? QStringLiteral("Mail Agent '%1' may now send as %2.").arg(name, shown)
                 : QStringLiteral("Mail Agent '%1' may no longer send as %2.").arg(name, shown));
    if (const QString warning = AgentAdmin::senderWarning(done.value()); add && !warning.isEmpty())
        out.warning(QStringLiteral("domain add: ") + warning);
    // A domain keeps its DKIM keys when it is removed (docs/operations.md, "DKIM"): said on removal, and on
    // adding it again its mail is signed with them at once (an outside tester was told to make new ones).
    const bool isDomain = !done.value().contains(QLatin1Char('@'));
    const auto kept = isDomain ? DkimAdmin(dataDir).keys(done.value()) : QList<DkimKeyRecord>();
    const bool hasKeys = isDomain && kept && !kept->isEmpty();
    if (add && hasKeys && AgentAdmin::senderWarning(done.value()).isEmpty())
        out.line(QStringLiteral(
                     "Its mail is signed with the DKIM keys %1 already has ('relaydesk domain records %1' "
                     "prints their records).")
                     .arg(shown));
    else if (add && isDomain && AgentAdmin::senderWarning(done.value()).isEmpty())
        out.line(QStringLiteral("Sign its mail with DKIM: 'relaydesk domain dkim %1', then publish what "
                                "'relaydesk domain records %1' prints.")
                     .arg(shown));
    else if (!add && hasKeys)
        out.line(QStringLiteral(
                     "Its DKIM keys are kept: mail any agent still sends as %1 is signed with them, and "
                     "so is its mail if it is added again; 'relaydesk dkim disable %1' removes them.")
                     .arg(shown));
    const auto agent = agents.agent(name);
    if (!agent)
        return out.error(ExitFailure, agent.error());
    // The window asks before a sender in use is cut off; here, where scripts run it too, it is said at once
    // with how to undo it (an outside tester's removal refused an application's mail without a word).
    if (!add) {
        MailAgent before = agent.value();
        before.senders << done.value();
        QStringList refused;
        if (const auto senders = agents.recentSenders(agent->id, QDateTime::currentMSecsSinceEpoch() -
                                                                     AgentAdmin::recentUseMs)) {
            for (const QString& sender : AgentAdmin::sendersCutOff(before, agent.value(), senders.value()))
                refused << ReadableAddress::address(sender);
        }
        if (!refused.isEmpty())
            out.warning(
                QStringLiteral("mail from %1 went through '%2' in the last 7 days; it is refused now (553 "
                               "5.7.1). 'relaydesk domain add %2 %3' takes it again.")
                    .arg(refused.mid(0, 3).join(QStringLiteral(", ")) +
                             (refused.size() > 3 ? QStringLiteral(" and %1 more").arg(refused.size() - 3)
                                                 : QString()),
                         name, shown));
    }
    QJsonObject object = sendersJson(agent.value());
    object.insert(add ? QStringLiteral("added") : QStringLiteral("removed"), done.value());
    out.json(object);
    if (const QString warning = CliAgentView::senderWarning(agent.value()); !warning.isEmpty())
        out.warning(warning);
    return ExitOk;
}

int check(const QString& dataDir, const QString& domain, const CliOutput& out)
{
    const auto plan = DomainCheckAdmin(dataDir).plan(domain);
    if (!plan)
        return out.error(ExitUsage, QStringLiteral("domain check: %1").arg(plan.error()));
    const DomainCheckReport report = DomainCheckAdmin::run(plan.value());
    QJsonArray records;
    for (const DomainCheckItem& item : report.items) {
        QJsonObject object{{QStringLiteral("kind"), item.kind},
                           {QStringLiteral("name"), item.name},
                           {QStringLiteral("type"), item.type},
                           {QStringLiteral("verdict"), DomainCheckItem::verdictName(item.verdict)},
                           {QStringLiteral("found"), QJsonArray::fromStringList(item.found)},
                           {QStringLiteral("summary"), item.summary},
                           {QStringLiteral("publish"), item.publish}};
        if (item.kind == QLatin1String("dkim"))
            object.insert(QStringLiteral("selector"), item.selector);
        records.append(object);
    }
    const QString result = report.dnsFailed()  ? QStringLiteral("dns_failure")
                           : report.allRight() ? QStringLiteral("right")
                                               : QStringLiteral("needs_work");
    QJsonObject json{{QStringLiteral("domain"), report.domain},
                     {QStringLiteral("dns_server"), report.nameserver.isEmpty()
                                                        ? QJsonValue(QJsonValue::Null)
                                                        : QJsonValue(report.nameserver)},
                     {QStringLiteral("direct_mx"), report.directMx},
                     {QStringLiteral("result"), result},
                     {QStringLiteral("records"), records}};
    if (report.directMx) {
        json.insert(QStringLiteral("sending_address"), report.sendingAddress.isEmpty()
                                                           ? QJsonValue(QJsonValue::Null)
                                                           : QJsonValue(report.sendingAddress));
        json.insert(QStringLiteral("sending_address_note"), report.addressNote);
    }
    out.json(json);
    out.line(QStringLiteral("DNS records of %1, asked at %2:")
                 .arg(ReadableAddress::domain(report.domain), report.nameserver.isEmpty()
                                                                  ? QStringLiteral("the system resolver")
                                                                  : report.nameserver));
    out.line();
    for (const DomainCheckItem& item : report.items) {
        QString what = item.kind.toUpper();
        if (!item.selector.isEmpty())
            what += QStringLiteral(" (%1)").arg(item.selector);
        // "[right] SPF TXT example.com", but "[right] MX example.com": the record type once when it is the
        // check's name ("MX MX" read as a stutter: an outside tester).
        const bool typeIsKind = item.type.compare(item.kind, Qt::CaseInsensitive) == 0;
        out.line(QStringLiteral("[%1] %2 %3")
                     .arg(DomainCheckItem::verdictName(item.verdict),
                          typeIsKind || item.type.isEmpty() ? what : what + QLatin1Char(' ') + item.type,
                          item.name.isEmpty() ? QStringLiteral("-") : item.name));
        out.line(QStringLiteral("    ") + item.summary);
        for (const QString& found : item.found)
            out.line(QStringLiteral("    found: ") + found);
        if (!item.publish.isEmpty()) {
            out.line(QStringLiteral("    publish instead:"));
            for (const QString& line : item.publish.split(QLatin1Char('\n')))
                out.line(QStringLiteral("      ") + line);
        }
        out.line();
    }
    if (report.directMx && !report.addressNote.isEmpty())
        out.line(report.addressNote);
    if (report.dnsFailed())
        return out.error(ExitDnsFailure,
                         QStringLiteral("domain check: DNS gave no usable answer for some records of %1 (see "
                                        "'unchecked'); is delivery.dns_server right?")
                             .arg(report.domain));
    if (!report.allRight()) {
        if (!out.isJson())
            out.line(QStringLiteral("Some records of %1 are missing or wrong, or could not be fully checked "
                                    "('undetermined'): publish what is shown above, then check again.")
                         .arg(report.domain));
        return ExitRecordsNeedWork;
    }
    out.line(QStringLiteral("Every record of %1 is published and right.").arg(report.domain));
    return ExitOk;
}

} // namespace

QList<CliVerb> domainVerbList()
{
    return CliVerb::list(domainVerbTable) + domainDkimVerbs();
}

int runDomainCommand(const QString& dataDir, const QStringList& args, const CliOutput& out)
{
    const QString verb = args.value(0);
    // dkim, rotate-dkim, records: the domain's DKIM keys and DNS records (docs/operations.md, "DKIM").
    if (isDomainDkimVerb(verb))
        return runDomainDkimCommand(dataDir, args, out);
    const CliVerb* found = CliVerb::find(domainVerbTable, verb);
    if (!found)
        return out.error(ExitUsage, CliVerb::unknown("domain", verb, CliVerb::namesOf(domainVerbList())));
    const QStringList words = args.mid(1);
    for (const QString& word : words) {
        if (word.startsWith(QLatin1String("--")))
            return out.error(ExitUsage, QStringLiteral("domain %1: unknown option %2").arg(verb, word));
    }
    if (verb == QLatin1String("check")) {
        if (const QString problem = found->checkArguments(words); !problem.isEmpty())
            return out.error(ExitUsage, QStringLiteral("domain check: %1").arg(problem));
        return check(dataDir, words[0], out);
    }
    AgentAdmin agents(dataDir);
    if (verb == QLatin1String("list"))
        return listDomains(agents, words, out);
    if (const QString problem = found->checkArguments(words); !problem.isEmpty())
        return out.error(ExitUsage, QStringLiteral("domain %1: %2").arg(verb, problem));
    return change(dataDir, agents, verb == QLatin1String("add"), words, out);
}

} // namespace RelayDesk

#include "app/cli/clirefusedsubmissions.h"
#include "app/cli/cliargs.h"
#include "app/cli/clioutput.h"
#include "app/cli/cliverb.h"
#include "core/admin/logadmin.h"
#include "core/smtp/replycatalog.h"

#include <QJsonArray>
#include <QJsonObject>

namespace RelayDesk::CliRefusedSubmissions {

int run(const QString& dataDir, const CliVerb& verb, const QStringList& args, const CliOutput& out)
{
    const auto parsed = CliArgs::parse(args, {QStringLiteral("--agent"), QStringLiteral("--deleted-agent"),
                                              QStringLiteral("--search"), QStringLiteral("--since"),
                                              QStringLiteral("--limit")});
    if (!parsed)
        return out.error(ExitUsage, QStringLiteral("log refused: %1").arg(parsed.error()));
    if (const QString problem = verb.checkArguments(parsed->positional); !problem.isEmpty())
        return out.error(ExitUsage, QStringLiteral("log refused: %1").arg(problem));
    RefusedSubmissionFilter filter;
    filter.agent = parsed->values(QStringLiteral("--agent")).value(0);
    if (const QStringList deleted = parsed->values(QStringLiteral("--deleted-agent")); !deleted.isEmpty()) {
        if (!filter.agent.isEmpty())
            return out.error(ExitUsage,
                             QStringLiteral("log refused: give --agent or --deleted-agent, not both"));
        filter.agent = deleted.value(0);
        filter.deletedAgent = true;
    }
    filter.text = parsed->values(QStringLiteral("--search")).value(0);
    if (const QStringList since = parsed->values(QStringLiteral("--since")); !since.isEmpty()) {
        const auto at = LogAdmin::parseTime(since.last());
        if (!at)
            return out.error(ExitUsage, QStringLiteral("log refused: %1").arg(at.error()));
        filter.sinceMs = at.value();
    }
    const auto limit = parsed->number(QStringLiteral("--limit"), 50, 1, 10000);
    if (!limit)
        return out.error(ExitUsage, QStringLiteral("log refused: %1").arg(limit.error()));
    bool more = false;
    const auto refused = LogAdmin(dataDir).refusedSubmissions(filter, limit.value(), &more);
    if (!refused)
        return out.error(ExitFailure, refused.error());
    QJsonArray array;
    QList<QStringList> rows;
    for (const RefusedSubmission& entry : refused.value()) {
        array.append(QJsonObject{
            {QStringLiteral("last_at"), CliOutput::timeJson(entry.lastAt)},
            {QStringLiteral("first_at"), CliOutput::timeJson(entry.firstAt)},
            {QStringLiteral("count"), entry.count},
            {QStringLiteral("address"), entry.address},
            {QStringLiteral("listener"), entry.listener},
            {QStringLiteral("agent"), entry.agentName},
            {QStringLiteral("command"), entry.command},
            {QStringLiteral("sender"), entry.sender},
            {QStringLiteral("recipients"), entry.recipients},
            {QStringLiteral("reply"), entry.reply},
            // A failed handshake or a session closed for errors needs a person, whatever the code.
            {QStringLiteral("sign"),
             ReplyCatalog::signName(entry.failedBeforeMail() ? RoadSign::Red
                                                             : ReplyCatalog::signFor(entry.code()))}});
        // The null sender is MAIL's "<>"; a RCPT or DATA of no transaction had no sender at all (rows from
        // before they were left out).
        const QString noSender =
            entry.command == QLatin1String("MAIL") ? QStringLiteral("<>") : QStringLiteral("-");
        rows << QStringList{CliOutput::timeText(entry.lastAt),
                            entry.address,
                            entry.listener,
                            entry.agentName.isEmpty() ? QStringLiteral("-") : entry.agentName,
                            entry.command,
                            entry.sender.isEmpty() ? noSender : entry.sender,
                            entry.recipients.isEmpty() ? QStringLiteral("-") : entry.recipients,
                            entry.reply,
                            QString::number(entry.count)};
    }
    out.json(array);
    if (rows.isEmpty())
        out.line(QStringLiteral("No sender, recipient or message was refused at submission%1.")
                     .arg(filter.text.isEmpty() && filter.agent.isEmpty() ? QString()
                                                                          : QStringLiteral(" that matches")));
    else
        out.table({QStringLiteral("LAST"), QStringLiteral("ADDRESS"), QStringLiteral("LISTENER"),
                   QStringLiteral("AGENT"), QStringLiteral("COMMAND"), QStringLiteral("SENDER"),
                   QStringLiteral("RECIPIENTS"), QStringLiteral("REPLY"), QStringLiteral("TIMES")},
                  rows);
    if (more)
        out.warning(QStringLiteral("showing the latest %1; more match: use --limit N (up to 10000), --since "
                                   "or --search")
                        .arg(limit.value()));
    return ExitOk;
}

} // namespace RelayDesk::CliRefusedSubmissions

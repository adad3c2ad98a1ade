// relaydesk suppression list AGENT | add AGENT ADDRESS [--reason R] | remove AGENT ADDRESS
#include "app/cli/cliargs.h"
#include "app/cli/clicommands.h"
#include "app/cli/cliverb.h"
#include "core/admin/suppressionadmin.h"
#include "core/util/readableaddress.h"

#include <QJsonArray>
#include <QJsonObject>

namespace RelayDesk {

namespace {

const CliVerb suppressionVerbTable[] = {
    {"list", 1, "suppression list AGENT"},
    {"add", 2, "suppression add AGENT ADDRESS [--reason R]"},
    {"remove", 2, "suppression remove AGENT ADDRESS"},
};

} // namespace

QList<CliVerb> suppressionVerbs()
{
    return CliVerb::list(suppressionVerbTable);
}

int runSuppressionCommand(const QString& dataDir, const QStringList& args, const CliOutput& out)
{
    const QString verb = args.value(0);
    const CliVerb* found = CliVerb::find(suppressionVerbTable, verb);
    if (!found)
        return out.error(ExitUsage, CliVerb::unknown("suppression", verb, suppressionVerbTable));
    const auto parsed = CliArgs::parse(args.mid(1), {QStringLiteral("--reason")});
    if (!parsed)
        return out.error(ExitUsage, QStringLiteral("suppression %1: %2").arg(verb, parsed.error()));
    if (const QString problem = found->checkArguments(parsed->positional); !problem.isEmpty())
        return out.error(ExitUsage, QStringLiteral("suppression %1: %2").arg(verb, problem));
    const QString agent = parsed->positional.value(0);
    const QString address = parsed->positional.value(1);
    SuppressionAdmin list(dataDir);
    if (verb == QLatin1String("list")) {
        const auto entries = list.list(agent);
        if (!entries)
            return out.error(ExitFailure, entries.error());
        QJsonArray array;
        QList<QStringList> rows;
        for (const Suppression& s : entries.value()) {
            array.append(QJsonObject{{QStringLiteral("address"), s.address},
                                     {QStringLiteral("reason"), s.reason},
                                     {QStringLiteral("created_at"), CliOutput::timeJson(s.createdAt)}});
            rows << QStringList{ReadableAddress::address(s.address), CliOutput::timeText(s.createdAt),
                                s.reason};
        }
        out.json(array);
        if (rows.isEmpty())
            out.line(QStringLiteral("The suppression list of %1 is empty.").arg(agent));
        else
            out.table({QStringLiteral("ADDRESS"), QStringLiteral("SINCE"), QStringLiteral("REASON")}, rows);
        return ExitOk;
    }
    const Status status =
        verb == QLatin1String("add")
            ? list.add(agent, address,
                       parsed->values(QStringLiteral("--reason")).value(0, SuppressionList::byHandReason()))
            : list.remove(agent, address);
    if (!status)
        return out.error(ExitFailure, status.error());
    out.json(QJsonObject{{QStringLiteral("agent"), agent},
                         {QStringLiteral("address"), SuppressionAdmin::normalize(address)},
                         {QStringLiteral("action"), verb},
                         {QStringLiteral("ok"), true}});
    out.line(verb == QLatin1String("add")
                 ? QStringLiteral("%1 will no longer receive mail from %2.").arg(address, agent)
                 : QStringLiteral("%1 is removed from the suppression list of %2.").arg(address, agent));
    return ExitOk;
}

} // namespace RelayDesk

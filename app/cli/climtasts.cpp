// relaydesk mta-sts list | show DOMAIN | forget DOMAIN: the cached MTA-STS policies (RFC 8461).
#include "app/cli/cliargs.h"
#include "app/cli/clicommands.h"
#include "app/cli/cliverb.h"
#include "core/admin/mtastsadmin.h"

#include <QJsonArray>
#include <QJsonObject>

namespace RelayDesk {

namespace {

const CliVerb mtastsVerbTable[] = {
    {"list", 0, "mta-sts list"},
    {"show", 1, "mta-sts show DOMAIN"},
    {"forget", 1, "mta-sts forget DOMAIN"},
};

QJsonObject policyJson(const MtaStsPolicy& policy, qint64 now)
{
    return QJsonObject{{QStringLiteral("domain"), policy.domain},
                       {QStringLiteral("id"), policy.id},
                       {QStringLiteral("mode"), policy.modeName()},
                       {QStringLiteral("mx"), QJsonArray::fromStringList(policy.mx)},
                       {QStringLiteral("max_age"), policy.maxAge},
                       {QStringLiteral("fetched_at"), CliOutput::timeJson(policy.fetchedAt)},
                       {QStringLiteral("expires_at"), CliOutput::timeJson(policy.expiresAt)},
                       {QStringLiteral("expired"), policy.isExpired(now)}};
}

} // namespace

QList<CliVerb> mtaStsVerbs()
{
    return CliVerb::list(mtastsVerbTable);
}

int runMtaStsCommand(const QString& dataDir, const QStringList& args, const CliOutput& out)
{
    const QString verb = args.value(0);
    const CliVerb* found = CliVerb::find(mtastsVerbTable, verb);
    if (!found)
        return out.error(ExitUsage, CliVerb::unknown("mta-sts", verb, mtastsVerbTable));
    const auto parsed = CliArgs::parse(args.mid(1), {});
    if (!parsed)
        return out.error(ExitUsage, QStringLiteral("mta-sts %1: %2").arg(verb, parsed.error()));
    if (const QString problem = found->checkArguments(parsed->positional); !problem.isEmpty())
        return out.error(ExitUsage, QStringLiteral("mta-sts %1: %2").arg(verb, problem));
    const MtaStsAdmin admin(dataDir);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (verb == QLatin1String("list")) {
        const auto policies = admin.policies();
        if (!policies)
            return out.error(ExitFailure, policies.error());
        QJsonArray array;
        QList<QStringList> rows;
        for (const MtaStsPolicy& policy : policies.value()) {
            array.append(policyJson(policy, now));
            rows << QStringList{policy.domain, policy.modeName(), policy.mx.join(QLatin1Char(' ')),
                                CliOutput::timeText(policy.fetchedAt),
                                policy.isExpired(now) ? QStringLiteral("expired")
                                                      : CliOutput::timeText(policy.expiresAt)};
        }
        out.json(array);
        if (rows.isEmpty())
            out.line(QStringLiteral("No MTA-STS policy is cached."));
        else
            out.table({QStringLiteral("DOMAIN"), QStringLiteral("MODE"), QStringLiteral("MX"),
                       QStringLiteral("FETCHED"), QStringLiteral("VALID UNTIL")},
                      rows);
        return ExitOk;
    }
    const QString domain = parsed->positional.value(0);
    if (verb == QLatin1String("show")) {
        const auto policy = admin.policy(domain);
        if (!policy)
            return out.error(ExitFailure, policy.error());
        QJsonObject object = policyJson(policy.value(), now);
        object.insert(QStringLiteral("policy"), QString::fromUtf8(policy->text));
        out.json(object);
        out.line(QStringLiteral("Domain:      %1").arg(policy->domain));
        out.line(QStringLiteral("Mode:        %1").arg(policy->modeName()));
        out.line(QStringLiteral("MX:          %1").arg(policy->mx.join(QLatin1Char(' '))));
        out.line(QStringLiteral("Policy id:   %1").arg(policy->id));
        out.line(QStringLiteral("Max age:     %1 s").arg(policy->maxAge));
        out.line(QStringLiteral("Fetched:     %1").arg(CliOutput::timeText(policy->fetchedAt)));
        out.line(QStringLiteral("Valid until: %1%2")
                     .arg(CliOutput::timeText(policy->expiresAt),
                          policy->isExpired(now) ? QStringLiteral(" (expired)") : QString()));
        return ExitOk;
    }
    if (const Status forgotten = admin.forget(domain); !forgotten)
        return out.error(ExitFailure, forgotten.error());
    out.json(QJsonObject{{QStringLiteral("domain"), MtaStsAdmin::normalizeDomain(domain)},
                         {QStringLiteral("action"), verb},
                         {QStringLiteral("ok"), true}});
    out.line(QStringLiteral("The MTA-STS policy of %1 is forgotten; the next delivery fetches it again.")
                 .arg(MtaStsAdmin::normalizeDomain(domain)));
    return ExitOk;
}

} // namespace RelayDesk

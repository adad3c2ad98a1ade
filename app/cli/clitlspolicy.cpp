// relaydesk tls-policy list | set DOMAIN POLICY | remove DOMAIN: outbound TLS per recipient domain (MX).
#include "app/cli/cliargs.h"
#include "app/cli/clicommands.h"
#include "app/cli/cliverb.h"
#include "core/admin/routeadmin.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace RelayDesk {

namespace {

const CliVerb tlsPolicyVerbTable[] = {
    {"list", 0, "tls-policy list"},
    {"set", 2, "tls-policy set DOMAIN none|opportunistic|required|verify"},
    {"remove", 1, "tls-policy remove DOMAIN"},
};

int listTlsPolicies(const RouteAdmin& store, const CliOutput& out)
{
    const auto policies = store.tlsPolicies();
    if (!policies)
        return out.error(ExitFailure, policies.error());
    QStringList domains = policies->keys();
    std::sort(domains.begin(), domains.end());
    QJsonArray array;
    QList<QStringList> rows;
    for (const QString& domain : std::as_const(domains)) {
        const QString policy = tlsPolicyName(policies->value(domain));
        array.append(QJsonObject{{QStringLiteral("domain"), domain}, {QStringLiteral("policy"), policy}});
        rows << QStringList{domain, policy};
    }
    out.json(array);
    if (rows.isEmpty())
        out.line(QStringLiteral("No TLS policies: every domain gets opportunistic STARTTLS."));
    else
        out.table({QStringLiteral("DOMAIN"), QStringLiteral("POLICY")}, rows);
    return ExitOk;
}

} // namespace

QList<CliVerb> tlsPolicyVerbs()
{
    return CliVerb::list(tlsPolicyVerbTable);
}

int runTlsPolicyCommand(const QString& dataDir, const QStringList& args, const CliOutput& out)
{
    const QString verb = args.value(0);
    const CliVerb* found = CliVerb::find(tlsPolicyVerbTable, verb);
    if (!found)
        return out.error(ExitUsage, CliVerb::unknown("tls-policy", verb, tlsPolicyVerbTable));
    const auto parsed = CliArgs::parse(args.mid(1), {});
    if (!parsed)
        return out.error(ExitUsage, QStringLiteral("tls-policy %1: %2").arg(verb, parsed.error()));
    if (const QString problem = found->checkArguments(parsed->positional); !problem.isEmpty())
        return out.error(ExitUsage, QStringLiteral("tls-policy %1: %2").arg(verb, problem));

    RouteAdmin store(dataDir);
    if (verb == QLatin1String("list"))
        return listTlsPolicies(store, out);
    const QString domain = parsed->positional[0].toLower();
    if (const QString problem = RouteTable::validatePattern(domain); !problem.isEmpty())
        return out.error(ExitUsage, QStringLiteral("tls-policy %1: %2").arg(verb, problem));
    if (verb == QLatin1String("set")) {
        const auto policy = RouteAdmin::parsePolicy(parsed->positional[1]);
        if (!policy)
            return out.error(ExitUsage, QStringLiteral("tls-policy set: %1").arg(policy.error()));
        if (const Status status = store.setTlsPolicy(domain, *policy); !status)
            return out.error(ExitFailure, status.error());
        out.json(QJsonObject{{QStringLiteral("domain"), domain},
                             {QStringLiteral("policy"), tlsPolicyName(*policy)},
                             {QStringLiteral("action"), verb}});
        out.line(
            QStringLiteral("Mail to %1 is now sent with TLS policy %2.").arg(domain, tlsPolicyName(*policy)));
        return ExitOk;
    }
    if (const Status status = store.removeTlsPolicy(domain); !status)
        return out.error(ExitFailure, status.error());
    out.json(QJsonObject{{QStringLiteral("domain"), domain}, {QStringLiteral("action"), verb}});
    out.line(QStringLiteral("The TLS policy for %1 is removed (opportunistic from now on).").arg(domain));
    return ExitOk;
}

} // namespace RelayDesk

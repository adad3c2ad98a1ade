// relaydesk route list | add PATTERN HOST:PORT [--tls MODE] | remove PATTERN: per-domain routes.
#include "app/cli/cliargs.h"
#include "app/cli/clicommands.h"
#include "app/cli/cliverb.h"
#include "core/routing/routestore.h"
#include "core/util/hostandport.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace RelayDesk {

namespace {

const CliVerb verbs[] = {
    {"list", 0, "route list"},
    {"add", 2, "route add PATTERN HOST:PORT [--tls none|opportunistic|required|verify|implicit]"},
    {"remove", 1, "route remove PATTERN"},
};

QString tlsName(const RouteEntry& entry)
{
    return entry.implicitTls ? QStringLiteral("implicit") : tlsPolicyName(entry.tls);
}

QJsonObject routeJson(const RouteEntry& entry)
{
    return QJsonObject{{QStringLiteral("pattern"), entry.pattern},
                       {QStringLiteral("host"), entry.host},
                       {QStringLiteral("port"), int(entry.port)},
                       {QStringLiteral("tls"), tlsName(entry)}};
}

int list(const RouteStore& store, const CliOutput& out)
{
    const auto entries = store.routes();
    if (!entries)
        return out.error(ExitFailure, entries.error());
    QJsonArray array;
    QList<QStringList> rows;
    for (const RouteEntry& entry : entries.value()) {
        array.append(routeJson(entry));
        rows << QStringList{entry.pattern, HostAndPort{entry.host, entry.port}.toString(), tlsName(entry)};
    }
    out.json(array);
    if (rows.isEmpty())
        out.line(QStringLiteral("No routes: mail goes to the smarthost, or else to the MX hosts."));
    else
        out.table({QStringLiteral("PATTERN"), QStringLiteral("DESTINATION"), QStringLiteral("TLS")}, rows);
    return ExitOk;
}

/// Parses the words of "route add" into an entry; an error message if any of them is wrong.
Expected<RouteEntry> parseEntry(const CliArgs& args)
{
    RouteEntry entry;
    entry.pattern = args.positional[0].toLower();
    if (const QString problem = RouteTable::validatePattern(entry.pattern); !problem.isEmpty())
        return Expected<RouteEntry>::failure(problem);
    const QString tls = args.values(QStringLiteral("--tls")).value(0, QStringLiteral("opportunistic"));
    if (tls == QLatin1String("implicit")) {
        entry.implicitTls = true; // RFC 8314 3: TLS from the first byte, a certificate is required
        entry.tls = TlsPolicy::Required;
    } else if (const auto policy = parseTlsPolicy(tls); policy && tls == tls.toLower()) {
        entry.tls = *policy;
    } else {
        return Expected<RouteEntry>::failure(
            QStringLiteral("'%1' is not none, opportunistic, required, verify or implicit").arg(tls));
    }
    const auto endpoint = HostAndPort::parse(args.positional[1], entry.implicitTls ? 465 : 25);
    if (!endpoint)
        return Expected<RouteEntry>::failure(endpoint.error());
    entry.host = endpoint->host;
    entry.port = endpoint->port;
    return entry;
}

} // namespace

int runRouteCommand(const QString& dataDir, const QStringList& args, const CliOutput& out)
{
    const QString verb = args.value(0);
    const CliVerb* found = CliVerb::find(verbs, verb);
    if (!found)
        return out.error(ExitUsage, CliVerb::unknown("route", verb, verbs));
    const QStringList valueOptions =
        verb == QLatin1String("add") ? QStringList{QStringLiteral("--tls")} : QStringList{};
    const auto parsed = CliArgs::parse(args.mid(1), valueOptions);
    if (!parsed)
        return out.error(ExitUsage, QStringLiteral("route %1: %2").arg(verb, parsed.error()));
    if (const QString problem = found->checkArguments(parsed->positional); !problem.isEmpty())
        return out.error(ExitUsage, QStringLiteral("route %1: %2").arg(verb, problem));

    RouteStore store(dataDir);
    if (verb == QLatin1String("list"))
        return list(store, out);
    if (verb == QLatin1String("add")) {
        const auto entry = parseEntry(parsed.value());
        if (!entry)
            return out.error(ExitUsage, QStringLiteral("route add: %1").arg(entry.error()));
        if (const Status status = store.setRoute(entry.value()); !status)
            return out.error(ExitFailure, status.error());
        QJsonObject result = routeJson(entry.value());
        result.insert(QStringLiteral("action"), QStringLiteral("add"));
        out.json(result);
        out.line(QStringLiteral("Route added: mail for %1 goes to %2 (TLS: %3).")
                     .arg(entry->pattern, HostAndPort{entry->host, entry->port}.toString(),
                          tlsName(entry.value())));
        out.line(
            QStringLiteral("A running relay uses it from its next delivery pass, within about 10 seconds."));
        return ExitOk;
    }
    const QString pattern = parsed->positional[0].toLower();
    const auto entries = store.routes();
    if (!entries)
        return out.error(ExitFailure, entries.error());
    const bool exists = std::any_of(entries->cbegin(), entries->cend(),
                                    [&](const RouteEntry& entry) { return entry.pattern == pattern; });
    if (!exists)
        return out.error(ExitFailure, QStringLiteral("no route for '%1'").arg(pattern));
    if (const Status status = store.removeRoute(pattern); !status)
        return out.error(ExitFailure, status.error());
    out.json(QJsonObject{{QStringLiteral("pattern"), pattern}, {QStringLiteral("action"), verb}});
    out.line(QStringLiteral("The route for %1 is removed.").arg(pattern));
    return ExitOk;
}

} // namespace RelayDesk

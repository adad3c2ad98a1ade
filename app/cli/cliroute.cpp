// relaydesk route list | add PATTERN HOST:PORT [--tls MODE] [--ca-file FILE | --fingerprint SHA256:HEX]
//   [--username U [--password-stdin]] | remove PATTERN | test DOMAIN: per-domain routes.
#include "app/cli/cliargs.h"
#include "app/cli/clicommands.h"
#include "app/cli/clipassword.h"
#include "app/cli/cliprobe.h"
#include "app/cli/cliverb.h"
#include "core/admin/routeadmin.h"
#include "core/util/hostandport.h"

#include <QJsonArray>
#include <QJsonObject>

#include <optional>

namespace RelayDesk {

namespace {

const CliVerb routeVerbTable[] = {
    {"list", 0, "route list"},
    {"add", 2,
     "route add PATTERN HOST:PORT [--tls none|opportunistic|required|verify|implicit] [--ca-file FILE | "
     "--fingerprint SHA256:HEX] (with --tls verify) [--username U --password-stdin] (with --tls verify or "
     "implicit; without --password-stdin the stored password of U stays)"},
    {"remove", 1, "route remove PATTERN"},
    {"test", 1, "route test DOMAIN"},
};

QJsonObject routeJson(const RouteEntry& entry)
{
    QJsonObject json{{QStringLiteral("pattern"), entry.pattern},
                     {QStringLiteral("host"), entry.host},
                     {QStringLiteral("port"), int(entry.port)},
                     {QStringLiteral("tls"), RouteAdmin::tlsName(entry)}};
    if (entry.trust.mode == PeerTrust::Mode::CaFile)
        json.insert(QStringLiteral("ca_file"), entry.trust.caFile);
    if (entry.trust.mode == PeerTrust::Mode::Fingerprint)
        json.insert(QStringLiteral("fingerprint"), PeerTrust::fingerprintText(entry.trust.sha256));
    // The password itself is never printed.
    json.insert(QStringLiteral("username"), QString::fromUtf8(entry.username));
    json.insert(QStringLiteral("password_set"), entry.passwordSet || !entry.password.isEmpty());
    return json;
}

/// "AUTH as U", or "none".
QString loginText(const RouteEntry& entry)
{
    return entry.username.isEmpty() ? QStringLiteral("none")
                                    : QStringLiteral("AUTH as %1").arg(QString::fromUtf8(entry.username));
}

/// "verify" with what it verifies against, when that is not the system store.
QString tlsText(const RouteEntry& entry)
{
    switch (entry.trust.mode) {
    case PeerTrust::Mode::CaFile:
        return RouteAdmin::tlsName(entry) + QStringLiteral(" (CA file %1)").arg(entry.trust.caFile);
    case PeerTrust::Mode::Fingerprint:
        return RouteAdmin::tlsName(entry) +
               QStringLiteral(" (pinned %1)").arg(PeerTrust::fingerprintText(entry.trust.sha256));
    case PeerTrust::Mode::System:
    case PeerTrust::Mode::Insecure:
        break;
    }
    return RouteAdmin::tlsName(entry);
}

int listRoutes(const RouteAdmin& store, const CliOutput& out)
{
    const auto entries = store.routes();
    if (!entries)
        return out.error(ExitFailure, entries.error());
    QJsonArray array;
    QList<QStringList> rows;
    for (const RouteEntry& entry : entries.value()) {
        array.append(routeJson(entry));
        rows << QStringList{entry.pattern, HostAndPort{entry.host, entry.port}.toString(), tlsText(entry),
                            loginText(entry)};
    }
    out.json(array);
    if (rows.isEmpty())
        out.line(QStringLiteral("No routes: mail goes to the smarthost, or else to the MX hosts."));
    else
        out.table({QStringLiteral("PATTERN"), QStringLiteral("DESTINATION"), QStringLiteral("TLS"),
                   QStringLiteral("LOGIN")},
                  rows);
    return ExitOk;
}

} // namespace

QList<CliVerb> routeVerbs()
{
    return CliVerb::list(routeVerbTable);
}

int runRouteCommand(const QString& dataDir, const QStringList& args, const CliOutput& out)
{
    const QString verb = args.value(0);
    const CliVerb* found = CliVerb::find(routeVerbTable, verb);
    if (!found)
        return out.error(ExitUsage, CliVerb::unknown("route", verb, routeVerbTable));
    if (verb == QLatin1String("add") && args.contains(QStringLiteral("--insecure-skip-verify")))
        return out.error(ExitUsage,
                         QStringLiteral("route add: --insecure-skip-verify is for the smarthost; a "
                                        "route that accepts any certificate is --tls required"));
    QStringList words = args.mid(1);
    const auto passwordFromStdin = verb == QLatin1String("add")
                                       ? CliArgs::takeFlag(words, QStringLiteral("--password-stdin"))
                                       : Expected<bool>(false);
    if (!passwordFromStdin)
        return out.error(ExitUsage, QStringLiteral("route %1: %2").arg(verb, passwordFromStdin.error()));
    const QStringList valueOptions =
        verb == QLatin1String("add")
            ? QStringList{QStringLiteral("--tls"), QStringLiteral("--ca-file"),
                          QStringLiteral("--fingerprint"), QStringLiteral("--username")}
            : QStringList{};
    const auto parsed = CliArgs::parse(words, valueOptions);
    if (!parsed)
        return out.error(ExitUsage, QStringLiteral("route %1: %2").arg(verb, parsed.error()));
    if (const QString problem = found->checkArguments(parsed->positional); !problem.isEmpty())
        return out.error(ExitUsage, QStringLiteral("route %1: %2").arg(verb, problem));

    RouteAdmin store(dataDir);
    if (verb == QLatin1String("list"))
        return listRoutes(store, out);
    if (verb == QLatin1String("test")) // the way mail for DOMAIN takes: its route, the smarthost or its MX
        return runConnectionTest(QStringLiteral("route test"), store.probeDomain(parsed->positional[0]), out);
    if (verb == QLatin1String("add")) {
        const auto entry = RouteAdmin::parseRoute(
            parsed->positional[0], parsed->positional[1],
            parsed->values(QStringLiteral("--tls")).value(0, QStringLiteral("opportunistic")),
            parsed->values(QStringLiteral("--ca-file")).value(0),
            parsed->values(QStringLiteral("--fingerprint")).value(0));
        if (!entry) {
            const bool everything = parsed->positional[0].startsWith(QLatin1Char('*')) &&
                                    entry.error().contains(QLatin1String("set a smarthost"));
            return out.error(ExitUsage,
                             QStringLiteral("route add: %1%2")
                                 .arg(entry.error(), everything ? QStringLiteral(" ('relaydesk smarthost set "
                                                                                 "HOST:PORT')")
                                                                : QString()));
        }
        RouteEntry route = entry.value();
        route.username = parsed->values(QStringLiteral("--username")).value(0).toUtf8();
        if (passwordFromStdin.value() && route.username.isEmpty())
            return out.error(ExitUsage, QStringLiteral("route add: --password-stdin needs --username"));
        // Checked before the password is read: a route that cannot log in is refused before it is typed.
        RouteEntry checked = route;
        if (passwordFromStdin.value())
            checked.password = "to be read"; // stands for the one on standard input
        if (const QString problem = checked.username.isEmpty() ? QString() : store.routeProblem(checked);
            !problem.isEmpty())
            return out.error(ExitUsage, QStringLiteral("route add: %1").arg(problem));
        if (passwordFromStdin.value()) {
            auto read = readPasswordFromStdin();
            if (!read)
                return out.error(ExitUsage, QStringLiteral("route add: %1").arg(read.error()));
            route.password = std::move(read).value();
        }
        // A route for the same name is replaced: said, with what it was (an outside tester's second `route
        // add` turned "TLS: none" into opportunistic without a word; a script could weaken "required" so).
        std::optional<RouteEntry> before;
        if (const auto existing = store.routes()) {
            for (const RouteEntry& stored : existing.value()) {
                if (stored.pattern == route.pattern)
                    before = stored;
            }
        }
        const Status status = store.setRoute(route);
        route.password.fill('\0');
        if (!status)
            return out.error(ExitFailure, status.error());
        route.passwordSet = !route.username.isEmpty(); // stored with it, or kept (RouteStore::setRoute)
        QJsonObject result = routeJson(route);
        result.insert(QStringLiteral("action"), before ? QStringLiteral("replace") : QStringLiteral("add"));
        result.insert(QStringLiteral("replaced"), before ? QJsonValue(routeJson(*before)) : QJsonValue());
        out.json(result);
        const QString now =
            QStringLiteral("mail for %1 goes to %2 (TLS: %3)")
                .arg(route.pattern, HostAndPort{route.host, route.port}.toString(), tlsText(route));
        const QString login = route.username.isEmpty() ? QString() : QStringLiteral(", ") + loginText(route);
        if (before)
            out.line(
                QStringLiteral("Route replaced: %1%2; it went to %3 (TLS: %4%5).")
                    .arg(now, login, HostAndPort{before->host, before->port}.toString(), tlsText(*before),
                         before->username.isEmpty() ? QString() : QStringLiteral(", ") + loginText(*before)));
        else
            out.line(QStringLiteral("Route added: %1%2.").arg(now, login));
        if (!route.username.isEmpty() && !passwordFromStdin.value())
            out.line(
                QStringLiteral("The stored password of %1 stays.").arg(QString::fromUtf8(route.username)));
        // RFC 8314: TLS from the first byte is port 465's; a server on 25 waits for EHLO and STARTTLS.
        if (route.implicitTls && route.port == 25)
            out.warning(
                QStringLiteral("route add: --tls implicit on port 25: a server there expects STARTTLS "
                               "(--tls verify or required); TLS from the first byte is port 465's"));
        // Replaced without --username: its login is gone, which a script changing the port may not mean.
        if (before && !before->username.isEmpty() && route.username.isEmpty())
            out.warning(
                QStringLiteral("route add: the route no longer logs in (it did as %1) and its password "
                               "is removed; give --username and --password-stdin to keep a login")
                    .arg(QString::fromUtf8(before->username)));
        out.line(QStringLiteral(
            "A running relay uses it within about a second, for the next message it delivers."));
        return ExitOk;
    }
    const QString pattern = parsed->positional[0].toLower();
    if (const Status status = store.removeRoute(pattern); !status)
        return out.error(ExitFailure, status.error());
    out.json(QJsonObject{{QStringLiteral("pattern"), pattern}, {QStringLiteral("action"), verb}});
    out.line(QStringLiteral("The route for %1 is removed.").arg(pattern));
    return ExitOk;
}

} // namespace RelayDesk

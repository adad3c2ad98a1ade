// relaydesk smarthost show | set HOST:PORT [--tls MODE] [--username U --password-stdin]
//   [--ca-file FILE | --fingerprint SHA256:HEX | --insecure-skip-verify] | clear | test
#include "app/cli/cliapply.h"
#include "app/cli/cliargs.h"
#include "app/cli/clicommands.h"
#include "app/cli/clipassword.h"
#include "app/cli/cliprobe.h"
#include "app/cli/clismarthostwarning.h"
#include "app/cli/cliverb.h"
#include "core/admin/routeadmin.h"
#include "core/admin/settingsadmin.h"
#include "core/util/hostandport.h"
#include "core/util/serviceaccess.h"

#include <QJsonObject>

namespace RelayDesk {

namespace {

const CliVerb smarthostVerbTable[] = {
    {"show", 0, "smarthost show"},
    {"set", 1,
     "smarthost set HOST:PORT [--tls implicit|starttls|opportunistic] [--username U --password-stdin] "
     "[--ca-file FILE | --fingerprint SHA256:HEX | --insecure-skip-verify]"},
    {"clear", 0, "smarthost clear"},
    {"test", 0, "smarthost test"},
};

/// How the smarthost's certificate is checked, in one line.
QString verifyText(const QString& dataDir, const SmarthostConfig& config)
{
    const Route route = RouteTable::routeOf(config);
    if (config.trust.mode == PeerTrust::Mode::Insecure)
        return QStringLiteral(
            "NO (--insecure-skip-verify: any certificate is accepted, the password goes to it)");
    if (route.tls != TlsPolicy::Verify)
        return QStringLiteral("no (opportunistic without a user name: any certificate, no password sent)");
    if (config.trust.mode == PeerTrust::Mode::Fingerprint) // a pin names the certificate, not a host
        return QStringLiteral("yes, against %1 (the host name is not checked)").arg(config.trust.describe());
    PeerTrust trust = config.trust;
    if (trust.mode == PeerTrust::Mode::System) // as delivery does: tls.trust_file adds to the system CAs
        trust.extraCaFile = SettingsAdmin(dataDir).value(QStringLiteral("tls.trust_file"));
    return QStringLiteral("yes, against %1 and the host name").arg(trust.describe());
}

int showSmarthost(const QString& dataDir, const CliOutput& out)
{
    const auto config = RouteAdmin(dataDir).smarthost();
    if (!config)
        return out.error(ExitFailure, config.error());
    const bool configured = !config->host.isEmpty();
    const bool passwordSet = !config->password.isEmpty(); // the password itself is never printed
    QJsonObject result{{QStringLiteral("configured"), configured}};
    if (configured) {
        result.insert(QStringLiteral("host"), config->host);
        result.insert(QStringLiteral("port"), int(config->port));
        result.insert(QStringLiteral("tls"), RouteAdmin::tlsName(config->tls));
        result.insert(QStringLiteral("username"), QString::fromUtf8(config->username));
        result.insert(QStringLiteral("verify"), config->trust.modeName());
        if (config->trust.mode == PeerTrust::Mode::CaFile)
            result.insert(QStringLiteral("ca_file"), config->trust.caFile);
        if (config->trust.mode == PeerTrust::Mode::Fingerprint)
            result.insert(QStringLiteral("fingerprint"), PeerTrust::fingerprintText(config->trust.sha256));
    }
    result.insert(QStringLiteral("password_set"), passwordSet);
    out.json(result);
    if (!configured) {
        out.line(QStringLiteral("smarthost: not set (mail goes to the recipients' MX hosts)"));
        return ExitOk;
    }
    out.line(QStringLiteral("smarthost: ") + HostAndPort{config->host, config->port}.toString());
    out.line(QStringLiteral("tls:       ") + RouteAdmin::tlsName(config->tls));
    out.line(QStringLiteral("username:  ") +
             (config->username.isEmpty() ? QStringLiteral("(none)") : QString::fromUtf8(config->username)));
    out.line(QStringLiteral("password:  ") +
             (passwordSet ? QStringLiteral("set") : QStringLiteral("not set")));
    out.line(QStringLiteral("verify:    ") + verifyText(dataDir, config.value()));
    // Asked again when shown: a CA file made writable for everyone after it was set was never questioned (a
    // second outside tester).
    if (config->trust.mode == PeerTrust::Mode::CaFile) {
        if (const QString problem = ServiceAccess::trustFileProblem(config->trust.caFile); !problem.isEmpty())
            out.warning(QStringLiteral("smarthost show: CA file: ") + problem);
    }
    return ExitOk;
}

/// Replaces the whole smarthost: credentials not given are removed, so that a new host never receives the
/// password meant for the old one.
int setSmarthost(const QString& dataDir, const CliArgs& args, bool passwordFromStdin, bool insecure,
                 const CliOutput& out)
{
    const QString tls = args.values(QStringLiteral("--tls")).value(0, QStringLiteral("starttls"));
    if (const QString problem = SettingsAdmin::valueProblem(QStringLiteral("delivery.smarthost_tls"), tls);
        !problem.isEmpty())
        return out.error(ExitUsage, QStringLiteral("smarthost set: --tls: %1").arg(problem));
    const auto endpoint =
        HostAndPort::parse(args.positional[0], tls == QLatin1String("implicit") ? 465 : 587);
    if (!endpoint)
        return out.error(ExitUsage, QStringLiteral("smarthost set: %1").arg(endpoint.error()));
    const QString username = args.values(QStringLiteral("--username")).value(0);
    if (username.contains(QLatin1Char('\n')) || username.contains(QLatin1Char('\r')))
        return out.error(ExitUsage, QStringLiteral("smarthost set: the user name has a line break"));
    if (passwordFromStdin && username.isEmpty())
        return out.error(ExitUsage, QStringLiteral("smarthost set: --password-stdin needs --username"));
    // set replaces the stored password too (see set()), so a user name always comes with its password:
    // without one the relay would log in with an empty password.
    if (!username.isEmpty() && !passwordFromStdin)
        return out.error(
            ExitUsage, QStringLiteral("smarthost set: --username %1 needs its password: give it on standard "
                                      "input with --password-stdin (set replaces the stored password)")
                           .arg(username));
    SmarthostSettings settings;
    settings.caFile = args.values(QStringLiteral("--ca-file")).value(0);
    settings.fingerprint = args.values(QStringLiteral("--fingerprint")).value(0);
    settings.insecureSkipVerify = insecure;
    const auto trust = settings.trust();
    if (!trust)
        return out.error(ExitUsage, QStringLiteral("smarthost set: %1").arg(trust.error()));
    if (trust->mode == PeerTrust::Mode::CaFile)
        if (const QString problem = PeerTrust::caFileProblem(trust->caFile); !problem.isEmpty())
            return out.error(ExitUsage, QStringLiteral("smarthost set: --ca-file: %1").arg(problem));
    QByteArray password;
    if (passwordFromStdin) {
        auto read = readPasswordFromStdin();
        if (!read)
            return out.error(ExitUsage, QStringLiteral("smarthost set: %1").arg(read.error()));
        password = std::move(read).value();
    }

    settings.host = endpoint->host;
    settings.port = endpoint->port;
    settings.tls = tls;
    settings.username = username;
    settings.password = password;
    if (const Status status = RouteAdmin(dataDir).setSmarthost(settings); !status)
        return out.error(ExitFailure, status.error());
    const bool applied = CliApply::inRunningRelay(dataDir);
    const auto stored = RouteAdmin(dataDir).smarthost();
    QJsonObject result{{QStringLiteral("host"), endpoint->host},
                       {QStringLiteral("port"), int(endpoint->port)},
                       {QStringLiteral("tls"), tls},
                       {QStringLiteral("username"), username},
                       {QStringLiteral("password_set"), !password.isEmpty()},
                       {QStringLiteral("verify"), trust->modeName()},
                       {QStringLiteral("action"), QStringLiteral("set")}};
    out.json(result);
    // A CA file the relay cannot read fails every delivery while this command's own test passes.
    if (const QString problem = ServiceAccess::readProblem(dataDir, trust->caFile); !problem.isEmpty())
        out.warning(QStringLiteral("smarthost set: --ca-file: ") + problem);
    if (const QString problem = ServiceAccess::trustFileProblem(trust->caFile); !problem.isEmpty())
        out.warning(QStringLiteral("smarthost set: --ca-file: ") + problem);
    if (insecure)
        out.warning(QStringLiteral("smarthost set: --insecure-skip-verify: ") +
                    SmarthostWarning::unverified(endpoint->toString()));
    if (tls == QLatin1String("opportunistic") && username.isEmpty())
        out.warning(QStringLiteral("smarthost set: --tls opportunistic: ") +
                    SmarthostWarning::withoutTls(endpoint->toString()));
    if (!HostAndPort::hasPort(args.positional[0]))
        out.note(QStringLiteral("smarthost set: no port is given: the relay connects to port %1 (%2)")
                     .arg(endpoint->port)
                     .arg(tls == QLatin1String("implicit") ? QStringLiteral("implicit TLS")
                                                           : QStringLiteral("submission with STARTTLS")));
    if (tls == QLatin1String("opportunistic") && !username.isEmpty())
        out.note(QStringLiteral("smarthost set: --tls opportunistic: ") +
                 SmarthostWarning::verifiedWithUsername());
    // A running relay re-reads routes and the smarthost at its delivery passes, at most every 10 seconds
    // (core/delivery/queuerunner.cpp); deferred recipients keep their retry times.
    out.line(
        QStringLiteral("Smarthost set: mail not routed otherwise goes through %1 (TLS: %2%3).")
            .arg(endpoint->toString(), tls,
                 username.isEmpty() ? QStringLiteral(", no AUTH") : QStringLiteral(", AUTH as ") + username));
    if (stored)
        out.line(QStringLiteral("Certificate check at every connection: %1 ('relaydesk smarthost test' "
                                "connects now).")
                     .arg(verifyText(dataDir, stored.value())));
    out.line(applied
                 ? QStringLiteral("The running relay uses it from the next message it delivers; deferred "
                                  "messages wait for their next retry ('relaydesk queue retry ID' sends one "
                                  "now).")
                 : QStringLiteral("A running relay uses it within about a second, for the next message it "
                                  "delivers; deferred messages wait for their next retry ('relaydesk queue "
                                  "retry ID' sends one now)."));
    return ExitOk;
}

int clear(const QString& dataDir, const CliOutput& out)
{
    if (const Status status = RouteAdmin(dataDir).clearSmarthost(); !status)
        return out.error(ExitFailure, status.error());
    CliApply::inRunningRelay(dataDir);
    out.json(QJsonObject{{QStringLiteral("action"), QStringLiteral("clear")}});
    out.line(QStringLiteral("No smarthost: mail goes to the recipients' MX hosts."));
    return ExitOk;
}

} // namespace

QList<CliVerb> smarthostVerbs()
{
    return CliVerb::list(smarthostVerbTable);
}

int runSmarthostCommand(const QString& dataDir, const QStringList& args, const CliOutput& out)
{
    const QString verb = args.value(0);
    const CliVerb* found = CliVerb::find(smarthostVerbTable, verb);
    if (!found)
        return out.error(ExitUsage, CliVerb::unknown("smarthost", verb, smarthostVerbTable));
    QStringList words = args.mid(1);
    // --password-stdin and --insecure-skip-verify are the options without a value; everything after "--" is
    // positional.
    const auto takeFlag = [&words, &verb](const QString& name) {
        return verb == QLatin1String("set") ? CliArgs::takeFlag(words, name) : Expected<bool>(false);
    };
    const auto passwordFromStdinFlag = takeFlag(QStringLiteral("--password-stdin"));
    const auto insecureFlag = takeFlag(QStringLiteral("--insecure-skip-verify"));
    for (const Expected<bool>* flag : {&passwordFromStdinFlag, &insecureFlag}) {
        if (!*flag)
            return out.error(ExitUsage, QStringLiteral("smarthost %1: %2").arg(verb, flag->error()));
    }
    const bool passwordFromStdin = passwordFromStdinFlag.value();
    const bool insecure = insecureFlag.value();
    const QStringList valueOptions =
        verb == QLatin1String("set")
            ? QStringList{QStringLiteral("--tls"), QStringLiteral("--username"), QStringLiteral("--ca-file"),
                          QStringLiteral("--fingerprint")}
            : QStringList{};
    const auto parsed = CliArgs::parse(words, valueOptions);
    if (!parsed)
        return out.error(ExitUsage, QStringLiteral("smarthost %1: %2").arg(verb, parsed.error()));
    if (const QString problem = found->checkArguments(parsed->positional); !problem.isEmpty())
        return out.error(ExitUsage, QStringLiteral("smarthost %1: %2").arg(verb, problem));
    if (verb == QLatin1String("show"))
        return showSmarthost(dataDir, out);
    if (verb == QLatin1String("clear"))
        return clear(dataDir, out);
    if (verb == QLatin1String("test"))
        return runConnectionTest(QStringLiteral("smarthost test"), RouteAdmin(dataDir).probeSmarthost(), out);
    return setSmarthost(dataDir, parsed.value(), passwordFromStdin, insecure, out);
}

} // namespace RelayDesk

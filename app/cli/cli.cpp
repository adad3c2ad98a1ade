#include "app/cli/cli.h"
#include "app/cli/cliapply.h"
#include "app/cli/clicommands.h"
#include "app/cli/clihelp.h"
#include "app/cli/clinearest.h"
#include "app/datadiroption.h"
#include "app/defaultdatadir.h"
#include "core/admin/admin.h"
#include "core/engine/unmigratedstorecheck.h"
#include "core/store/datadirectory.h"
#include "core/util/datadirmode.h"
#include "core/util/shellword.h"

#include <QFileInfo>

namespace RelayDesk {

namespace {

struct CliGroup
{
    const char* name;
    CliGroupHandler handler;
    CliGroupVerbs verbs;
    bool opensDataDir = true; ///< false: the handler opens (or must not create) the data directory itself
};

// A new command group is one file with one handler, listed here.
const CliGroup groups[] = {
    {"agent", runAgentCommand, agentVerbs},
    {"domain", runDomainCommand, domainVerbList},
    {"credential", runCredentialCommand, credentialVerbs},
    {"config", runConfigCommand, configVerbs},
    {"queue", runQueueCommand, queueVerbs},
    {"log", runLogCommand, logVerbs},
    {"suppression", runSuppressionCommand, suppressionVerbs},
    {"route", runRouteCommand, routeVerbs},
    {"tls-policy", runTlsPolicyCommand, tlsPolicyVerbs},
    {"smarthost", runSmarthostCommand, smarthostVerbs},
    {"security", runSecurityCommand, securityVerbs},
    {"tls", runTlsCommand, tlsVerbs},
    {"dkim", runDkimCommand, dkimVerbList},
    {"mta-sts", runMtaStsCommand, mtaStsVerbs},
    {"node", runNodeCommand, nodeVerbs},
    {"backup", runBackupCommand, backupVerbs, false}, // a restore needs the data directory missing or empty
    {"status", runStatusCommand, statusVerbs, false}, // asks the running engine; creates nothing
    {"sessions", runSessionsCommand, sessionsVerbs, false},
    {"reload", runReloadCommand, reloadVerbs, false},
    {"store", runStoreCommand, storeVerbs, false}, // store use must not create an SQLite store first
};

const CliGroup* findGroup(const QString& name)
{
    for (const CliGroup& group : groups) {
        if (name == QLatin1String(group.name))
            return &group;
    }
    return nullptr;
}

/// Whether "group verb" only reads the store: such a command has nothing to show where there is none.
bool onlyReads(const CliGroup& group, const QString& verb)
{
    // Not the settings (config, tls, smarthost, routes): a new relay's defaults are worth reading before it
    // first runs.
    static const QStringList reading = {
        QStringLiteral("agent list"),        QStringLiteral("agent show"),
        QStringLiteral("credential list"),   QStringLiteral("dkim list"),
        QStringLiteral("domain list"),       QStringLiteral("log search"),
        QStringLiteral("log refused"),       QStringLiteral("node list"),
        QStringLiteral("queue list"),        QStringLiteral("queue show"),
        QStringLiteral("security lockouts"), QStringLiteral("security refused"),
        QStringLiteral("suppression list")};
    return reading.contains(QLatin1String(group.name) + QLatin1Char(' ') + verb);
}

QString groupNames()
{
    return cliGroupNames().join(QStringLiteral(", "));
}

} // namespace

QString cliUnknownCommand(const QString& word)
{
    // The headless engine is an option, not a command: said to one who looks for it as "service" (an outside
    // tester); a typo gets the command it was probably meant to be.
    const bool engineWord = word == QLatin1String("service") || word == QLatin1String("serve") ||
                            word == QLatin1String("daemon") || word == QLatin1String("headless");
    return QStringLiteral("unknown command '%1'%2 (commands: %3)")
        .arg(word,
             engineWord ? QStringLiteral(": the relay without a window is 'relaydesk --headless'")
                        : CliNearest::suggestion(word, cliGroupNames()),
             groupNames());
}

QStringList cliGroupNames()
{
    QStringList names;
    for (const CliGroup& group : groups)
        names << QString::fromLatin1(group.name);
    return names;
}

int runCli(const QStringList& args)
{
    QString dataDir;
    bool json = false;
    const CliGroup* group = nullptr;
    QStringList rest;
    // Global options come before the group; --json and --data-dir are also accepted after it.
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& arg = args[i];
        if (arg == QLatin1String("--")) {
            rest += args.mid(i);
            break;
        }
        if (arg == QLatin1String("--json")) {
            json = true;
        } else if (DataDirOption::matches(arg)) {
            const auto dir = DataDirOption::take(args, &i);
            if (!dir)
                return CliOutput(json).error(ExitUsage, dir.error());
            dataDir = dir.value();
        } else if (group) {
            rest << arg;
        } else if (arg.startsWith(QLatin1Char('-'))) {
            return CliOutput(json).error(ExitUsage, QStringLiteral("unknown option %1").arg(arg));
        } else if (!(group = findGroup(arg))) {
            return CliOutput(json).error(ExitUsage, cliUnknownCommand(arg));
        }
    }
    CliOutput out(json);
    if (!group)
        return out.error(ExitUsage, QStringLiteral("no command given (commands: %1)").arg(groupNames()));
    // Before the data directory is looked at: help needs none.
    if (CliHelp::asked(rest))
        return CliHelp::print(QString::fromLatin1(group->name), group->verbs(), rest, out);
    const bool named = !dataDir.isEmpty();
    if (dataDir.isEmpty())
        dataDir = DefaultDataDir::own();
    if (dataDir.isEmpty())
        return out.error(ExitUsage, QStringLiteral("no data directory: pass --data-dir DIR"));
    out.setDataDir(dataDir);
    // A command never makes the directory it was named (a typo would get a relay of its own, empty, that
    // nothing runs on); the relay makes it when it first starts, and so does a restore. The commands that ask
    // the running engine say so too: "no relay engine runs" sent the admin looking for a stopped relay.
    const bool handlesMissingDir = group->handler == runBackupCommand || group->handler == runStoreCommand;
    if (named && !handlesMissingDir && !QFileInfo::exists(dataDir))
        return out.error(ExitFailure,
                         QStringLiteral("no data directory at %1: check the path, or make it first (a relay "
                                        "started with --data-dir makes it, and so does mkdir)")
                             .arg(dataDir));
    // A file named as the directory: said so before anything tries to open a socket or a store in it (an
    // outside tester's executable file got "Unknown error 20 (ask as root)" and SQLite's words).
    if (QFileInfo::exists(dataDir) && !QFileInfo(dataDir).isDir())
        return out.error(ExitFailure, DataDirMode::accessProblem(dataDir));
    // Nor does it make a store in a directory that holds other files but none (a mistyped --data-dir naming a
    // home directory got relaydesk.sqlite there: "The queue is empty.", or a Mail Agent whose once-shown
    // password then worked on no relay that runs). The commands that ask the engine would send the admin to
    // start one there.
    const bool showsTheStore = group->handler == runStoreCommand && rest.value(0) == QLatin1String("show");
    // Nor `store use` (it made its store.conf in such a folder: an outside tester) nor `backup create`; a
    // restore says it itself, whichever face asks.
    const bool checksItself = group->handler == runBackupCommand && rest.value(0) == QLatin1String("restore");
    if (!checksItself && DataDirectory::holdsOtherFiles(dataDir))
        return out.error(ExitFailure, DataDirectory::otherFilesProblem(dataDir));
    // A command that only reads makes no store either: "The queue is empty." from a new, empty store read as
    // the relay's answer (an outside tester); so did `store show` for a path nothing had ever used.
    // (`store show` on a new, empty directory says which store a relay would make there.)
    if ((onlyReads(*group, rest.value(0)) || (showsTheStore && !QFileInfo::exists(dataDir))) &&
        DataDirectory::lacksStore(dataDir)) {
        // Asked without --data-dir by a member of the service's group: the service's directory is what was
        // meant (it said "check the path" and named no other: an outside tester).
        const QString service = named ? QString() : DefaultDataDir::reachableService();
        return out.error(
            ExitFailure,
            DataDirectory::noStoreProblem(dataDir) +
                (service.isEmpty()
                     ? QString()
                     : QStringLiteral("; the relay service runs on %1: relaydesk "
                                      "--data-dir %1 %2")
                           .arg(shellWord(service), (QStringList{QString::fromLatin1(group->name)} + rest)
                                                        .join(QLatin1Char(' ')))));
    }
    // Nor does a change without --data-dir make a relay of this account's own while the relay service runs
    // and this account may manage it: an outside tester's `agent create` got a password that worked on no
    // relay that ran, and `agent list` then showed the new store instead of pointing at the service.
    if (!named && group->opensDataDir && !handlesMissingDir && DataDirectory::lacksStore(dataDir)) {
        if (const QString service = DefaultDataDir::reachableService(); !service.isEmpty())
            return out.error(
                ExitFailure,
                QStringLiteral("no relay is set up in %1, and the relay service runs on %2: to change the "
                               "service's relay, relaydesk --data-dir %3 %4 (to set up a relay of your own "
                               "in %1, name it with --data-dir)")
                    .arg(dataDir, service, shellWord(service),
                         (QStringList{QString::fromLatin1(group->name)} + rest).join(QLatin1Char(' '))));
    }
    bool readOnly = false;
    if (group->opensDataDir) {
        const Status initialized = Admin::open(dataDir);
        // A store this account may not write is still read (support staff looked at the queue while the
        // admin repaired the file's mode: an outside tester was refused even that).
        if (!initialized &&
            !(onlyReads(*group, rest.value(0)) && Admin::isStoreUnwritable(initialized.error())))
            return out.error(ExitFailure, initialized.error());
        if (!initialized)
            out.warning(initialized.error() + QStringLiteral("; what it holds is shown all the same"));
        readOnly = !initialized;
        // Between `store use` and `store migrate`: an outside tester's `agent create` wrote to the empty
        // PostgreSQL store, `agent list` said "No Mail Agents yet", and the migration then refused a store
        // that held data. The `store` commands themselves open the directory on their own.
        if (const Status unmigrated = UnmigratedStoreCheck::check(dataDir, true); !unmigrated)
            return out.error(ExitFailure, unmigrated.error());
    }
    const qint64 changesBefore = group->opensDataDir ? CliApply::changeMark(dataDir) : -1;
    const int code = group->handler(dataDir, rest, out);
    // docs/operations.md, "Apply without restart": a change that a running relay acts on is in force when
    // the command returns.
    if (changesBefore >= 0 && !CliApply::asked() && CliApply::changeMark(dataDir) != changesBefore)
        CliApply::inRunningRelay(dataDir);
    Admin::closeThread(dataDir);
    if (readOnly)
        Admin::settleStoreFiles(dataDir);
    return code;
}

} // namespace RelayDesk

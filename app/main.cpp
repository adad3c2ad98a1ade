// RelayDesk: the desktop manager by default, the engine alone with --headless, and the admin command line.
#include "app/buildversion.h"
#include "app/cli/cli.h"
#include "app/datadiroption.h"
#include "app/defaultdatadir.h"
#include "app/headless.h"
#include "app/logsink.h"
#include "core/util/loglevels.h"
#ifdef RELAYDESK_WITH_GUI
#include "core/engine/relayengine.h"
#include "ui/guiapp.h"
#endif

#include <QCoreApplication>
#include <QTextStream>

#include <optional>

#include <sys/resource.h>

namespace {

void raiseFileLimit()
{
    // Each session holds a socket: let the connection limits, not the default 1024 descriptors, decide.
    rlimit limit{};
    if (getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur < limit.rlim_max) {
        limit.rlim_cur = limit.rlim_max;
        setrlimit(RLIMIT_NOFILE, &limit);
    }
}

void printUsage(QTextStream& out)
{
    out << "Usage: relaydesk [--data-dir DIR] [--log-level L]                the desktop manager\n"
           "       relaydesk --version | --help\n"
           "       relaydesk --headless [--data-dir DIR] [--log-level L]     the relay engine only, until "
           "SIGTERM/SIGINT\n"
           "       relaydesk [--data-dir DIR] [--log-level L] [--json] COMMAND ...\n"
           "Log levels: debug, info (the default, or the log.level setting), warning, error.\n"
           "Commands: "
        << RelayDesk::cliGroupNames().join(QStringLiteral(", "))
        << ".\n"
           "Run 'relaydesk agent' (etc.) without further arguments for the commands of a group, and\n"
           "'relaydesk agent create --help' (etc.) for the usage of one command.\n";
}

} // namespace

int main(int argc, char** argv)
{
    // libpq's own words in English, whatever the person's language: the relay reads them to tell a server
    // that is away (waited for) from one that refuses it, and a French window's "la connexion au serveur
    // ... a échoué" was taken for neither (an outside tester). libpq looks for its translations where
    // PGLOCALEDIR says; none are there. The window's words come from its own translations.
    if (!qEnvironmentVariableIsSet("PGLOCALEDIR"))
        qputenv("PGLOCALEDIR", "/dev/null");
    QStringList args;
    for (int i = 1; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);

    QString dataDir;
    bool headless = false;
    bool cli = false;
    bool json = false;
    std::optional<RelayDesk::LogLevel> logLevel;
    const QStringList commands = RelayDesk::cliGroupNames();
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& arg = args[i];
        if (arg == QLatin1String("--log-level") || arg.startsWith(QLatin1String("--log-level="))) {
            // Taken out here: the command line's own parser never sees it.
            const bool joined = arg.contains(QLatin1Char('='));
            if (!joined && i + 1 >= args.size()) {
                QTextStream(stderr) << "relaydesk: --log-level needs a level (debug, info, warning, error)\n";
                return 2;
            }
            const QString name = joined ? arg.section(QLatin1Char('='), 1) : args[i + 1];
            logLevel = RelayDesk::LogLevels::parse(name);
            if (!logLevel) {
                QTextStream(stderr) << "relaydesk: --log-level: '" << name
                                    << "' is not a level (debug, info, warning, error)\n";
                return 2;
            }
            args.remove(i, joined ? 1 : 2);
            --i;
            continue;
        }
        if (RelayDesk::DataDirOption::matches(arg)) {
            const auto dir = RelayDesk::DataDirOption::take(args, &i);
            if (!dir) {
                QTextStream(stderr) << "relaydesk: " << dir.error() << '\n';
                return 2;
            }
            dataDir = dir.value();
        } else if (arg == QLatin1String("--headless")) {
            headless = true;
        } else if (arg == QLatin1String("--help") || arg == QLatin1String("-h") ||
                   arg == QLatin1String("help")) {
            QTextStream out(stdout);
            printUsage(out);
            return 0;
        } else if (commands.contains(arg)) {
            cli = true;
            break;
        } else if (arg == QLatin1String("--version")) {
            QTextStream(stdout) << "relaydesk " << RelayDesk::buildVersion() << '\n';
            return 0;
        } else if (arg == QLatin1String("--json")) {
            json = true; // a command must follow: the window and the service have no JSON output
        } else if (arg.startsWith(QLatin1Char('-'))) {
            // Qt's own options (-platform offscreen, -style fusion) may take a value: skip it.
            if (i + 1 < args.size() && !args[i + 1].startsWith(QLatin1Char('-')) &&
                !commands.contains(args[i + 1]))
                ++i;
        } else {
            // Never fall through to the GUI with a word it does not understand (and perhaps no display).
            QTextStream err(stderr);
            err << "relaydesk: " << RelayDesk::cliUnknownCommand(arg) << '\n';
            printUsage(err);
            return 2;
        }
    }

    if (json && !cli) {
        QTextStream err(stderr);
        err << "relaydesk: --json needs a command (commands: " << commands.join(QStringLiteral(", "))
            << ")\n";
        return 2;
    }

    QCoreApplication::setApplicationName(QStringLiteral("RelayDesk"));
    QCoreApplication::setOrganizationName(QStringLiteral("RelayDesk"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(RelayDesk::buildVersion()));
    RelayDesk::LogSink::install(cli ? "cli" : headless ? "service" : "gui");
    if (logLevel)
        RelayDesk::LogLevels::setFromCommandLine(*logLevel);
    else if (cli && !RelayDesk::LogSink::usesJournal())
        // The command line's answers are its output: its change lines only on request, without a journal.
        RelayDesk::LogLevels::setFromCommandLine(RelayDesk::LogLevel::Warning, false);
    if (cli) {
        QCoreApplication app(argc, argv);
        return RelayDesk::runCli(args);
    }
    raiseFileLimit();
    if (headless) {
        // The plain Unix event dispatcher is leaner than GLib's for the sessions' many sockets and timers
        // (measured: about 7% more messages per second); the GUI keeps GLib for its platform integration.
        if (!qEnvironmentVariableIsSet("QT_NO_GLIB"))
            qputenv("QT_NO_GLIB", "1");
        QCoreApplication app(argc, argv);
        if (dataDir.isEmpty())
            dataDir = RelayDesk::DefaultDataDir::own();
        return RelayDesk::runHeadless(dataDir);
    }
#ifdef RELAYDESK_WITH_GUI
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") &&
        qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && !args.contains(QStringLiteral("-platform"))) {
        // Qt would abort (SIGABRT) without a display; say what to do instead.
        QTextStream err(stderr);
        err << "relaydesk: no display for the desktop manager (DISPLAY and WAYLAND_DISPLAY are not set); use "
               "--headless or a command\n";
        printUsage(err);
        return 2;
    }
    if (dataDir.isEmpty()) {
        // The user's own relay, or the relay service that this user manages (docs/operations.md).
        QString note;
        dataDir = RelayDesk::DefaultDataDir::forWindow(&note);
        if (!note.isEmpty())
            QTextStream(stderr) << "relaydesk: " << note << '\n';
    }
    // The engine's threads get the plain Unix event dispatcher, as in the headless service; the window's own
    // thread keeps GLib's for the platform integration.
    if (!qEnvironmentVariableIsSet("QT_NO_THREADED_GLIB"))
        qputenv("QT_NO_THREADED_GLIB", "1");
    // The window manages the engine in this process; it sees it only through EngineControl.
    return RelayDesk::runGui(
        argc, argv, dataDir, [](const QString& dir) -> std::unique_ptr<RelayDesk::EngineControl> {
            return std::make_unique<RelayDesk::RelayEngine>(dir, RelayDesk::EngineFace::Window);
        });
#else
    QTextStream(stderr)
        << "relaydesk: this build has no GUI (RELAYDESK_GUI=OFF); use --headless or a command\n";
    return 2;
#endif
}

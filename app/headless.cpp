#include "app/headless.h"
#include "core/admin/agentadmin.h"
#include "core/engine/relayengine.h"

#include <QCoreApplication>
#include <QDir>
#include <QSocketNotifier>
#include <QTextStream>

#include <algorithm>
#include <csignal>
#include <pthread.h>
#include <string_view>
#include <sys/socket.h>
#include <unistd.h>

namespace RelayDesk {

namespace {

int g_signalPipe[2] = {-1, -1};

// The byte a signal writes into the self-pipe: SIGHUP reloads the configuration, the others stop.
constexpr char reloadByte = 'H';
constexpr char stopByte = 'T';

void onSignal(int signal)
{
    const char byte = signal == SIGHUP ? reloadByte : stopByte;
    // async-signal-safe; the event loop does the rest. A full pipe already holds a wake-up, so the result
    // does not matter (glibc's fortified write() insists on it being taken).
    [[maybe_unused]] const ssize_t written = ::write(g_signalPipe[1], &byte, 1);
}

} // namespace

int runHeadless(const QString& dataDir)
{
    QTextStream err(stderr);
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) != 0) {
        err << "relaydesk: cannot create the signal pipe\n";
        return 1;
    }
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGTERM, &action, nullptr);
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGHUP, &action, nullptr); // docs/operations.md, "Apply without restart"
    ::signal(SIGPIPE, SIG_IGN);

    // Only this thread takes the stop and reload signals: the engine's threads, made in start(), inherit a
    // mask that blocks them, so a handler never runs on a worker. A signal that arrives meanwhile waits and
    // is taken when the mask is lifted. (It did not cure the stop that TSan runs sometimes miss,
    // docs/reliability.md, "Open defect".)
    sigset_t handled;
    sigemptyset(&handled);
    for (const int signal : {SIGTERM, SIGINT, SIGHUP})
        sigaddset(&handled, signal);
    pthread_sigmask(SIG_BLOCK, &handled, nullptr);
    RelayEngine engine(dataDir, EngineFace::Service);
    const Status started = engine.start();
    pthread_sigmask(SIG_UNBLOCK, &handled, nullptr);
    if (!started) {
        err << "relaydesk: cannot start: " << started.error() << '\n';
        return 1;
    }
    bool anyListening = false;
    for (const ListenerStatus& listener : engine.listeners()) {
        if (!listener.enabled)
            continue;
        if (listener.listening) {
            anyListening = true;
            err << "relaydesk: " << listener.name << " listening on " << listener.address << '\n';
        } else {
            err << "relaydesk: " << listener.name << " NOT listening on " << listener.address << ": "
                << listener.error << '\n';
        }
    }
    if (!anyListening) {
        err << "relaydesk: no listener could start\n";
        return 1;
    }
    // A newcomer's first steps: where the data is, and how to let the first application in.
    err << "relaydesk: data directory " << QDir(dataDir).absolutePath() << '\n';
    const auto agents = AgentAdmin(dataDir).list();
    if (agents && agents->isEmpty())
        err << "relaydesk: no Mail Agent yet, so nobody may send: create one with\n"
            << "  " << QCoreApplication::applicationFilePath() << " --data-dir "
            << QDir(dataDir).absolutePath() << " agent create NAME --allow-ip CIDR --sender-domain DOMAIN\n"
            << "  (it prints the credential once; README.md, \"How to use it\")\n";
    // docs/protocols.md, "Sender domains": agents from before sender domains may send as anyone.
    for (const MailAgent& agent : agents ? agents.value() : QList<MailAgent>()) {
        if (agent.anySender)
            err << "relaydesk: warning: Mail Agent '" << agent.name
                << "' may send as any sender address (not recommended): relaydesk domain add '" << agent.name
                << "' DOMAIN, then relaydesk agent set-any-sender '" << agent.name << "' off\n";
    }
    err.flush();
    QSocketNotifier notifier(g_signalPipe[0], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, qApp, [&engine, &err] {
        char bytes[64];
        const ssize_t count = ::read(g_signalPipe[0], bytes, sizeof bytes);
        const std::string_view received(bytes, size_t(std::max<ssize_t>(count, 0)));
        if (received.find(stopByte) != std::string_view::npos) {
            QCoreApplication::quit();
        } else if (received.find(reloadByte) != std::string_view::npos) {
            err << "relaydesk: SIGHUP: reloading the configuration\n";
            err.flush();
            engine.reload();
        }
    });
    const int code = QCoreApplication::exec();
    err << "relaydesk: shutting down\n";
    err.flush();
    engine.stop();
    return code;
}

} // namespace RelayDesk

#include "app/headless.h"
#include "core/admin/agentadmin.h"
#include "core/engine/relayengine.h"
#include "core/store/database.h"
#include "core/store/enginelock.h"
#include "core/store/storeaddress.h"
#include "core/util/shellword.h"

#include <QCoreApplication>
#include <QDir>
#include <QSocketNotifier>
#include <QTextStream>
#include <QTimer>

#include <algorithm>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <pthread.h>
#include <sys/signalfd.h>
#include <unistd.h>

namespace RelayDesk {

namespace {

constexpr int storeRetrySeconds = 5;

/// What a started engine listens on and what a newcomer does next; non-zero when no listener could start.
int reportStart(RelayEngine& engine, QTextStream& err)
{
    const QString dataDir = engine.dataDir();
    bool anyListening = false;
    for (const ListenerStatus& listener : engine.listeners()) {
        if (!listener.enabled)
            continue;
        if (listener.listening) {
            anyListening = true;
            err << "relaydesk: " << listener.name << " listening on " << listener.address << '\n';
        } else {
            err << "relaydesk: " << listener.name << " NOT listening on " << listener.address << ": "
                << listener.error;
            // A privileged port never comes free for this user (an outside tester got no hint).
            if (listener.error == QLatin1String("The address is protected"))
                err << " (a port below 1024 needs the right to bind it: the relay service has it; "
                       "docs/operations.md, \"Ports 25, 465 and 587\")";
            err << '\n';
        }
    }
    if (!anyListening) {
        err << "relaydesk: no listener could start\n";
        // The certificate set cannot be used (a file moved or replaced): the way back to the relay's own, as
        // an outside tester had to find it.
        const QList<ListenerStatus> listeners = engine.listeners();
        const bool tls = std::any_of(listeners.cbegin(), listeners.cend(), [](const ListenerStatus& l) {
            return l.enabled && l.error.startsWith(QLatin1String("TLS cannot be set up"));
        });
        if (tls)
            err << "relaydesk: fix the certificate files, or go back to the certificate the relay makes "
                   "itself "
                   "with\n  "
                << shellWord(QCoreApplication::applicationFilePath()) << " --data-dir "
                << shellWord(QDir(dataDir).absolutePath()) << " config reset tls.certificate tls.key\n";
        return 1;
    }
    // A newcomer's first steps: where the data is, and how to let the first application in.
    err << "relaydesk: data directory " << QDir(dataDir).absolutePath() << '\n';
    const auto agents = AgentAdmin(dataDir).list();
    if (agents && agents->isEmpty())
        err << "relaydesk: no Mail Agent yet, so nobody may send: create one with\n"
            << "  " << shellWord(QCoreApplication::applicationFilePath()) << " --data-dir "
            << shellWord(QDir(dataDir).absolutePath())
            << " agent create NAME --allow-ip CIDR --sender-domain DOMAIN\n"
            << "  (it prints the credential once; README.md, \"How to use it\")\n";
    // docs/protocols.md, "Sender domains": agents from before sender domains may send as anyone.
    for (const MailAgent& agent : agents ? agents.value() : QList<MailAgent>()) {
        if (agent.anySender)
            err << "relaydesk: warning: Mail Agent '" << agent.name
                << "' may send as any sender address (not recommended): relaydesk domain add '" << agent.name
                << "' DOMAIN, then relaydesk agent set-any-sender '" << agent.name << "' off\n";
    }
    err.flush();
    return 0;
}

/// "cannot start: ...", with what to do where the store refused the password (its DBA changed it: an outside
/// tester's node said only that it was refused).
QString cannotStart(const QString& dataDir, const QString& error)
{
    QString line = QStringLiteral("relaydesk: cannot start: ") + error;
    if (error.contains(QLatin1String("refused the password"))) {
        const auto address = StoreAddress::ofDataDir(dataDir);
        line +=
            QStringLiteral("; give the new one with 'relaydesk --data-dir %1 store use %2 --password-stdin'")
                .arg(shellWord(dataDir), address ? shellWord(address->display()) : QStringLiteral("URL"));
    }
    return line;
}

} // namespace

int runHeadless(const QString& dataDir)
{
    QTextStream err(stderr);
    // Stop (SIGTERM, SIGINT) and reload (SIGHUP, docs/operations.md "Apply without restart") arrive through a
    // signalfd read on this thread's event loop. They are blocked before any engine thread exists, so every
    // thread inherits the mask, the kernel keeps each signal pending for the descriptor, and no asynchronous
    // handler runs anywhere (docs/reliability.md, "Stop signals").
    sigset_t handled;
    sigemptyset(&handled);
    for (const int signal : {SIGTERM, SIGINT, SIGHUP})
        sigaddset(&handled, signal);
    pthread_sigmask(SIG_BLOCK, &handled, nullptr);
    const int signalDescriptor = ::signalfd(-1, &handled, SFD_NONBLOCK | SFD_CLOEXEC);
    if (signalDescriptor < 0) {
        err << "relaydesk: cannot create the signal descriptor: " << strerror(errno) << '\n';
        return 1;
    }
    ::signal(SIGPIPE, SIG_IGN);

    // An engine that is stopping lets go within its 20 s for the deliveries under way: waited for, not
    // refused (a start right after a stop said the directory was taken).
    if (const auto holder = EngineLock::holder(dataDir); holder && holder->stopping) {
        err << "relaydesk: the " << holder->description() << " is stopping; waiting for it (at most 30 s)\n";
        err.flush();
        EngineLock::waitWhileStopping(dataDir, 30'000);
    }
    RelayEngine engine(dataDir, EngineFace::Service);
    Status started = engine.start();
    // After a power cut the relay's machine often boots before the database's: a server that does not
    // answer yet is waited for (a service manager's restarts would give up after a few quick failures). A
    // server that refuses the relay (password, TLS) is a mistake to fix, and ends the start as before.
    QTimer retry;
    if (!started && Database::isServerAway(started.error())) {
        err << "relaydesk: the store does not answer yet (" << started.error() << "); trying again every "
            << storeRetrySeconds << " s until it does (SIGTERM or Ctrl+C stops)\n";
        err.flush();
        retry.setInterval(storeRetrySeconds * 1000);
        QObject::connect(&retry, &QTimer::timeout, qApp, [&engine, &err, &retry, dataDir] {
            const Status again = engine.start();
            if (!again && Database::isServerAway(again.error()))
                return;
            retry.stop();
            if (!again) {
                err << cannotStart(dataDir, again.error()) << '\n';
                err.flush();
                QCoreApplication::exit(1);
                return;
            }
            err << "relaydesk: the store answers: starting\n";
            if (const int code = reportStart(engine, err); code != 0)
                QCoreApplication::exit(code);
        });
        retry.start();
    } else if (!started) {
        err << cannotStart(dataDir, started.error()) << '\n';
        return 1;
    } else if (const int code = reportStart(engine, err); code != 0) {
        return code;
    }
    err.flush();
    QSocketNotifier notifier(signalDescriptor, QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, qApp, [&engine, &err, signalDescriptor] {
        bool stop = false;
        bool reload = false;
        signalfd_siginfo received;
        while (::read(signalDescriptor, &received, sizeof received) == ssize_t(sizeof received)) {
            if (received.ssi_signo == SIGHUP)
                reload = true;
            else
                stop = true;
        }
        if (stop) {
            QCoreApplication::quit();
        } else if (reload) {
            err << "relaydesk: SIGHUP: reloading the configuration\n";
            err.flush();
            engine.reload();
        }
    });
    const int code = QCoreApplication::exec();
    err << "relaydesk: shutting down\n";
    err.flush();
    engine.stop();
    ::close(signalDescriptor);
    return code;
}

} // namespace RelayDesk

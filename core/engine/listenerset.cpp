#include "core/engine/listenerset.h"
#include "core/engine/listenerplan.h"
#include "core/util/hostport.h"

#include <QTcpServer>
#include <QThread>

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <unistd.h>

namespace RelayDesk {

namespace {

/// Runs work on context's thread and waits for it: directly when that is this thread.
template <typename Work> void runOnThreadOf(QObject* context, Work work)
{
    if (context->thread() == QThread::currentThread())
        work();
    else
        QMetaObject::invokeMethod(context, std::move(work), Qt::BlockingQueuedConnection);
}

} // namespace

ListenerSet::ListenerSet(ConnectionLimiter& limiter, std::vector<Acceptor> acceptors)
    : m_limiter(limiter), m_acceptors(std::move(acceptors))
{
    for (ListenerKind kind : kinds()) {
        Entry entry{kind, {}, nullptr, {}};
        entry.status.name = listenerName(kind);
        m_entries.push_back(entry);
    }
}

ListenerSet::~ListenerSet()
{
    closeAll();
}

void ListenerSet::close(Entry& entry)
{
    // Every duplicate is closed before the bound socket, so that the address is free once this returns.
    for (size_t i = 0; i < entry.accepting.size(); ++i) {
        SmtpListener* listener = entry.accepting[i];
        runOnThreadOf(m_acceptors[i].context, [listener] { delete listener; });
    }
    entry.accepting.clear();
    delete entry.bound;
    entry.bound = nullptr;
    entry.status.listening = false;
}

bool ListenerSet::startAccepting(Entry& entry, QString* error)
{
    for (const Acceptor& acceptor : m_acceptors) {
        const int descriptor = ::fcntl(int(entry.bound->socketDescriptor()), F_DUPFD_CLOEXEC, 0);
        if (descriptor < 0) {
            *error = QStringLiteral("cannot share the listening socket: %1")
                         .arg(QString::fromLocal8Bit(std::strerror(errno)));
            return false;
        }
        // Non-blocking: the listener accepts until EAGAIN. The duplicate shares the bound socket's file
        // status, which Qt made non-blocking already; said here so that it never depends on that.
        if (const int flags = ::fcntl(descriptor, F_GETFL);
            flags < 0 || ::fcntl(descriptor, F_SETFL, flags | O_NONBLOCK) < 0) {
            *error = QStringLiteral("cannot share the listening socket: %1")
                         .arg(QString::fromLocal8Bit(std::strerror(errno)));
            ::close(descriptor);
            return false;
        }
        SmtpListener* listener = nullptr;
        runOnThreadOf(acceptor.context, [&] {
            listener =
                new SmtpListener(descriptor, entry.kind, m_limiter, acceptor.dispatch, acceptor.context);
        });
        entry.accepting.push_back(listener);
    }
    return true;
}

void ListenerSet::closeAll()
{
    for (Entry& entry : m_entries)
        close(entry);
}

QList<ListenerStatus> ListenerSet::apply(const QList<ListenerStatus>& wanted, QStringList* done)
{
    std::vector<ListenerPlan::Action> actions;
    for (size_t i = 0; i < m_entries.size(); ++i)
        actions.push_back(ListenerPlan::decide(m_entries[i].status, wanted.value(qsizetype(i))));
    // 1. Close, so that an address another listener gives up can be bound below.
    for (size_t i = 0; i < m_entries.size(); ++i) {
        Entry& entry = m_entries[i];
        if (actions[i] != ListenerPlan::Action::Close && actions[i] != ListenerPlan::Action::Rebind)
            continue;
        const QString was = entry.status.address;
        close(entry);
        if (actions[i] == ListenerPlan::Action::Close && done)
            *done << QStringLiteral("%1 stopped listening on %2").arg(entry.status.name, was);
    }
    // 2. Bind.
    for (size_t i = 0; i < m_entries.size(); ++i) {
        Entry& entry = m_entries[i];
        const ListenerStatus& target = wanted.value(qsizetype(i));
        const ListenerPlan::Action action = actions[i];
        const ListenerStatus before = entry.status;
        entry.status.address = target.address;
        entry.status.enabled = target.enabled;
        entry.status.error = target.enabled ? target.error : QString();
        if (action != ListenerPlan::Action::Open && action != ListenerPlan::Action::Rebind)
            continue;
        const auto endpoint = HostPort::parse(target.address);
        if (!endpoint) {
            entry.status.error = endpoint.error();
        } else {
            auto* bound = new QTcpServer;
            bound->setListenBacklogSize(SmtpListener::systemBacklog());
            // "[::]" is every address, IPv4 and IPv6 (one socket, dual stack; IPv4 clients arrive mapped), as
            // OwnListeners counts it; Qt would bind "::" for IPv6 only.
            const QHostAddress address = endpoint->address == QHostAddress::AnyIPv6
                                             ? QHostAddress(QHostAddress::Any)
                                             : endpoint->address;
            if (bound->listen(address, endpoint->port)) {
                bound->pauseAccepting();
                entry.bound = bound;
                QString error;
                if (startAccepting(entry, &error)) {
                    entry.status.listening = true;
                    entry.status.error.clear();
                } else {
                    close(entry);
                    entry.status.error = error;
                }
            } else {
                entry.status.error = bound->errorString();
                delete bound;
            }
        }
        if (!done)
            continue;
        // A retry that failed as the last one did says nothing new: its warning was logged then, and every
        // later change of any setting repeated it at info level (an outside tester).
        const bool sameFailure = !entry.status.listening && !before.listening && before.enabled &&
                                 before.address == entry.status.address && before.error == entry.status.error;
        if (sameFailure)
            continue;
        if (!entry.status.listening)
            *done << QStringLiteral("%1 NOT listening on %2: %3")
                         .arg(entry.status.name, entry.status.address, entry.status.error);
        else if (action == ListenerPlan::Action::Rebind)
            *done << QStringLiteral("%1 listening on %2 (was %3)")
                         .arg(entry.status.name, entry.status.address, before.address);
        else
            *done << QStringLiteral("%1 listening on %2").arg(entry.status.name, entry.status.address);
    }
    QList<ListenerStatus> statuses;
    for (const Entry& entry : m_entries)
        statuses << entry.status;
    return statuses;
}

} // namespace RelayDesk

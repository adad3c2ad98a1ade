#include "core/engine/listenerset.h"
#include "core/engine/listenerplan.h"
#include "core/util/hostport.h"

namespace RelayDesk {

ListenerSet::ListenerSet(ConnectionLimiter& limiter, SmtpListener::Dispatch dispatch)
    : m_limiter(limiter), m_dispatch(std::move(dispatch))
{
    for (ListenerKind kind : kinds()) {
        Entry entry{kind, {}, nullptr};
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
    if (!entry.listener)
        return;
    entry.listener->close();
    delete entry.listener;
    entry.listener = nullptr;
    entry.status.listening = false;
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
        const QString was = entry.status.address;
        entry.status.address = target.address;
        entry.status.enabled = target.enabled;
        entry.status.error = target.enabled ? target.error : QString();
        if (action != ListenerPlan::Action::Open && action != ListenerPlan::Action::Rebind)
            continue;
        const auto endpoint = HostPort::parse(target.address);
        if (!endpoint) {
            entry.status.error = endpoint.error();
        } else {
            auto* listener = new SmtpListener(entry.kind, m_limiter, m_dispatch);
            listener->setMaxPendingConnections(256);
            if (listener->listen(endpoint->address, endpoint->port)) {
                entry.listener = listener;
                entry.status.listening = true;
                entry.status.error.clear();
            } else {
                entry.status.error = listener->errorString();
                delete listener;
            }
        }
        if (!done)
            continue;
        if (!entry.status.listening)
            *done << QStringLiteral("%1 NOT listening on %2: %3")
                         .arg(entry.status.name, entry.status.address, entry.status.error);
        else if (action == ListenerPlan::Action::Rebind)
            *done << QStringLiteral("%1 listening on %2 (was %3)")
                         .arg(entry.status.name, entry.status.address, was);
        else
            *done << QStringLiteral("%1 listening on %2").arg(entry.status.name, entry.status.address);
    }
    QList<ListenerStatus> statuses;
    for (const Entry& entry : m_entries)
        statuses << entry.status;
    return statuses;
}

} // namespace RelayDesk

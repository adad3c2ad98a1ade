#pragma once

#include "core/engine/sessioninfo.h"
#include "core/engine/smtplistener.h"

#include <QStringList>

#include <vector>

class QTcpServer;

namespace RelayDesk {

class ConnectionLimiter;

/// The engine's SMTP listeners, one per kind (submission, smtps, lan): each apply() brings them to the
/// configured addresses (ListenerPlan) and says what it did. The set binds each address once, on its own
/// thread, and every acceptor thread (the session workers) accepts on a duplicate of that socket with an
/// SmtpListener of its own, so a connection is accepted where its session runs, without a hand-over
/// (docs/performance.md). Closing a listener never touches the sessions it accepted. Call every method on
/// the set's thread.
class ListenerSet final
{
public:
    /// A thread that accepts: context lives on it, and dispatch is called there with each connection.
    struct Acceptor
    {
        QObject* context = nullptr;
        SmtpListener::Dispatch dispatch;
    };
    ListenerSet(ConnectionLimiter& limiter, std::vector<Acceptor> acceptors);
    ~ListenerSet(); ///< closes every listener
    Q_DISABLE_COPY_MOVE(ListenerSet)

    static QList<ListenerKind> kinds()
    {
        return {ListenerKind::Submission, ListenerKind::Smtps, ListenerKind::Lan};
    }

    /// wanted: one status per kind, in kinds() order, with the configured address and enabled flag, and
    /// in error why it cannot listen at all. Closes what must close first (so that two listeners may swap
    /// addresses), then binds; a failed bind is reported in its status and the others go on. Returns the
    /// new statuses; done gets one line for each listener that opened, closed or failed.
    QList<ListenerStatus> apply(const QList<ListenerStatus>& wanted, QStringList* done);
    void closeAll();

private:
    struct Entry
    {
        ListenerKind kind;
        ListenerStatus status;
        QTcpServer* bound = nullptr;          ///< owns the address; accepts nothing itself (paused)
        std::vector<SmtpListener*> accepting; ///< one per acceptor, each on its acceptor's thread
    };
    void close(Entry& entry);
    /// Starts an SmtpListener on every acceptor's thread; false (and nothing accepting) if one cannot start.
    bool startAccepting(Entry& entry, QString* error);

    ConnectionLimiter& m_limiter;
    std::vector<Acceptor> m_acceptors;
    std::vector<Entry> m_entries;
};

} // namespace RelayDesk

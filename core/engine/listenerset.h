#pragma once

#include "core/engine/sessioninfo.h"
#include "core/engine/smtplistener.h"

#include <QStringList>

#include <vector>

namespace RelayDesk {

class ConnectionLimiter;

/// The engine's SMTP listeners, one per kind (submission, smtps, lan), living on the engine's listener
/// thread: each apply() brings them to the configured addresses (ListenerPlan) and says what it did. Closing
/// a listener never touches the sessions it accepted. Call every method on the listener thread.
class ListenerSet final
{
public:
    ListenerSet(ConnectionLimiter& limiter, SmtpListener::Dispatch dispatch);
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
        SmtpListener* listener = nullptr;
    };
    void close(Entry& entry);

    ConnectionLimiter& m_limiter;
    SmtpListener::Dispatch m_dispatch;
    std::vector<Entry> m_entries;
};

} // namespace RelayDesk

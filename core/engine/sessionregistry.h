#pragma once

#include "core/engine/sessioninfo.h"

#include <QHash>
#include <QMutex>

namespace RelayDesk {

/// The live sessions of all worker threads, for snapshots taken by the UI (thread-safe).
class SessionRegistry final
{
public:
    void update(const SessionInfo& info);
    void end(quint64 id, qint64 endedMs);
    /// Open sessions and those that ended less than keepEndedMs ago; drops older ended ones.
    QList<SessionInfo> snapshot(qint64 nowMs, qint64 keepEndedMs = 5000);
    /// Sessions open now (not ended).
    int openCount();
    /// True once after any change.
    bool takeChanged();

private:
    QMutex m_mutex;
    QHash<quint64, SessionInfo> m_sessions;
    bool m_changed = false;
};

} // namespace RelayDesk

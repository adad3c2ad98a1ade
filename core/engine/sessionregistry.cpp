#include "core/engine/sessionregistry.h"

namespace RelayDesk {

void SessionRegistry::update(const SessionInfo& info)
{
    QMutexLocker locker(&m_mutex);
    m_sessions.insert(info.id, info);
    m_changed = true;
}

void SessionRegistry::end(quint64 id, qint64 endedMs)
{
    QMutexLocker locker(&m_mutex);
    auto it = m_sessions.find(id);
    if (it == m_sessions.end())
        return;
    it->endedMs = endedMs;
    it->state = QStringLiteral("ended");
    m_changed = true;
}

int SessionRegistry::openCount()
{
    QMutexLocker locker(&m_mutex);
    int open = 0;
    for (const SessionInfo& session : std::as_const(m_sessions)) {
        if (session.endedMs == 0)
            ++open;
    }
    return open;
}

QList<SessionInfo> SessionRegistry::snapshot(qint64 nowMs, qint64 keepEndedMs)
{
    QMutexLocker locker(&m_mutex);
    QList<SessionInfo> list;
    list.reserve(m_sessions.size());
    for (auto it = m_sessions.begin(); it != m_sessions.end();) {
        if (it->endedMs != 0 && nowMs - it->endedMs > keepEndedMs) {
            it = m_sessions.erase(it);
            m_changed = true;
            continue;
        }
        list << it.value();
        ++it;
    }
    return list;
}

bool SessionRegistry::takeChanged()
{
    QMutexLocker locker(&m_mutex);
    return std::exchange(m_changed, false);
}

} // namespace RelayDesk

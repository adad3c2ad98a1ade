#include "core/engine/trusteddevicecache.h"
#include "core/agents/agentdirectory.h"

namespace RelayDesk {

TrustedDeviceCache::TrustedDeviceCache(QString dataDir, qint64 lifetimeMs)
    : m_dataDir(std::move(dataDir)), m_lifetimeMs(lifetimeMs)
{
}

std::optional<TrustedDeviceCache::Agent> TrustedDeviceCache::lookup(const QHostAddress& client, qint64 nowMs,
                                                                    bool* storeFailed, bool* onlyDisabled)
{
    {
        QMutexLocker locker(&m_mutex);
        const auto it = m_entries.constFind(client);
        if (it != m_entries.constEnd() && it->expiresMs > nowMs) {
            if (onlyDisabled)
                *onlyDisabled = it->onlyDisabled;
            return it->agent;
        }
    }
    // Outside the lock: a slow store must not hold up other threads' cache hits.
    Entry entry;
    bool failed = false;
    if (const auto agent = AgentDirectory(m_dataDir).trustedDeviceAgent(client, &failed, &entry.onlyDisabled))
        entry.agent = Agent{agent->id, agent->name};
    if (failed) {
        if (storeFailed)
            *storeFailed = true;
        return std::nullopt;
    }
    entry.expiresMs = nowMs + m_lifetimeMs;
    QMutexLocker locker(&m_mutex);
    if (m_entries.size() > 10000) // bounded: a scan from many addresses cannot grow it without limit
        m_entries.clear();
    m_entries.insert(client, entry);
    if (onlyDisabled)
        *onlyDisabled = entry.onlyDisabled;
    return entry.agent;
}

void TrustedDeviceCache::clear()
{
    QMutexLocker locker(&m_mutex);
    m_entries.clear();
}

} // namespace RelayDesk

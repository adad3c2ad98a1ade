#include "core/engine/senderrulescache.h"

#include "core/agents/agentdirectory.h"

namespace RelayDesk {

SenderRulesCache::SenderRulesCache(QString dataDir) : m_dataDir(std::move(dataDir)) {}

std::shared_ptr<const SenderRules> SenderRulesCache::lookup(qint64 agentId)
{
    quint64 generation = 0;
    {
        QMutexLocker locker(&m_mutex);
        if (auto rules = m_rules.value(agentId))
            return rules;
        generation = m_generation;
    }
    // Outside the lock: a slow store must not hold up other sessions' hits.
    const auto read = AgentDirectory(m_dataDir).senderRules(agentId);
    if (!read) {
        auto unavailable = std::make_shared<SenderRules>();
        unavailable->unavailable = true;
        return unavailable;
    }
    auto rules = std::make_shared<const SenderRules>(read.value());
    QMutexLocker locker(&m_mutex);
    // A change committed while this read ran has cleared the cache: these rules may be older than it.
    if (generation == m_generation)
        m_rules.insert(agentId, rules);
    return rules;
}

void SenderRulesCache::clear()
{
    QMutexLocker locker(&m_mutex);
    m_rules.clear();
    ++m_generation;
}

} // namespace RelayDesk

#include "core/security/fairauthqueue.h"

namespace RelayDesk {

void FairAuthQueue::push(const QString& key, Job job)
{
    std::deque<Job>& queue = m_queues[key];
    if (queue.empty())
        m_order.push_back(key);
    queue.push_back(std::move(job));
    ++m_size;
}

FairAuthQueue::Job FairAuthQueue::pop()
{
    if (m_order.empty())
        return {};
    const QString key = std::move(m_order.front());
    m_order.pop_front();
    const auto it = m_queues.find(key);
    Job job = std::move(it->front());
    it->pop_front();
    --m_size;
    if (it->empty())
        m_queues.erase(it); // bounded: only addresses with a check waiting are kept
    else
        m_order.push_back(key);
    return job;
}

} // namespace RelayDesk

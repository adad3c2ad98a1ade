#pragma once

#include <QHash>
#include <QString>

#include <deque>
#include <functional>

namespace RelayDesk {

/// Password checks waiting for a verifier, one FIFO per client address, taken round robin across the
/// addresses: a flood from one address waits behind itself, while another address's check waits for at most
/// one check of each other waiting address. Not thread-safe (AuthVerifier guards it).
class FairAuthQueue final
{
public:
    using Job = std::function<void()>;

    void push(const QString& key, Job job);
    /// The next job in round-robin order, or an empty function when nothing waits.
    Job pop();
    qsizetype size() const { return m_size; }
    /// Addresses with a check waiting.
    qsizetype keys() const { return qsizetype(m_order.size()); }

private:
    QHash<QString, std::deque<Job>> m_queues;
    std::deque<QString> m_order; ///< each waiting address once, in turn order
    qsizetype m_size = 0;
};

} // namespace RelayDesk

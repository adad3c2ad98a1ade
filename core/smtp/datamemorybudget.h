#pragma once

#include <QtGlobal>

#include <atomic>

namespace RelayDesk {

/// The memory all sessions together may hold in messages still being received (DATA): each DataReader
/// charges its buffer here before it grows, and a message that would go over gets 452 4.3.1 at its end
/// instead of the memory. Without it the bound was connections times the message size limit (1,024 x 25 MB),
/// which no office machine has (an outside tester). Thread-safe; one for the process.
class DataMemoryBudget final
{
public:
    explicit DataMemoryBudget(qint64 limit) : m_limit(limit) {}
    Q_DISABLE_COPY_MOVE(DataMemoryBudget)

    /// The process's budget: a quarter of the physical memory, at least 256 MB.
    static DataMemoryBudget& shared();
    static qint64 defaultLimit();

    /// Takes bytes from the budget if they fit; false (and nothing taken) if they do not.
    bool tryCharge(qint64 bytes);
    void release(qint64 bytes);
    qint64 inUse() const { return m_inUse.load(std::memory_order_relaxed); }
    qint64 limit() const { return m_limit; }

private:
    const qint64 m_limit;
    std::atomic<qint64> m_inUse{0};
};

} // namespace RelayDesk

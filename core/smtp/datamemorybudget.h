#pragma once

#include <QByteArray>
#include <QString>
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

    /// The process's budget: a quarter of the memory it may use, at least 256 MB (or half of that memory,
    /// where it is less than 512 MB).
    static DataMemoryBudget& shared();
    static qint64 defaultLimit();
    /// The memory a process may use: physical, or less where a control group limits the process's group or
    /// one above it (systemd's MemoryMax=, a container's limit). procSelfCgroup is /proc/self/cgroup,
    /// cgroupMount where the hierarchies are mounted (/sys/fs/cgroup): version 2 ("0::/path", memory.max) and
    /// version 1 ("N:memory:/path", memory/path/memory.limit_in_bytes).
    static qint64 usableMemory(qint64 physical, const QByteArray& procSelfCgroup, const QString& cgroupMount);

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

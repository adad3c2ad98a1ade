#include "core/smtp/datamemorybudget.h"

#include <QFile>

#include <unistd.h>

#include <algorithm>
#include <optional>

namespace RelayDesk {

namespace {

/// The number in a limit file ("max", a missing file or a version 1 "no limit" near 2^63: none).
std::optional<qint64> readLimit(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    bool ok = false;
    const qint64 value = file.read(64).trimmed().toLongLong(&ok);
    if (!ok || value <= 0 || value >= (qint64(1) << 62))
        return std::nullopt;
    return value;
}

/// The smallest limit of the group at path and the groups above it.
std::optional<qint64> smallestLimit(const QString& root, QString path, const QString& fileName)
{
    std::optional<qint64> smallest;
    while (true) {
        const QString dir = path.isEmpty() || path == QLatin1String("/") ? root : root + path;
        if (const auto limit = readLimit(dir + QLatin1Char('/') + fileName))
            smallest = smallest ? std::min(*smallest, *limit) : *limit;
        if (path.isEmpty() || path == QLatin1String("/"))
            return smallest;
        path.truncate(std::max<qsizetype>(0, path.lastIndexOf(QLatin1Char('/'))));
    }
}

} // namespace

qint64 DataMemoryBudget::usableMemory(qint64 physical, const QByteArray& procSelfCgroup,
                                      const QString& cgroupMount)
{
    qint64 usable = physical;
    const auto lower = [&usable](std::optional<qint64> limit) {
        if (limit && (usable <= 0 || *limit < usable))
            usable = *limit;
    };
    for (const QByteArray& line : procSelfCgroup.split('\n')) {
        const QList<QByteArray> fields = line.trimmed().split(':');
        if (fields.size() < 3)
            continue;
        const QString path = QString::fromUtf8(fields.mid(2).join(':'));
        if (fields[0] == "0" && fields[1].isEmpty())
            lower(smallestLimit(cgroupMount, path, QStringLiteral("memory.max")));
        else if (fields[1].split(',').contains("memory"))
            lower(smallestLimit(cgroupMount + QStringLiteral("/memory"), path,
                                QStringLiteral("memory.limit_in_bytes")));
    }
    return usable;
}

qint64 DataMemoryBudget::defaultLimit()
{
    const long pages = ::sysconf(_SC_PHYS_PAGES);
    const long pageSize = ::sysconf(_SC_PAGESIZE);
    const qint64 physical = pages > 0 && pageSize > 0 ? qint64(pages) * pageSize : 0;
    // A service limited by its control group (MemoryMax=) is killed at that limit, not at the physical one.
    QFile cgroups(QStringLiteral("/proc/self/cgroup"));
    const QByteArray groups = cgroups.open(QIODevice::ReadOnly) ? cgroups.readAll() : QByteArray();
    const qint64 usable = usableMemory(physical, groups, QStringLiteral("/sys/fs/cgroup"));
    if (usable <= 0)
        return qint64(256) * 1024 * 1024; // nothing known
    const qint64 floor = std::min<qint64>(qint64(256) * 1024 * 1024, usable / 2);
    return std::max<qint64>(usable / 4, floor);
}

DataMemoryBudget& DataMemoryBudget::shared()
{
    static DataMemoryBudget budget(defaultLimit());
    return budget;
}

bool DataMemoryBudget::tryCharge(qint64 bytes)
{
    qint64 used = m_inUse.load(std::memory_order_relaxed);
    do {
        if (used + bytes > m_limit)
            return false;
    } while (!m_inUse.compare_exchange_weak(used, used + bytes, std::memory_order_relaxed));
    return true;
}

void DataMemoryBudget::release(qint64 bytes)
{
    m_inUse.fetch_sub(bytes, std::memory_order_relaxed);
}

} // namespace RelayDesk

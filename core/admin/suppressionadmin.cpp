#include "core/admin/suppressionadmin.h"
#include "core/admin/configchangelog.h"

#include "core/store/storewriter.h"

#include <QSet>

namespace RelayDesk {

SuppressionAdmin::SuppressionAdmin(QString dataDir) : m_dataDir(std::move(dataDir)) {}

Expected<QList<Suppression>> SuppressionAdmin::list(const QString& agentName) const
{
    return SuppressionList(m_dataDir, nullptr).list(agentName);
}

Expected<QStringList> SuppressionAdmin::suppressedAmong(const QString& agentName,
                                                        const QStringList& addresses) const
{
    const auto listed = list(agentName);
    if (!listed)
        return Expected<QStringList>::failure(listed.error());
    QSet<QString> suppressed;
    for (const Suppression& entry : listed.value())
        suppressed.insert(entry.address);
    QStringList among;
    for (const QString& address : addresses) {
        if (suppressed.contains(normalize(address)) && !among.contains(address))
            among << address;
    }
    return among;
}

Status SuppressionAdmin::add(const QString& agentName, const QString& address, const QString& reason)
{
    StoreWriter writer(m_dataDir);
    return ConfigChangeLog::record(SuppressionList(m_dataDir, &writer).add(agentName, address, reason),
                                   LogLine("suppression_added")
                                       .add("agent", agentName)
                                       .add("address", normalize(address))
                                       .add("reason", reason));
}

Status SuppressionAdmin::remove(const QString& agentName, const QString& address)
{
    StoreWriter writer(m_dataDir);
    return ConfigChangeLog::record(
        SuppressionList(m_dataDir, &writer).remove(agentName, address),
        LogLine("suppression_removed").add("agent", agentName).add("address", normalize(address)));
}

} // namespace RelayDesk

#include "core/admin/suppressionadmin.h"

#include "core/store/storewriter.h"

namespace RelayDesk {

SuppressionAdmin::SuppressionAdmin(QString dataDir) : m_dataDir(std::move(dataDir)) {}

Expected<QList<Suppression>> SuppressionAdmin::list(const QString& agentName) const
{
    return SuppressionList(m_dataDir, nullptr).list(agentName);
}

Status SuppressionAdmin::add(const QString& agentName, const QString& address, const QString& reason)
{
    StoreWriter writer(m_dataDir);
    return SuppressionList(m_dataDir, &writer).add(agentName, address, reason);
}

Status SuppressionAdmin::remove(const QString& agentName, const QString& address)
{
    StoreWriter writer(m_dataDir);
    return SuppressionList(m_dataDir, &writer).remove(agentName, address);
}

} // namespace RelayDesk

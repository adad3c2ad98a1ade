#include "core/admin/mtastsadmin.h"
#include "core/routing/mtastsstore.h"

namespace RelayDesk {

QString MtaStsAdmin::normalizeDomain(const QString& given)
{
    QString domain = given.trimmed().toLower();
    if (domain.endsWith(QLatin1Char('.')))
        domain.chop(1);
    return domain;
}

Expected<QList<MtaStsPolicy>> MtaStsAdmin::policies() const
{
    return MtaStsStore(m_dataDir).policies();
}

Expected<MtaStsPolicy> MtaStsAdmin::policy(const QString& given) const
{
    const QString domain = normalizeDomain(given);
    const auto found = MtaStsStore(m_dataDir).policy(domain);
    if (!found)
        return Expected<MtaStsPolicy>::failure(found.error());
    if (!found.value())
        return Expected<MtaStsPolicy>::failure(
            QStringLiteral("no MTA-STS policy of %1 is cached").arg(domain));
    return *found.value();
}

Status MtaStsAdmin::forget(const QString& given) const
{
    const QString domain = normalizeDomain(given);
    const auto removed = MtaStsStore(m_dataDir).forget(domain);
    if (!removed)
        return Status::failure(removed.error());
    if (!removed.value())
        return Status::failure(QStringLiteral("no MTA-STS policy of %1 is cached").arg(domain));
    return {};
}

} // namespace RelayDesk

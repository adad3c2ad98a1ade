#pragma once

#include "core/routing/mtastspolicy.h"
#include "core/util/expected.h"

#include <QList>
#include <QString>
#include <optional>

namespace RelayDesk {

/// The MTA-STS policy cache of a data directory (table mta_sts_policies, RFC 8461 5.1): one policy per
/// recipient domain, kept until replaced or forgotten, used while unexpired. Uses the calling thread's
/// connection.
class MtaStsStore final
{
public:
    explicit MtaStsStore(QString dataDir) : m_dataDir(std::move(dataDir)) {}

    /// The cached policy of domain, expired or not; nullopt when there is none.
    Expected<std::optional<MtaStsPolicy>> policy(const QString& domain) const;
    /// Every cached policy, by domain.
    Expected<QList<MtaStsPolicy>> policies() const;
    /// Stores policy for policy.domain, replacing the one before.
    Status save(const MtaStsPolicy& policy) const;
    /// Forgets the policy of domain; false if there was none.
    Expected<bool> forget(const QString& domain) const;

private:
    QString m_dataDir;
};

} // namespace RelayDesk

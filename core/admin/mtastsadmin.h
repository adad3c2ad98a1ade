#pragma once

#include "core/routing/mtastspolicy.h"
#include "core/util/expected.h"

#include <QList>
#include <QString>

namespace RelayDesk {

/// The MTA-STS policy cache for the faces (docs/operations.md, "MTA-STS"): what each recipient domain's
/// policy says and until when, and forgetting one so that the next delivery fetches it again.
class MtaStsAdmin final
{
public:
    explicit MtaStsAdmin(QString dataDir) : m_dataDir(std::move(dataDir)) {}

    Expected<QList<MtaStsPolicy>> policies() const;
    /// Fails with a clear message when domain has no cached policy.
    Expected<MtaStsPolicy> policy(const QString& domain) const;
    /// Fails with a clear message when domain has no cached policy.
    Status forget(const QString& domain) const;
    /// A domain as the cache keys it (trimmed, lower case, without a trailing dot).
    static QString normalizeDomain(const QString& domain);

private:
    QString m_dataDir;
};

} // namespace RelayDesk

#include "core/routing/tlspolicy.h"

namespace RelayDesk {

QString tlsPolicyName(TlsPolicy policy)
{
    switch (policy) {
    case TlsPolicy::None:
        return QStringLiteral("none");
    case TlsPolicy::Opportunistic:
        return QStringLiteral("opportunistic");
    case TlsPolicy::Required:
        return QStringLiteral("required");
    case TlsPolicy::Verify:
        return QStringLiteral("verify");
    }
    return QStringLiteral("opportunistic");
}

std::optional<TlsPolicy> parseTlsPolicy(const QString& name)
{
    for (TlsPolicy policy :
         {TlsPolicy::None, TlsPolicy::Opportunistic, TlsPolicy::Required, TlsPolicy::Verify}) {
        if (name.compare(tlsPolicyName(policy), Qt::CaseInsensitive) == 0)
            return policy;
    }
    return std::nullopt;
}

} // namespace RelayDesk

#pragma once

#include <QString>
#include <optional>

namespace RelayDesk {

/// How an outbound connection uses TLS (docs/architecture.md, "TLS 1.2 or newer"): opportunistic by default,
/// per-domain stricter.
enum class TlsPolicy
{
    None,          ///< plaintext only, never STARTTLS
    Opportunistic, ///< STARTTLS if offered, any certificate accepted
    Required,      ///< STARTTLS must succeed (else 4.7.x, retry later); any certificate accepted
    Verify,        ///< as Required, and the chain and host name must verify
};

QString tlsPolicyName(TlsPolicy policy);
std::optional<TlsPolicy> parseTlsPolicy(const QString& name);

} // namespace RelayDesk

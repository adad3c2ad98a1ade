#pragma once

#include <QByteArray>

#include <optional>

namespace RelayDesk {

/// The DKIM signing algorithms RelayDesk generates keys for: rsa-sha256 (RFC 6376 3.3.1, 2048-bit keys) and
/// ed25519-sha256 (RFC 8463 3).
enum class DkimAlgorithm
{
    RsaSha256,
    Ed25519Sha256,
};

/// "rsa-sha256" or "ed25519-sha256": the a= tag and the store's name.
QByteArray dkimAlgorithmName(DkimAlgorithm algorithm);
/// "rsa" or "ed25519": the k= tag of the DNS record.
QByteArray dkimKeyType(DkimAlgorithm algorithm);
/// "rsa" or "ed": the end of a selector's name.
QByteArray dkimSelectorSuffix(DkimAlgorithm algorithm);
std::optional<DkimAlgorithm> parseDkimAlgorithm(const QByteArray& name);

} // namespace RelayDesk

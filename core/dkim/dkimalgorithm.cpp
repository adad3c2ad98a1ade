#include "core/dkim/dkimalgorithm.h"

namespace RelayDesk {

QByteArray dkimAlgorithmName(DkimAlgorithm algorithm)
{
    return algorithm == DkimAlgorithm::RsaSha256 ? QByteArrayLiteral("rsa-sha256")
                                                 : QByteArrayLiteral("ed25519-sha256");
}

QByteArray dkimKeyType(DkimAlgorithm algorithm)
{
    return algorithm == DkimAlgorithm::RsaSha256 ? QByteArrayLiteral("rsa") : QByteArrayLiteral("ed25519");
}

QByteArray dkimSelectorSuffix(DkimAlgorithm algorithm)
{
    return algorithm == DkimAlgorithm::RsaSha256 ? QByteArrayLiteral("rsa") : QByteArrayLiteral("ed");
}

std::optional<DkimAlgorithm> parseDkimAlgorithm(const QByteArray& name)
{
    if (name == "rsa-sha256")
        return DkimAlgorithm::RsaSha256;
    if (name == "ed25519-sha256")
        return DkimAlgorithm::Ed25519Sha256;
    return std::nullopt;
}

} // namespace RelayDesk

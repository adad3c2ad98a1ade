#include "core/agents/credentialgenerator.h"
#include "core/agents/sodiumsupport.h"

#include <sodium.h>

#include <array>

namespace RelayDesk {

QString CredentialGenerator::username()
{
    ensureSodiumInitialized();
    static constexpr char alphabet[] = "abcdefghijklmnopqrstuvwxyz234567"; // RFC 4648 section 6, lowercase
    constexpr int length = 24;
    std::array<unsigned char, length> random{};
    randombytes_buf(random.data(), random.size());
    QString username = QStringLiteral("rdk_");
    for (unsigned char byte : random)
        username += QLatin1Char(alphabet[byte & 31]); // 256 is a multiple of 32: no bias
    sodium_memzero(random.data(), random.size());
    return username;
}

QString CredentialGenerator::password()
{
    ensureSodiumInitialized();
    // Never a leading '-': swaks, msmtp and scripts read "-F-v8…" given on a command line as an option (an
    // outside tester's). Drawn again (1 in 64), which costs 0.02 of its 192 bits.
    for (;;) {
        std::array<unsigned char, 24> random{};
        randombytes_buf(random.data(), random.size());
        constexpr int variant = sodium_base64_VARIANT_URLSAFE_NO_PADDING;
        std::array<char, sodium_base64_ENCODED_LEN(24, variant)> encoded{};
        sodium_bin2base64(encoded.data(), encoded.size(), random.data(), random.size(), variant);
        const QString password = QString::fromLatin1(encoded.data());
        sodium_memzero(random.data(), random.size());
        sodium_memzero(encoded.data(), encoded.size());
        if (!password.startsWith(QLatin1Char('-')))
            return password;
    }
}

} // namespace RelayDesk

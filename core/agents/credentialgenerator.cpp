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
    // Letters and digits a person copies by eye without a doubt (people type these into a printer's web page,
    // and an outside tester misread I/l and O/0): no 0, 1, I, l, O, and no '-' or '_' (a leading '-' read as
    // an option by swaks and msmtp). 57 symbols, 32 of them drawn without bias: 186 bits.
    static constexpr char alphabet[] = "23456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
    constexpr quint32 symbols = sizeof alphabet - 1;
    static_assert(symbols == 57);
    QString password;
    password.reserve(32);
    for (int i = 0; i < 32; ++i)
        password += QLatin1Char(alphabet[randombytes_uniform(symbols)]);
    return password;
}

} // namespace RelayDesk

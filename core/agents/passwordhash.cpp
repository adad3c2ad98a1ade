#include "core/agents/passwordhash.h"
#include "core/agents/sodiumsupport.h"

#include <sodium.h>

namespace RelayDesk {

namespace {

// OWASP's Argon2id recommendation: m = 19456 KiB, t = 2, p = 1 (libsodium always uses p = 1).
constexpr unsigned long long opsLimit = 2;
constexpr size_t memLimit = size_t(19) * 1024 * 1024;

} // namespace

QByteArray PasswordHash::hash(QByteArrayView password)
{
    ensureSodiumInitialized();
    char encoded[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(encoded, password.data(), static_cast<unsigned long long>(password.size()),
                              opsLimit, memLimit, crypto_pwhash_ALG_ARGON2ID13) != 0)
        return {}; // out of memory
    return QByteArray(encoded);
}

bool PasswordHash::verify(QByteArrayView encodedHash, QByteArrayView password)
{
    ensureSodiumInitialized();
    if (encodedHash.isEmpty() || encodedHash.size() >= crypto_pwhash_STRBYTES)
        return false;
    const QByteArray terminated = encodedHash.toByteArray(); // libsodium wants a NUL-terminated string
    return crypto_pwhash_str_verify(terminated.constData(), password.data(),
                                    static_cast<unsigned long long>(password.size())) == 0;
}

} // namespace RelayDesk

#pragma once

#include <QString>

namespace RelayDesk {

/// Random secrets for new credentials, drawn from libsodium's CSPRNG.
namespace CredentialGenerator {
/// An API key: "rdk_" followed by 24 lowercase base32 characters (120 random bits).
QString username();
/// 32 characters of URL-safe base64 without padding: 24 random bytes, 192 bits.
QString password();
} // namespace CredentialGenerator

} // namespace RelayDesk

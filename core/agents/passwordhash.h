#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace RelayDesk {

/// Argon2id password hashing through libsodium (docs/architecture.md, "secrets stay secret": passwords are
/// stored only as these hashes).
namespace PasswordHash {
/// An encoded "$argon2id$v=19$m=...,t=...,p=1$salt$hash" string.
QByteArray hash(QByteArrayView password);
/// Constant-time verification against an encoded hash.
bool verify(QByteArrayView encodedHash, QByteArrayView password);
} // namespace PasswordHash

} // namespace RelayDesk

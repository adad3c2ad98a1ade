#pragma once

#include "core/util/expected.h"

#include <QByteArray>
#include <QString>

namespace RelayDesk {

/// What deriving the key from a passphrase costs (libsodium crypto_pwhash, Argon2id): stored in the file's
/// header, so that a file written at one cost is read at the same.
struct BackupKeyCost
{
    quint64 opsLimit = 0;
    quint64 memLimit = 0;

    /// crypto_pwhash_OPSLIMIT_MODERATE and crypto_pwhash_MEMLIMIT_MODERATE: what every backup uses.
    static BackupKeyCost standard();
    /// The lowest cost libsodium allows, for unit tests of the format only (nothing else uses it).
    static BackupKeyCost minimum();
};

/// The encrypted backup file format (docs/operations.md, "Backup and restore"): a versioned header
/// (magic, format version, Argon2id parameters and salt) followed by a libsodium
/// crypto_secretstream_xchacha20poly1305 stream in length-prefixed chunks, each authenticated with the header
/// as additional data; the last chunk carries TAG_FINAL, so that a truncated file is detected. A wrong
/// passphrase, a damaged, truncated or foreign file is refused with one plain sentence.
class BackupFile final
{
public:
    /// The whole file for plaintext. Refuses an empty passphrase.
    static Expected<QByteArray> seal(const QByteArray& plaintext, const QByteArray& passphrase,
                                     BackupKeyCost cost = BackupKeyCost::standard());
    /// The plaintext of a whole file.
    static Expected<QByteArray> open(const QByteArray& file, const QByteArray& passphrase);

    /// seal() into path: written to a temporary file (mode 0600) beside it, synced, then renamed over path.
    static Status write(const QString& path, const QByteArray& plaintext, const QByteArray& passphrase,
                        BackupKeyCost cost = BackupKeyCost::standard());
    /// open() of the file at path.
    static Expected<QByteArray> read(const QString& path, const QByteArray& passphrase);
    /// What open() says about a file's header without the passphrase: whether it is a RelayDesk backup of a
    /// format this build reads, and long enough to hold one (a face asks for the passphrase only then).
    static Status checkHeader(const QByteArray& file);
    /// checkHeader() of the file at path, reading only its beginning.
    static Status check(const QString& path);

    static constexpr int formatVersion = 1;
    static constexpr qsizetype chunkSize = 64 * 1024;
};

} // namespace RelayDesk

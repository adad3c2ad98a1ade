#include "core/admin/backupfile.h"
#include "core/util/filecontents.h"

#include "core/agents/sodiumsupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>
#include <QtEndian>

#include <sodium.h>

#include <cstdio>
#include <unistd.h>

namespace RelayDesk {

namespace {

// Header: magic (8) | format version (1) | algorithm (1) | opslimit (8, big-endian) | memlimit (8) | salt.
// Then the secretstream header, then chunks: ciphertext length (4, big-endian) | ciphertext.
constexpr char magic[] = "RDBACKUP";
constexpr qsizetype magicSize = 8;
constexpr qsizetype saltSize = crypto_pwhash_SALTBYTES;
constexpr qsizetype headerSize = magicSize + 1 + 1 + 8 + 8 + saltSize;
constexpr qsizetype streamHeaderSize = crypto_secretstream_xchacha20poly1305_HEADERBYTES;
constexpr qsizetype chunkOverhead = crypto_secretstream_xchacha20poly1305_ABYTES;
constexpr qsizetype keySize = crypto_secretstream_xchacha20poly1305_KEYBYTES;

// What a restore does about it is the caller's to say ("nothing was restored"), once. In the window's
// language there (the command line has no translator: English).
QString backupFileText(const char* text)
{
    return QCoreApplication::translate("RelayDesk::BackupFile", text);
}

const char* const wrongPassphrase =
    QT_TRANSLATE_NOOP("RelayDesk::BackupFile", "wrong passphrase, or the backup file is damaged");
const char* const damaged = QT_TRANSLATE_NOOP("RelayDesk::BackupFile", "the backup file is damaged");
const char* const truncated =
    QT_TRANSLATE_NOOP("RelayDesk::BackupFile", "the backup file is truncated: it ends before its last block");

const unsigned char* bytes(const QByteArray& data, qsizetype offset = 0)
{
    return reinterpret_cast<const unsigned char*>(data.constData()) + offset;
}

unsigned char* bytes(QByteArray& data, qsizetype offset = 0)
{
    return reinterpret_cast<unsigned char*>(data.data()) + offset;
}

/// The stream key, wiped when it goes out of scope.
class StreamKey final
{
public:
    StreamKey() { sodium_memzero(m_key, sizeof m_key); }
    ~StreamKey() { sodium_memzero(m_key, sizeof m_key); }
    Q_DISABLE_COPY_MOVE(StreamKey)

    bool derive(const QByteArray& passphrase, const unsigned char* salt, BackupKeyCost cost)
    {
        return crypto_pwhash(m_key, sizeof m_key, passphrase.constData(),
                             static_cast<unsigned long long>(passphrase.size()), salt, cost.opsLimit,
                             static_cast<size_t>(cost.memLimit), crypto_pwhash_ALG_ARGON2ID13) == 0;
    }
    const unsigned char* data() const { return m_key; }

private:
    unsigned char m_key[keySize];
};

bool costInRange(BackupKeyCost cost)
{
    return cost.opsLimit >= crypto_pwhash_OPSLIMIT_MIN && cost.opsLimit <= crypto_pwhash_OPSLIMIT_SENSITIVE &&
           cost.memLimit >= crypto_pwhash_MEMLIMIT_MIN && cost.memLimit <= crypto_pwhash_MEMLIMIT_SENSITIVE;
}

} // namespace

BackupKeyCost BackupKeyCost::standard()
{
    return {crypto_pwhash_OPSLIMIT_MODERATE, crypto_pwhash_MEMLIMIT_MODERATE};
}

BackupKeyCost BackupKeyCost::minimum()
{
    return {crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN};
}

Expected<QByteArray> BackupFile::seal(const QByteArray& plaintext, const QByteArray& passphrase,
                                      BackupKeyCost cost)
{
    using Result = Expected<QByteArray>;
    ensureSodiumInitialized();
    if (passphrase.isEmpty())
        return Result::failure(QStringLiteral("the passphrase is empty"));
    if (!costInRange(cost))
        return Result::failure(QStringLiteral("the key-derivation cost is out of range"));

    QByteArray out(headerSize, Qt::Uninitialized);
    memcpy(out.data(), magic, magicSize);
    out[magicSize] = char(formatVersion);
    out[magicSize + 1] = char(crypto_pwhash_ALG_ARGON2ID13);
    qToBigEndian<quint64>(cost.opsLimit, bytes(out, magicSize + 2));
    qToBigEndian<quint64>(cost.memLimit, bytes(out, magicSize + 10));
    randombytes_buf(bytes(out, magicSize + 18), saltSize);
    const QByteArray header = out; // authenticated as additional data of every chunk

    StreamKey key;
    if (!key.derive(passphrase, bytes(header, magicSize + 18), cost))
        return Result::failure(QStringLiteral("cannot derive the key from the passphrase (out of memory)"));
    crypto_secretstream_xchacha20poly1305_state state;
    out.resize(headerSize + streamHeaderSize);
    crypto_secretstream_xchacha20poly1305_init_push(&state, bytes(out, headerSize), key.data());

    qsizetype offset = 0;
    do {
        const qsizetype length = std::min(chunkSize, plaintext.size() - offset);
        const bool last = offset + length >= plaintext.size();
        const qsizetype start = out.size();
        out.resize(start + 4 + length + chunkOverhead);
        qToBigEndian<quint32>(quint32(length + chunkOverhead), bytes(out, start));
        crypto_secretstream_xchacha20poly1305_push(
            &state, bytes(out, start + 4), nullptr, bytes(plaintext, offset),
            static_cast<unsigned long long>(length), bytes(header),
            static_cast<unsigned long long>(headerSize),
            last ? crypto_secretstream_xchacha20poly1305_TAG_FINAL : 0);
        offset += length;
    } while (offset < plaintext.size());
    sodium_memzero(&state, sizeof state);
    return out;
}

Expected<QByteArray> BackupFile::open(const QByteArray& file, const QByteArray& passphrase)
{
    using Result = Expected<QByteArray>;
    ensureSodiumInitialized();
    if (passphrase.isEmpty())
        return Result::failure(QStringLiteral("the passphrase is empty"));
    if (const Status header = checkHeader(file); !header)
        return Result::failure(header.error());
    const BackupKeyCost cost{qFromBigEndian<quint64>(bytes(file, magicSize + 2)),
                             qFromBigEndian<quint64>(bytes(file, magicSize + 10))};
    const QByteArray header = file.left(headerSize);

    StreamKey key;
    if (!key.derive(passphrase, bytes(header, magicSize + 18), cost))
        return Result::failure(QStringLiteral("cannot derive the key from the passphrase (out of memory)"));
    crypto_secretstream_xchacha20poly1305_state state;
    if (crypto_secretstream_xchacha20poly1305_init_pull(&state, bytes(file, headerSize), key.data()) != 0)
        return Result::failure(backupFileText(damaged));

    QByteArray plaintext;
    qsizetype offset = headerSize + streamHeaderSize;
    bool first = true;
    for (;;) {
        if (file.size() - offset < 4)
            return Result::failure(backupFileText(truncated));
        const qsizetype length = qFromBigEndian<quint32>(bytes(file, offset));
        offset += 4;
        if (length < chunkOverhead || length > chunkSize + chunkOverhead)
            return Result::failure(backupFileText(first ? wrongPassphrase : damaged));
        if (file.size() - offset < length)
            return Result::failure(backupFileText(truncated));
        const qsizetype start = plaintext.size();
        plaintext.resize(start + length - chunkOverhead);
        unsigned char tag = 0;
        if (crypto_secretstream_xchacha20poly1305_pull(&state, bytes(plaintext, start), nullptr, &tag,
                                                       bytes(file, offset),
                                                       static_cast<unsigned long long>(length), bytes(header),
                                                       static_cast<unsigned long long>(headerSize)) != 0) {
            sodium_memzero(plaintext.data(), size_t(plaintext.size()));
            return Result::failure(backupFileText(first ? wrongPassphrase : damaged));
        }
        offset += length;
        first = false;
        if (tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL)
            break;
    }
    sodium_memzero(&state, sizeof state);
    if (offset != file.size()) {
        sodium_memzero(plaintext.data(), size_t(plaintext.size()));
        return Result::failure(backupFileText(damaged));
    }
    return plaintext;
}

Status BackupFile::write(const QString& path, const QByteArray& plaintext, const QByteArray& passphrase,
                         BackupKeyCost cost)
{
    const auto sealed = seal(plaintext, passphrase, cost);
    if (!sealed)
        return Status::failure(sealed.error());
    const QFileInfo target(path);
    if (target.isDir())
        return Status::failure(QStringLiteral("%1 is a directory").arg(path));
    // QTemporaryFile creates its file readable and writable by the owner only (0600).
    QTemporaryFile temporary(
        target.absoluteDir().filePath(QStringLiteral(".%1.XXXXXX").arg(target.fileName())));
    if (!temporary.open())
        return Status::failure(
            QStringLiteral("cannot write %1: %2").arg(target.absoluteFilePath(), temporary.errorString()));
    if (Status written = writeAndSync(temporary.handle(), sealed.value(), target.absoluteFilePath());
        !written)
        return written;
    temporary.close();
    // rename(2) replaces an existing file atomically: a reader sees the old backup or the new one, whole.
    if (std::rename(QFile::encodeName(temporary.fileName()).constData(),
                    QFile::encodeName(target.absoluteFilePath()).constData()) != 0)
        return Status::failure(QStringLiteral("cannot write %1: %2")
                                   .arg(target.absoluteFilePath(), QString::fromLocal8Bit(strerror(errno))));
    temporary.setAutoRemove(false);
    return {};
}

Status BackupFile::checkHeader(const QByteArray& file)
{
    if (!file.startsWith(QByteArray::fromRawData(magic, magicSize)))
        return Status::failure(backupFileText(
            QT_TRANSLATE_NOOP("RelayDesk::BackupFile", "this is not a RelayDesk backup file")));
    if (file.size() < headerSize + streamHeaderSize)
        return Status::failure(backupFileText(truncated));
    const int version = static_cast<unsigned char>(file[magicSize]);
    if (version != formatVersion)
        return Status::failure(backupFileText(QT_TRANSLATE_NOOP("RelayDesk::BackupFile",
                                                                "the backup file has format version %1; this "
                                                                "RelayDesk reads version %2"))
                                   .arg(version)
                                   .arg(formatVersion));
    const BackupKeyCost cost{qFromBigEndian<quint64>(bytes(file, magicSize + 2)),
                             qFromBigEndian<quint64>(bytes(file, magicSize + 10))};
    if (static_cast<unsigned char>(file[magicSize + 1]) != crypto_pwhash_ALG_ARGON2ID13 || !costInRange(cost))
        return Status::failure(backupFileText(damaged));
    return {};
}

Status BackupFile::check(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Status::failure(QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    if (const Status header = checkHeader(file.read(headerSize + streamHeaderSize)); !header)
        return Status::failure(QStringLiteral("%1: %2").arg(path, header.error()));
    return {};
}

Expected<QByteArray> BackupFile::read(const QString& path, const QByteArray& passphrase)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Expected<QByteArray>::failure(
            QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    const auto plaintext = open(file.readAll(), passphrase);
    if (!plaintext)
        return Expected<QByteArray>::failure(QStringLiteral("%1: %2").arg(path, plaintext.error()));
    return plaintext;
}

} // namespace RelayDesk

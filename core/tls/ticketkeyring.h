#pragma once

#include <QMutex>
#include <QtGlobal>

#include <array>
#include <optional>

namespace RelayDesk {

/// The keys that encrypt TLS session tickets (RFC 5077 4, RFC 8446 4.6.1): random, in this process's memory
/// only, each used to encrypt for one rotation period and to decrypt for one more (docs/security.md, "TLS
/// session resumption"). Thread-safe: every session thread's handshakes use the one ring.
class TicketKeyRing final
{
public:
    /// One ticket key: the name a ticket carries, and the AES-256 and HMAC-SHA-256 keys.
    struct Key
    {
        std::array<unsigned char, 16> name{};
        std::array<unsigned char, 32> aesKey{};
        std::array<unsigned char, 32> hmacKey{};
        qint64 createdMs = 0;
    };

    static constexpr qint64 defaultRotationMs = 3600 * 1000;

    /// The rotation period: an hour, or RELAYDESK_TLS_TICKET_ROTATION_S seconds (a test hook,
    /// docs/security.md, "TLS session resumption").
    static qint64 configuredRotationMs();

    explicit TicketKeyRing(qint64 rotationMs = defaultRotationMs);
    ~TicketKeyRing();
    Q_DISABLE_COPY_MOVE(TicketKeyRing)

    qint64 rotationMs() const;
    void setRotationMs(qint64 rotationMs);

    /// The key that encrypts a new ticket at nowMs: a fresh one once the current one is a period old.
    Key encryptionKey(qint64 nowMs);
    /// The key named name if it may still decrypt a ticket at nowMs (less than two periods old); *renew
    /// says it no longer encrypts, so that the client gets a ticket under the current key.
    std::optional<Key> decryptionKey(const unsigned char* name, qint64 nowMs, bool* renew);
    /// How many keys are held (at most two: the current one and the one before).
    int size() const;

    /// Overwrites a key's bytes (after use of a copy).
    static void erase(Key* key);

private:
    void dropExpired(qint64 nowMs);

    mutable QMutex m_mutex;
    qint64 m_rotationMs;
    std::optional<Key> m_current;
    std::optional<Key> m_previous;
};

} // namespace RelayDesk

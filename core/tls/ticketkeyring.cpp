#include "core/tls/ticketkeyring.h"

#include <openssl/crypto.h>
#include <openssl/rand.h>

#include <algorithm>
#include <cstring>

namespace RelayDesk {

namespace {

TicketKeyRing::Key freshKey(qint64 nowMs)
{
    TicketKeyRing::Key key;
    key.createdMs = nowMs;
    // RAND_bytes fails only without entropy; an all-zero key would then be guessable: abort instead.
    if (RAND_bytes(key.name.data(), int(key.name.size())) != 1 ||
        RAND_bytes(key.aesKey.data(), int(key.aesKey.size())) != 1 ||
        RAND_bytes(key.hmacKey.data(), int(key.hmacKey.size())) != 1)
        qFatal("no random bytes for a TLS ticket key");
    return key;
}

} // namespace

qint64 TicketKeyRing::configuredRotationMs()
{
    bool ok = false;
    const qint64 seconds = qEnvironmentVariableIntValue("RELAYDESK_TLS_TICKET_ROTATION_S", &ok);
    return ok && seconds > 0 ? seconds * 1000 : defaultRotationMs;
}

TicketKeyRing::TicketKeyRing(qint64 rotationMs) : m_rotationMs(std::max<qint64>(1, rotationMs)) {}

TicketKeyRing::~TicketKeyRing()
{
    for (std::optional<Key>* key : {&m_current, &m_previous}) {
        if (*key)
            erase(&**key);
    }
}

qint64 TicketKeyRing::rotationMs() const
{
    QMutexLocker locker(&m_mutex);
    return m_rotationMs;
}

void TicketKeyRing::setRotationMs(qint64 rotationMs)
{
    QMutexLocker locker(&m_mutex);
    m_rotationMs = std::max<qint64>(1, rotationMs);
}

void TicketKeyRing::erase(Key* key)
{
    OPENSSL_cleanse(key, sizeof *key);
}

void TicketKeyRing::dropExpired(qint64 nowMs)
{
    // A key decrypts for two periods from its creation: one as the current key, one more as the previous.
    for (std::optional<Key>* key : {&m_current, &m_previous}) {
        if (*key && nowMs - (*key)->createdMs >= 2 * m_rotationMs) {
            erase(&**key);
            key->reset();
        }
    }
}

TicketKeyRing::Key TicketKeyRing::encryptionKey(qint64 nowMs)
{
    QMutexLocker locker(&m_mutex);
    dropExpired(nowMs);
    if (!m_current || nowMs - m_current->createdMs >= m_rotationMs) {
        if (m_previous)
            erase(&*m_previous);
        m_previous = m_current;
        m_current = freshKey(nowMs);
    }
    return *m_current;
}

std::optional<TicketKeyRing::Key> TicketKeyRing::decryptionKey(const unsigned char* name, qint64 nowMs,
                                                               bool* renew)
{
    QMutexLocker locker(&m_mutex);
    dropExpired(nowMs);
    for (const std::optional<Key>* key : {&m_current, &m_previous}) {
        if (*key && CRYPTO_memcmp((*key)->name.data(), name, (*key)->name.size()) == 0) {
            *renew = nowMs - (*key)->createdMs >= m_rotationMs;
            return **key;
        }
    }
    return std::nullopt;
}

int TicketKeyRing::size() const
{
    QMutexLocker locker(&m_mutex);
    return int(m_current.has_value()) + int(m_previous.has_value());
}

} // namespace RelayDesk

#include "core/agents/credentialcache.h"
#include "core/agents/agentdirectory.h"
#include "core/agents/sodiumsupport.h"
#include "core/util/clock.h"

#include <sodium.h>

#include <algorithm>

namespace RelayDesk {

CredentialCache::CredentialCache(Clock clock, int capacity)
    : m_clock(std::move(clock)), m_capacity(std::max(1, capacity))
{
    ensureSodiumInitialized();
    randombytes_buf(m_key.data(), m_key.size());
}

CredentialCache::~CredentialCache()
{
    clear();
    sodium_memzero(m_key.data(), m_key.size());
}

qint64 CredentialCache::now() const
{
    return m_clock ? m_clock() : nowMs();
}

void CredentialCache::setTtlSeconds(int seconds)
{
    QMutexLocker locker(&m_mutex);
    m_ttlMs = qint64(std::max(0, seconds)) * 1000;
    if (m_ttlMs == 0) {
        while (!m_lru.empty())
            eraseLocked(m_lru.begin());
    }
}

bool CredentialCache::isEnabled() const
{
    QMutexLocker locker(&m_mutex);
    return m_ttlMs > 0;
}

// BLAKE2b keyed with this process's key over (length of the username, username, password): the length
// prefix keeps ("ab", "c") and ("a", "bc") apart.
CredentialCache::Tag CredentialCache::tagOf(const QString& username, QByteArrayView password) const
{
    const QByteArray user = username.toUtf8();
    const quint64 length = quint64(user.size());
    unsigned char lengthBytes[8];
    for (int i = 0; i < 8; ++i)
        lengthBytes[i] = static_cast<unsigned char>(length >> (8 * i));
    crypto_generichash_state state;
    crypto_generichash_init(&state, m_key.data(), m_key.size(), tagBytes);
    crypto_generichash_update(&state, lengthBytes, sizeof lengthBytes);
    crypto_generichash_update(&state, reinterpret_cast<const unsigned char*>(user.constData()),
                              size_t(user.size()));
    crypto_generichash_update(&state, reinterpret_cast<const unsigned char*>(password.data()),
                              size_t(password.size()));
    Tag tag;
    crypto_generichash_final(&state, tag.data(), tag.size());
    sodium_memzero(&state, sizeof state);
    return tag;
}

bool CredentialCache::matches(const QString& username, QByteArrayView password, qint64 credentialId)
{
    QMutexLocker locker(&m_mutex);
    if (m_ttlMs == 0)
        return false;
    const auto found = m_index.constFind(username);
    if (found == m_index.cend()) {
        ++m_misses;
        return false;
    }
    const Lru::iterator it = found.value();
    if (it->expiresAt <= now() || it->credentialId != credentialId) {
        eraseLocked(it);
        ++m_misses;
        return false;
    }
    Tag tag = tagOf(username, password);
    const bool same = tagsEqual(tag.data(), it->tag.data());
    sodium_memzero(tag.data(), tag.size());
    if (!same) {
        // A wrong password: the entry stays (the right one is still right), the caller verifies in full.
        ++m_misses;
        return false;
    }
    m_lru.splice(m_lru.begin(), m_lru, it);
    ++m_hits;
    return true;
}

void CredentialCache::remember(const QString& username, QByteArrayView password, qint64 credentialId,
                               const QByteArray& accessStamp)
{
    QMutexLocker locker(&m_mutex);
    if (m_ttlMs == 0)
        return;
    if (const auto found = m_index.constFind(username); found != m_index.cend())
        eraseLocked(found.value());
    while (int(m_index.size()) >= m_capacity)
        eraseLocked(std::prev(m_lru.end()));
    m_lru.push_front(Entry{username, credentialId, now() + m_ttlMs, accessStamp, tagOf(username, password)});
    m_index.insert(username, m_lru.begin());
}

bool CredentialCache::tagsEqual(const unsigned char* a, const unsigned char* b)
{
    return sodium_memcmp(a, b, tagBytes) == 0;
}

int CredentialCache::retainValid(const QHash<qint64, QByteArray>& current)
{
    QMutexLocker locker(&m_mutex);
    int dropped = 0;
    for (auto it = m_lru.begin(); it != m_lru.end();) {
        const auto found = current.constFind(it->credentialId);
        if (found != current.cend() && found.value() == it->accessStamp) {
            ++it;
            continue;
        }
        const auto next = std::next(it);
        eraseLocked(it);
        it = next;
        ++dropped;
    }
    return dropped;
}

int CredentialCache::revalidate(const AgentDirectory& directory)
{
    if (size() == 0)
        return 0;
    if (const auto stamps = directory.accessStamps())
        return retainValid(stamps.value());
    QMutexLocker locker(&m_mutex);
    const int dropped = int(m_index.size());
    while (!m_lru.empty())
        eraseLocked(m_lru.begin());
    return dropped;
}

void CredentialCache::clear()
{
    QMutexLocker locker(&m_mutex);
    while (!m_lru.empty())
        eraseLocked(m_lru.begin());
}

void CredentialCache::eraseLocked(Lru::iterator it)
{
    sodium_memzero(it->tag.data(), it->tag.size());
    m_index.remove(it->username);
    m_lru.erase(it);
}

int CredentialCache::size() const
{
    QMutexLocker locker(&m_mutex);
    return int(m_index.size());
}

quint64 CredentialCache::hits() const
{
    QMutexLocker locker(&m_mutex);
    return m_hits;
}

quint64 CredentialCache::misses() const
{
    QMutexLocker locker(&m_mutex);
    return m_misses;
}

} // namespace RelayDesk

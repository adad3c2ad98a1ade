#pragma once

#include <QByteArrayView>
#include <QHash>
#include <QMutex>
#include <QString>

#include <array>
#include <functional>
#include <list>

namespace RelayDesk {

class AgentDirectory;

/// Remembers, for a bounded time, that a (username, password) pair passed its Argon2id verification, so
/// that the next AUTH with the same pair skips the slow hash (as saslauthd -c and Dovecot's auth cache do).
/// Only a keyed BLAKE2b tag of the pair is kept, under a random key of this process, and it is compared in
/// constant time. Failures are never remembered. Bounded: the least recently used entries go first.
/// Thread-safe. docs/security.md, "The verified-credential cache", says what it costs against an attacker
/// who reads the process memory.
class CredentialCache final
{
public:
    using Clock = std::function<qint64()>; ///< milliseconds; nowMs() unless a test passes its own
    static constexpr int defaultCapacity = 10000;
    static constexpr int tagBytes = 32;

    explicit CredentialCache(Clock clock = {}, int capacity = defaultCapacity);
    ~CredentialCache();
    Q_DISABLE_COPY_MOVE(CredentialCache)

    /// How long a verification is remembered; 0 turns the cache off and forgets everything.
    void setTtlSeconds(int seconds);
    bool isEnabled() const;

    /// Whether this exact pair was verified for credentialId within the TTL (constant-time tag compare).
    bool matches(const QString& username, QByteArrayView password, qint64 credentialId);
    /// After a successful Argon2id verification (never after a failure). accessStamp: what the entry depends
    /// on (AgentDirectory::accessStamps()).
    void remember(const QString& username, QByteArrayView password, qint64 credentialId,
                  const QByteArray& accessStamp = {});
    /// After a change of who may send: keeps only the entries whose credential is in current with the same
    /// stamp (a credential rotated or revoked, an agent disabled or its allowlist changed drops its
    /// entries). Returns how many were dropped.
    int retainValid(const QHash<qint64, QByteArray>& current);
    /// retainValid() with the directory's current stamps; when the store cannot answer, forgets everything.
    int revalidate(const AgentDirectory& directory);
    /// Forgets every entry.
    void clear();

    using Tag = std::array<unsigned char, tagBytes>;
    /// The keyed BLAKE2b tag of a pair, under this process's key (what an entry keeps instead of the pair).
    Tag tagOf(const QString& username, QByteArrayView password) const;
    /// The one comparison of tags: sodium_memcmp, whose time does not depend on where they differ.
    static bool tagsEqual(const unsigned char* a, const unsigned char* b);

    int size() const;
    quint64 hits() const;
    quint64 misses() const;

private:
    struct Entry
    {
        QString username;
        qint64 credentialId = 0;
        qint64 expiresAt = 0;
        QByteArray accessStamp;
        Tag tag{};
    };
    using Lru = std::list<Entry>; ///< most recently used first

    void eraseLocked(Lru::iterator it);
    qint64 now() const;

    mutable QMutex m_mutex;
    Clock m_clock;
    int m_capacity;
    qint64 m_ttlMs = 0;
    std::array<unsigned char, 32> m_key{}; ///< random per process, never stored
    Lru m_lru;
    QHash<QString, Lru::iterator> m_index;
    quint64 m_hits = 0;
    quint64 m_misses = 0;
};

} // namespace RelayDesk

#pragma once

#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QMutex>

namespace RelayDesk {

/// Counts failed AUTH attempts per client address and locks an address out after too many; shared by all
/// session threads. Times are milliseconds since the epoch, passed in so that tests need no clock.
class AuthThrottle final
{
public:
    static constexpr int defaultMaxFailures = 5;
    static constexpr qint64 defaultWindowMs = 15 * 60 * 1000;
    static constexpr qint64 defaultLockoutMs = 15 * 60 * 1000;
    /// Bounded memory: beyond this many tracked addresses, the least recently seen are forgotten.
    static constexpr int defaultCapacity = 100000;
    /// AUTH attempts from one address that may wait for or run a password check at once.
    static constexpr int defaultMaxInFlight = 8;

    explicit AuthThrottle(int maxFailures = defaultMaxFailures, qint64 windowMs = defaultWindowMs,
                          qint64 lockoutMs = defaultLockoutMs, int capacity = defaultCapacity);
    Q_DISABLE_COPY_MOVE(AuthThrottle)

    void configure(int maxFailures, qint64 windowMs, qint64 lockoutMs, int maxInFlight = defaultMaxInFlight);

    /// The unit of counting: an IPv4 address, or the /64 of an IPv6 address ("2001:db8::/64").
    static QString keyOf(const QHostAddress& address);

    bool isLockedOut(const QHostAddress& address, qint64 nowMs) const;
    /// How long the address stays locked out from nowMs on (0: it is not).
    qint64 lockedForMs(const QHostAddress& address, qint64 nowMs) const;
    /// Counts a failure for the username tried (empty when none was read); true exactly when this failure
    /// starts a lockout.
    bool recordFailure(const QHostAddress& address, const QString& username, qint64 nowMs);
    /// Forgets the address's failures for username only (an active lockout stays): whoever knows one
    /// credential must not wipe the count of guesses at another (docs/security.md, "Lockout").
    void recordSuccess(const QHostAddress& address, const QString& username);
    /// How many addresses are tracked now (for tests and statistics).
    int trackedAddresses() const;
    int failureLimit() const;
    qint64 lockoutMs() const;

    /// Restores a lockout that was stored before a restart (key as keyOf() gives it).
    void lock(const QString& key, qint64 lockedUntilMs);
    /// Lifts a lockout and forgets the failures of key (an admin's unlock).
    void unlock(const QString& key);

    /// Takes one of the address's slots for an AUTH check; false when all are taken (the attempt is refused
    /// for now, so that one address cannot queue password checks without bound). Pair with endAttempt().
    bool beginAttempt(const QHostAddress& address);
    void endAttempt(const QHostAddress& address);

private:
    struct Failure
    {
        qint64 at = 0;
        size_t username = 0; ///< usernameKey(): a fixed size whatever the client sent
    };
    size_t usernameKey(const QString& username) const;
    struct Entry
    {
        QList<Failure> failures; ///< the failures inside the window, oldest first
        qint64 lockedUntil = 0;
        qint64 lastSeen = 0;
    };
    void pruneLocked(qint64 nowMs);

    mutable QMutex m_mutex;
    QHash<QString, Entry> m_entries;
    int m_maxFailures;
    qint64 m_windowMs;
    qint64 m_lockoutMs;
    int m_capacity;
    int m_maxInFlight = defaultMaxInFlight;
    QHash<QString, int> m_inFlight; ///< AUTH checks queued or running, per key
    int m_recordsSincePrune = 0;
    size_t m_usernameSeed; ///< random per process, so that no client can choose colliding usernames
};

} // namespace RelayDesk

#pragma once

#include "core/util/expected.h"

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

    explicit AuthThrottle(int maxFailures = defaultMaxFailures, qint64 windowMs = defaultWindowMs,
                          qint64 lockoutMs = defaultLockoutMs, int capacity = defaultCapacity);
    Q_DISABLE_COPY_MOVE(AuthThrottle)

    void configure(int maxFailures, qint64 windowMs, qint64 lockoutMs);

    bool isLockedOut(const QHostAddress& address, qint64 nowMs) const;
    /// Counts a failure; true exactly when this failure starts a lockout.
    bool recordFailure(const QHostAddress& address, qint64 nowMs);
    /// Forgets the address's failures (an active lockout stays).
    void recordSuccess(const QHostAddress& address);
    /// How many addresses are tracked now (for tests and statistics).
    int trackedAddresses() const;

    /// Writes an 'auth-lockout' row into the security_events table of dataDir.
    static Status logLockout(const QString& dataDir, const QHostAddress& address, const QString& detail,
                             qint64 nowMs);

private:
    struct Entry
    {
        QList<qint64> failures; ///< times of the failures inside the window, oldest first
        qint64 lockedUntil = 0;
        qint64 lastSeen = 0;
    };
    static QString keyOf(const QHostAddress& address);
    void pruneLocked(qint64 nowMs);

    mutable QMutex m_mutex;
    QHash<QString, Entry> m_entries;
    int m_maxFailures;
    qint64 m_windowMs;
    qint64 m_lockoutMs;
    int m_capacity;
    int m_recordsSincePrune = 0;
};

} // namespace RelayDesk

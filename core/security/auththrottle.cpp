#include "core/security/auththrottle.h"

#include <QRandomGenerator>

#include <algorithm>
#include <vector>

namespace RelayDesk {

namespace {

constexpr int pruneEvery = 1024;
constexpr int ipv6PrefixBytes = 8;

} // namespace

AuthThrottle::AuthThrottle(int maxFailures, qint64 windowMs, qint64 lockoutMs, int capacity)
    : m_maxFailures(std::max(1, maxFailures)), m_windowMs(windowMs), m_lockoutMs(lockoutMs),
      m_capacity(std::max(1, capacity)), m_usernameSeed(size_t(QRandomGenerator::system()->generate64()))
{
}

void AuthThrottle::configure(int maxFailures, qint64 windowMs, qint64 lockoutMs, int maxInFlight)
{
    QMutexLocker locker(&m_mutex);
    m_maxFailures = std::max(1, maxFailures);
    m_windowMs = windowMs;
    m_lockoutMs = lockoutMs;
    m_maxInFlight = std::max(1, maxInFlight);
}

int AuthThrottle::failureLimit() const
{
    QMutexLocker locker(&m_mutex);
    return m_maxFailures;
}

qint64 AuthThrottle::lockoutMs() const
{
    QMutexLocker locker(&m_mutex);
    return m_lockoutMs;
}

void AuthThrottle::lock(const QString& key, qint64 lockedUntilMs)
{
    QMutexLocker locker(&m_mutex);
    Entry& entry = m_entries[key];
    entry.lockedUntil = std::max(entry.lockedUntil, lockedUntilMs);
    entry.failures.clear();
}

void AuthThrottle::unlock(const QString& key)
{
    QMutexLocker locker(&m_mutex);
    m_entries.remove(key);
}

bool AuthThrottle::beginAttempt(const QHostAddress& address)
{
    QMutexLocker locker(&m_mutex);
    int& count = m_inFlight[keyOf(address)];
    if (count >= m_maxInFlight)
        return false;
    ++count;
    return true;
}

void AuthThrottle::endAttempt(const QHostAddress& address)
{
    QMutexLocker locker(&m_mutex);
    const auto it = m_inFlight.find(keyOf(address));
    if (it == m_inFlight.end())
        return;
    if (--it.value() <= 0)
        m_inFlight.erase(it); // bounded: only addresses with an AUTH under way are kept
}

// IPv4-mapped clients count as their IPv4 address; IPv6 clients by their /64, since one subscriber
// usually holds a whole /64 and could otherwise step around the lockout.
QString AuthThrottle::keyOf(const QHostAddress& address)
{
    if (address.protocol() == QAbstractSocket::IPv4Protocol)
        return address.toString();
    Q_IPV6ADDR v6 = address.toIPv6Address();
    // ::ffff:a.b.c.d only (RFC 4291 2.5.5.2); QHostAddress::toIPv4Address() would also unmap "::".
    static constexpr quint8 mappedPrefix[12] = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff};
    if (std::equal(std::begin(mappedPrefix), std::end(mappedPrefix), &v6[0]))
        return QHostAddress(address.toIPv4Address()).toString();
    for (int i = ipv6PrefixBytes; i < 16; ++i)
        v6[i] = 0;
    return QHostAddress(v6).toString() + QStringLiteral("/64");
}

size_t AuthThrottle::usernameKey(const QString& username) const
{
    return qHash(username, m_usernameSeed);
}

bool AuthThrottle::isLockedOut(const QHostAddress& address, qint64 nowMs) const
{
    QMutexLocker locker(&m_mutex);
    const auto it = m_entries.constFind(keyOf(address));
    return it != m_entries.cend() && it->lockedUntil > nowMs;
}

qint64 AuthThrottle::lockedForMs(const QHostAddress& address, qint64 nowMs) const
{
    QMutexLocker locker(&m_mutex);
    const auto it = m_entries.constFind(keyOf(address));
    return it != m_entries.cend() && it->lockedUntil > nowMs ? it->lockedUntil - nowMs : 0;
}

bool AuthThrottle::recordFailure(const QHostAddress& address, const QString& username, qint64 nowMs)
{
    QMutexLocker locker(&m_mutex);
    if (++m_recordsSincePrune >= pruneEvery || m_entries.size() >= m_capacity)
        pruneLocked(nowMs);
    Entry& entry = m_entries[keyOf(address)];
    entry.lastSeen = nowMs;
    if (entry.lockedUntil > nowMs)
        return false; // already locked out: this failure starts nothing new
    while (!entry.failures.isEmpty() && entry.failures.first().at <= nowMs - m_windowMs)
        entry.failures.removeFirst();
    entry.failures.append({nowMs, usernameKey(username)});
    if (entry.failures.size() < m_maxFailures)
        return false;
    entry.failures.clear();
    entry.lockedUntil = nowMs + m_lockoutMs;
    return true;
}

void AuthThrottle::recordSuccess(const QHostAddress& address, const QString& username)
{
    QMutexLocker locker(&m_mutex);
    const auto it = m_entries.find(keyOf(address));
    if (it == m_entries.end())
        return;
    const size_t key = usernameKey(username);
    it->failures.removeIf([key](const Failure& failure) { return failure.username == key; });
    if (it->failures.isEmpty() && it->lockedUntil == 0)
        m_entries.erase(it);
}

int AuthThrottle::trackedAddresses() const
{
    QMutexLocker locker(&m_mutex);
    return int(m_entries.size());
}

void AuthThrottle::pruneLocked(qint64 nowMs)
{
    m_recordsSincePrune = 0;
    for (auto it = m_entries.begin(); it != m_entries.end();) {
        const bool failuresExpired = it->failures.isEmpty() || it->failures.last().at <= nowMs - m_windowMs;
        if (failuresExpired && it->lockedUntil <= nowMs)
            it = m_entries.erase(it);
        else
            ++it;
    }
    if (m_entries.size() < m_capacity)
        return;
    // Still full of live entries: forget the least recently seen tenth in one pass, so that this O(n) work
    // happens at most once per capacity/10 new addresses.
    std::vector<qint64> seen;
    seen.reserve(size_t(m_entries.size()));
    for (const Entry& entry : std::as_const(m_entries))
        seen.push_back(entry.lastSeen);
    const size_t evict = std::max<size_t>(1, seen.size() / 10);
    std::nth_element(seen.begin(), seen.begin() + qsizetype(evict - 1), seen.end());
    const qint64 cutoff = seen[evict - 1];
    size_t evicted = 0;
    for (auto it = m_entries.begin(); it != m_entries.end() && evicted < evict;) {
        if (it->lastSeen <= cutoff) {
            it = m_entries.erase(it);
            ++evicted;
        } else {
            ++it;
        }
    }
}

} // namespace RelayDesk

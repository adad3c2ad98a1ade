#pragma once

#include <QHash>
#include <QHostAddress>
#include <QMutex>

namespace RelayDesk {

/// Counts open connections in total and per client address, shared by all listeners (thread-safe).
class ConnectionLimiter final
{
public:
    void configure(int maxTotal, int maxPerAddress);
    enum class Verdict
    {
        Accepted,
        TooManyTotal,
        TooManyFromAddress
    };
    Verdict tryAcquire(const QHostAddress& address);
    void release(const QHostAddress& address);
    int total() const;
    /// Three quarters or more of the total limit are in use: idle sessions get a short timeout then
    /// (SubmissionSession::busyIdleTimeoutMs), as Postfix's smtpd does under stress.
    bool isBusy() const;

private:
    mutable QMutex m_mutex;
    QHash<QHostAddress, int> m_perAddress;
    int m_total = 0;
    int m_maxTotal = 1024;
    int m_maxPerAddress = 50;
};

} // namespace RelayDesk

#pragma once

#include <QtGlobal>

namespace RelayDesk {

class Settings;

/// When to try a deferred recipient again, and when to give up (RFC 5321 4.5.4.1: retry, then give up).
class RetrySchedule final
{
public:
    struct Policy
    {
        qint64 firstMs = 300 * 1000;                 ///< wait after the first failure
        qint64 maxMs = 3600 * 1000;                  ///< the doubling stops here
        qint64 giveUpAfterMs = 5LL * 86400 * 1000;   ///< message age after which it is bounced
        qint64 delayNoticeAfterMs = 4 * 3600 * 1000; ///< message age for the delay notice; 0 = never
        double jitter = 0.1;                         ///< each wait is lengthened by up to this fraction
    };

    RetrySchedule() = default;
    explicit RetrySchedule(const Policy& policy) : m_policy(policy) {}
    /// Reads delivery.retry_first, retry_max, give_up_after and delay_notice_after (seconds).
    static RetrySchedule fromSettings(const Settings& settings);

    const Policy& policy() const { return m_policy; }
    /// The wait before the next try after `failures` failed attempts (1 = first failure), without jitter.
    qint64 baseDelayMs(int failures) const;
    /// When to try again. random01 in [0,1) picks the jitter; never later than the give-up time, so the
    /// last try happens at the deadline.
    qint64 nextAttemptAt(qint64 nowMs, int failures, qint64 receivedAtMs, double random01) const;
    /// Same with a random jitter.
    qint64 nextAttemptAt(qint64 nowMs, int failures, qint64 receivedAtMs) const;
    /// True once the message is older than the give-up limit.
    bool shouldGiveUp(qint64 receivedAtMs, qint64 nowMs) const;
    /// True once the message is old enough for a delay notice (and notices are on).
    bool delayNoticeDue(qint64 receivedAtMs, qint64 nowMs) const;

private:
    Policy m_policy;
};

} // namespace RelayDesk

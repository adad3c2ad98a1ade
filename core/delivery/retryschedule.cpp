#include "core/delivery/retryschedule.h"
#include "core/store/settings.h"

#include <QRandomGenerator>

#include <algorithm>

namespace RelayDesk {

RetrySchedule RetrySchedule::fromSettings(const Settings& settings)
{
    Policy policy;
    policy.firstMs = settings.value(QStringLiteral("delivery.retry_first")).toLongLong() * 1000;
    policy.maxMs = settings.value(QStringLiteral("delivery.retry_max")).toLongLong() * 1000;
    policy.giveUpAfterMs = settings.value(QStringLiteral("delivery.give_up_after")).toLongLong() * 1000;
    policy.delayNoticeAfterMs =
        settings.value(QStringLiteral("delivery.delay_notice_after")).toLongLong() * 1000;
    policy.maxMs = std::max(policy.maxMs, policy.firstMs);
    return RetrySchedule(policy);
}

qint64 RetrySchedule::baseDelayMs(int failures) const
{
    qint64 delay = m_policy.firstMs;
    for (int i = 1; i < failures && delay < m_policy.maxMs; ++i)
        delay *= 2;
    return std::min(delay, m_policy.maxMs);
}

qint64 RetrySchedule::nextAttemptAt(qint64 nowMs, int failures, qint64 receivedAtMs, double random01) const
{
    const qint64 base = baseDelayMs(failures);
    const auto jitter = qint64(double(base) * m_policy.jitter * std::clamp(random01, 0.0, 1.0));
    const qint64 deadline = receivedAtMs + m_policy.giveUpAfterMs;
    return std::max(nowMs, std::min(nowMs + base + jitter, deadline));
}

qint64 RetrySchedule::nextAttemptAt(qint64 nowMs, int failures, qint64 receivedAtMs) const
{
    return nextAttemptAt(nowMs, failures, receivedAtMs, QRandomGenerator::global()->generateDouble());
}

bool RetrySchedule::shouldGiveUp(qint64 receivedAtMs, qint64 nowMs) const
{
    return nowMs - receivedAtMs >= m_policy.giveUpAfterMs;
}

bool RetrySchedule::delayNoticeDue(qint64 receivedAtMs, qint64 nowMs) const
{
    return m_policy.delayNoticeAfterMs > 0 && nowMs - receivedAtMs >= m_policy.delayNoticeAfterMs;
}

} // namespace RelayDesk

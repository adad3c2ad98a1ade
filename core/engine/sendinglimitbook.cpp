#include "core/engine/sendinglimitbook.h"
#include "core/agents/agentlimitstore.h"
#include "core/query/agentusagequery.h"
#include "core/util/clock.h"

namespace RelayDesk {

SendingLimitBook::SendingLimitBook(Clock clock) : m_clock(std::move(clock)) {}

SendingLimitBook::SendingLimitBook() : SendingLimitBook(&nowMs) {}

void SendingLimitBook::setLimits(const QHash<qint64, SendingLimits>& limits)
{
    QMutexLocker locker(&m_mutex);
    m_limits = limits;
    // A deleted agent's counts must not pass to a new agent that SQLite gives the same id.
    for (auto it = m_counters.begin(); it != m_counters.end();) {
        if (limits.contains(it.key()))
            ++it;
        else
            it = m_counters.erase(it);
    }
}

void SendingLimitBook::seed(const QHash<qint64, SendingUse>& use, qint64 atMs)
{
    QMutexLocker locker(&m_mutex);
    for (auto it = use.cbegin(); it != use.cend(); ++it)
        m_counters[it.key()].seed(it.value(), atMs);
}

Status SendingLimitBook::load(const QString& dataDir, bool seedUse)
{
    const qint64 now = m_clock();
    const auto limits = AgentLimitStore(dataDir).all();
    if (!limits)
        return Status::failure(limits.error());
    if (seedUse) {
        const auto use = AgentUsageQuery(dataDir).all(now);
        if (!use)
            return Status::failure(use.error());
        seed(use.value(), now);
    }
    setLimits(limits.value());
    return {};
}

bool SendingLimitBook::hasLimits() const
{
    QMutexLocker locker(&m_mutex);
    return !m_limits.isEmpty();
}

Status SendingLimitBook::mergeStoredUse(const QString& dataDir)
{
    if (!hasLimits())
        return {};
    const qint64 now = m_clock();
    const auto use = AgentUsageQuery(dataDir).all(now);
    if (!use)
        return Status::failure(use.error());
    QMutexLocker locker(&m_mutex);
    for (auto it = use->cbegin(); it != use->cend(); ++it) {
        if (m_limits.contains(it.key()))
            m_counters[it.key()].merge(it.value(), now);
    }
    return {};
}

SendingAdmission SendingLimitBook::admit(qint64 agentId) const
{
    const qint64 now = m_clock();
    QMutexLocker locker(&m_mutex);
    return admitLocked(agentId, now);
}

SendingAdmission SendingLimitBook::reserve(qint64 agentId)
{
    const qint64 now = m_clock();
    QMutexLocker locker(&m_mutex);
    SendingAdmission admission = admitLocked(agentId, now);
    if (!admission.refusal)
        ++m_storing[agentId];
    return admission;
}

void SendingLimitBook::settle(qint64 agentId, bool accepted)
{
    const qint64 now = m_clock();
    QMutexLocker locker(&m_mutex);
    if (const auto storing = m_storing.find(agentId); storing != m_storing.end() && --storing.value() <= 0)
        m_storing.erase(storing);
    if (accepted)
        m_counters[agentId].add(now);
}

SendingAdmission SendingLimitBook::admitLocked(qint64 agentId, qint64 now) const
{
    const auto limits = m_limits.constFind(agentId);
    if (limits == m_limits.constEnd())
        return {};
    SendingAdmission admission;
    admission.maxRecipients = limits->maxRecipients;
    const auto counter = m_counters.constFind(agentId);
    const int storing = m_storing.value(agentId);
    // The day first: when both the day and the minute are used up, "try again after 14:01" would be wrong.
    for (SendingWindow window : {SendingWindow::Day, SendingWindow::Hour, SendingWindow::Minute}) {
        const int limit = limits->of(window);
        const int sent = (counter == m_counters.constEnd() ? 0 : counter->count(window, now)) + storing;
        if (limit > 0 && sent >= limit) {
            admission.refusal = SendingRefusal{window, sent, limit, sendingWindowEnd(window, now)};
            break;
        }
    }
    return admission;
}

SendingUse SendingLimitBook::use(qint64 agentId) const
{
    const qint64 now = m_clock();
    QMutexLocker locker(&m_mutex);
    return m_counters.value(agentId).use(now);
}

SendingLimits SendingLimitBook::limits(qint64 agentId) const
{
    QMutexLocker locker(&m_mutex);
    return m_limits.value(agentId);
}

} // namespace RelayDesk

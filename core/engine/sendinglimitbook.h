#pragma once

#include "core/agents/sendinglimits.h"
#include "core/engine/sendingcounter.h"
#include "core/util/expected.h"

#include <QHash>
#include <QMutex>
#include <QString>

#include <functional>

namespace RelayDesk {

/// The engine's per-agent sending limits and counters (docs/protocols.md, "Sending limits"): asked at each
/// MAIL and told of each accepted message from every session thread, under one mutex and from memory only
/// (no store query per message). Limits are read from the store at start and again when an admin changes
/// them; the counters are seeded at start from the store's accepted counts, so a restart keeps the day's use.
class SendingLimitBook final
{
public:
    using Clock = std::function<qint64()>;

    explicit SendingLimitBook(Clock clock);
    SendingLimitBook();
    Q_DISABLE_COPY_MOVE(SendingLimitBook)

    /// Replaces every agent's limits; the counters of agents no longer listed are dropped.
    void setLimits(const QHash<qint64, SendingLimits>& limits);
    /// Starts the counters from what each agent sent in the current windows (read at atMs).
    void seed(const QHash<qint64, SendingUse>& use, qint64 atMs);
    /// Reads the limits from the store, and with seedUse also the counts; on failure keeps what it has.
    Status load(const QString& dataDir, bool seedUse);
    /// On a store that several nodes share (docs/scaling.md): reads the counts of the agents that have limits
    /// and counts at least those, so that the nodes together keep each limit, give or take what the other
    /// nodes accepted since the last read. Nothing to do without limits.
    Status mergeStoredUse(const QString& dataDir);
    bool hasLimits() const;

    /// The answer to the agent's MAIL now: the refusal names the longest window whose limit it reached,
    /// counting the agent's messages being stored as sent.
    SendingAdmission admit(qint64 agentId) const;
    /// At the end of DATA, before the message is stored: the same answer, and when it admits, the message
    /// counts as being stored until settle(), so that parallel sessions of one agent cannot all pass the
    /// last place left.
    SendingAdmission reserve(qint64 agentId);
    /// A message reserve() admitted was stored (accepted: counted in its windows now) or not (its place is
    /// given back).
    void settle(qint64 agentId, bool accepted);
    SendingUse use(qint64 agentId) const;
    SendingLimits limits(qint64 agentId) const;

private:
    Clock m_clock;
    mutable QMutex m_mutex;
    QHash<qint64, SendingLimits> m_limits;
    QHash<qint64, SendingCounter> m_counters;
    QHash<qint64, int> m_storing; ///< per agent: messages reserve() admitted and settle() has not yet settled

    SendingAdmission admitLocked(qint64 agentId, qint64 now) const;
};

} // namespace RelayDesk

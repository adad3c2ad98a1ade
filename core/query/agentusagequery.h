#pragma once

#include "core/agents/sendinglimits.h"
#include "core/util/expected.h"

#include <QHash>
#include <QString>

namespace RelayDesk {

/// What each Mail Agent has sent in the current UTC minute, hour and day, counted from the store's accepted
/// messages (those that came in on a listener; resends, test messages queued by an admin and DSNs do not
/// count). The engine seeds its counters from it at start, and the command line and the agents page show it
/// as current use (docs/protocols.md, "Sending limits"). Read-only; uses the calling thread's connection.
class AgentUsageQuery final
{
public:
    explicit AgentUsageQuery(QString dataDir);

    /// Every agent that sent anything today, by id, in one query.
    Expected<QHash<qint64, SendingUse>> all(qint64 nowMs) const;
    Expected<SendingUse> of(qint64 agentId, qint64 nowMs) const;

private:
    Expected<QHash<qint64, SendingUse>> read(qint64 nowMs, qint64 agentId) const;

    QString m_dataDir;
};

} // namespace RelayDesk

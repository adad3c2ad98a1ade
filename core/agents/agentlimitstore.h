#pragma once

#include "core/agents/sendinglimits.h"
#include "core/util/expected.h"

#include <QHash>
#include <QString>

namespace RelayDesk {

/// The stored sending limits of Mail Agents (table agent_limits, docs/protocols.md, "Sending limits"): an
/// agent without a row has no limits, which is what every agent of an older store has after the upgrade.
/// A change moves the 'limits' admin topic (by trigger), which a running engine applies within a second.
/// Uses the calling thread's connection.
class AgentLimitStore final
{
public:
    explicit AgentLimitStore(QString dataDir);

    /// The admin topic that moves with every change of agent_limits.
    static QString topic() { return QStringLiteral("limits"); }

    Expected<SendingLimits> limits(qint64 agentId) const;
    /// The limits of every agent by id, agents without limits included (with none), in one query.
    Expected<QHash<qint64, SendingLimits>> all() const;
    /// Stores the agent's limits; no limit at all removes its row.
    Status set(qint64 agentId, const SendingLimits& limits);

private:
    QString m_dataDir;
};

} // namespace RelayDesk

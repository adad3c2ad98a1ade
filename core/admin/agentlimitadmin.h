#pragma once

#include "core/agents/sendinglimits.h"
#include "core/util/expected.h"

#include <QString>

#include <optional>

namespace RelayDesk {

/// One Mail Agent's sending limits with what it has sent in the current windows and when each window ends.
struct AgentSendingStatus
{
    QString agent;
    SendingLimits limits;
    SendingUse use; ///< from the store's accepted messages (docs/protocols.md, "Sending limits")
    qint64 atMs = 0;
    qint64 resetsAtMs(SendingWindow window) const { return sendingWindowEnd(window, atMs); }
};

/// A change to some of an agent's limits: a field left empty keeps the stored value, 0 removes the limit.
struct SendingLimitsChange
{
    std::optional<int> perMinute;
    std::optional<int> perHour;
    std::optional<int> perDay;
    std::optional<int> maxRecipients;

    bool isEmpty() const { return !perMinute && !perHour && !perDay && !maxRecipients; }
    SendingLimits appliedTo(SendingLimits limits) const;
};

/// The per-agent sending limits for the faces (`relaydesk agent limit`, the agents page): read with the
/// agent's current use, changed with one validation and one error text. A running engine applies a change
/// within a second. Uses the calling thread's connection (call it off the GUI thread).
class AgentLimitAdmin final
{
public:
    explicit AgentLimitAdmin(QString dataDir);

    /// Empty if value may be a limit (0 to SendingLimits::maximum), otherwise what is wrong; what names the
    /// limit in the text ("--per-hour").
    static QString valueProblem(const QString& what, qint64 value);
    /// Reads "none", "0" or a whole number as a limit (0: none); otherwise an error naming what.
    static Expected<int> parseValue(const QString& what, const QString& text);

    Expected<AgentSendingStatus> status(const QString& agentName, qint64 nowMs) const;
    /// Applies the change to the stored limits and returns them as stored.
    Expected<SendingLimits> change(const QString& agentName, const SendingLimitsChange& change);
    /// Replaces every limit of the agent (the GUI's editor).
    Expected<SendingLimits> set(const QString& agentName, const SendingLimits& limits);

private:
    QString m_dataDir;
};

} // namespace RelayDesk

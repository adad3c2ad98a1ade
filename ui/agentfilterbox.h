#pragma once

#include <QComboBox>

namespace RelayDesk {

/// The agent filter of the Delivery Logs' tabs and the Queue: all agents, each live agent, and apart from
/// them the deleted agents that had a name (LogFilter::deletedAgent). As wide as a short name whatever the
/// names (a deleted agent's 60-character name pushed the other filters off their row: an outside tester);
/// its list shows every name whole, and each item's tooltip too.
class AgentFilterBox final : public QComboBox
{
    Q_OBJECT
public:
    explicit AgentFilterBox(int shownCharacters, QWidget* parent = nullptr);

    /// The agents offered, keeping the chosen one where it still is; no signal.
    void setAgents(const QStringList& names, const QStringList& formerNames);
    /// Chooses the live agent name, offered at once if the list has not got it yet (an agent made a moment
    /// ago); no signal.
    void chooseLive(const QString& name);
    /// The chosen agent's name, "" for all agents.
    QString agentName() const;
    /// Whether the choice is the deleted agents that had agentName().
    bool deletedAgent() const;
};

} // namespace RelayDesk

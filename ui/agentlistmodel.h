#pragma once

#include "core/agents/mailagent.h"

#include <QAbstractTableModel>

namespace RelayDesk {

/// The Mail Agents as a table: name (an any-sender agent with a warning sign), enabled, allowlist, sender
/// domains (any sender in red) and description.
class AgentListModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Name,
        Enabled,
        Allowlist,
        Senders,
        Description,
        ColumnCount
    };

    explicit AgentListModel(QObject* parent = nullptr);

    void setAgents(const QList<MailAgent>& agents);
    const QList<MailAgent>& agents() const { return m_agents; }
    const MailAgent& agentAt(int row) const { return m_agents.at(row); }
    int rowOf(const QString& name) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<MailAgent> m_agents;
};

} // namespace RelayDesk

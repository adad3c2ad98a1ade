#include "ui/agentlistmodel.h"

#include "ui/anysenderwarning.h"

#include <QColor>
#include <QIcon>

namespace RelayDesk {

AgentListModel::AgentListModel(QObject* parent) : QAbstractTableModel(parent) {}

void AgentListModel::setAgents(const QList<MailAgent>& agents)
{
    beginResetModel();
    m_agents = agents;
    endResetModel();
}

int AgentListModel::rowOf(const QString& name) const
{
    for (int i = 0; i < m_agents.size(); ++i) {
        if (m_agents[i].name == name)
            return i;
    }
    return -1;
}

int AgentListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_agents.size());
}

int AgentListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AgentListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MailAgent& agent = m_agents.at(index.row());
    // The sender domains column starts hidden: an agent that may send as any address looked restricted in
    // the list, while `agent list` warns of it (an outside tester). A warning sign by its name says it.
    if (index.column() == Name && agent.anySender) {
        if (role == Qt::DecorationRole)
            return QIcon(QStringLiteral(":/icons/warning.svg"));
        if (role == Qt::ToolTipRole)
            return AnySenderWarning::listTip(agent.name);
    }
    // A narrow list cuts a long name or list of addresses: the tooltip holds it whole.
    if (role == Qt::ToolTipRole && index.column() != Enabled)
        return data(index, Qt::DisplayRole);
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Name:
            return agent.name;
        case Enabled:
            return agent.enabled ? tr("enabled") : tr("disabled");
        case Allowlist: {
            // Who may send: the addresses that may log in, and the trusted devices that send without a
            // password (a printer's agent read "(nobody)" while its device sent: an outside tester).
            QStringList ranges;
            for (const CidrRange& range : agent.allowlist)
                ranges << range.toString();
            QStringList devices;
            for (const CidrRange& range : agent.trustedDevices)
                devices << range.toString();
            QString text = ranges.join(QStringLiteral(", "));
            if (!devices.isEmpty()) {
                const QString trusted = tr("devices: %1").arg(devices.join(QStringLiteral(", ")));
                text = text.isEmpty() ? trusted
                                      : text +
                                            tr("; ", "between the items of a list; French writes a no-break "
                                                     "space before the semicolon") +
                                            trusted;
            }
            return text.isEmpty() ? tr("(nobody)") : text;
        }
        case Senders:
            if (agent.anySender)
                return tr("any sender (not recommended)");
            return agent.senders.isEmpty() ? tr("(none: cannot send)")
                                           : agent.senders.join(QStringLiteral(", "));
        case Description:
            return agent.description;
        default:
            return {};
        }
    }
    if (role == Qt::ForegroundRole && index.column() == Enabled && !agent.enabled)
        return QColor(0xd6, 0x39, 0x39);
    // docs/protocols.md, "Sender domains": any sender is the warning, no domain the reminder.
    if (role == Qt::ForegroundRole && index.column() == Senders && agent.anySender)
        return QColor(0xd6, 0x39, 0x39);
    if (role == Qt::ForegroundRole && index.column() == Senders && agent.senders.isEmpty())
        return QColor(0xb0, 0x80, 0x00);
    return {};
}

QVariant AgentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case Enabled:
        return tr("State");
    case Allowlist:
        return tr("Allowed addresses");
    case Senders:
        return tr("Sender domains");
    case Description:
        return tr("Description");
    default:
        return {};
    }
}

} // namespace RelayDesk

#include "ui/agentfilterbox.h"

#include "ui/agentlabel.h"

#include <QAbstractItemView>

namespace RelayDesk {

// Each item's data: {} for all agents, {name} for a live agent, {name, "deleted"} for the deleted agents that
// had the name (apart from a live agent that has it now).
AgentFilterBox::AgentFilterBox(int shownCharacters, QWidget* parent) : QComboBox(parent)
{
    setMinimumContentsLength(shownCharacters);
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setAgents({}, {});
}

void AgentFilterBox::setAgents(const QStringList& names, const QStringList& formerNames)
{
    const QVariant current = currentData();
    const QSignalBlocker blocker(this);
    clear();
    addItem(tr("All agents"), QStringList());
    for (const QString& name : names)
        addItem(name, QStringList{name});
    for (const QString& name : formerNames)
        addItem(AgentLabel::text(name, true), QStringList{name, QStringLiteral("deleted")});
    for (int item = 0; item < count(); ++item)
        setItemData(item, itemText(item), Qt::ToolTipRole);
    view()->setMinimumWidth(view()->sizeHintForColumn(0) + 24);
    const int index = findData(current);
    setCurrentIndex(index < 0 ? 0 : index);
}

void AgentFilterBox::chooseLive(const QString& name)
{
    const QSignalBlocker blocker(this);
    int index = findData(QStringList{name});
    if (index < 0) {
        addItem(name, QStringList{name});
        index = count() - 1;
    }
    setCurrentIndex(index);
}

QString AgentFilterBox::agentName() const
{
    return currentData().toStringList().value(0);
}

bool AgentFilterBox::deletedAgent() const
{
    return currentData().toStringList().size() > 1;
}

} // namespace RelayDesk

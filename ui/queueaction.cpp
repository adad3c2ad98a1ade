#include "ui/queueaction.h"

namespace RelayDesk {

QueueActionPlan planQueueAction(QueueAction action, const QStringList& queueIds, const QSet<QString>& heldIds,
                                const QSet<QString>& strandedIds)
{
    QueueActionPlan plan;
    for (const QString& id : queueIds) {
        const bool held = heldIds.contains(id);
        bool changes = true;
        switch (action) {
        case QueueAction::Hold:
            changes = !held;
            break;
        case QueueAction::RetryNow:
            changes = !held && !strandedIds.contains(id);
            break;
        case QueueAction::Release:
            changes = held;
            break;
        case QueueAction::Delete:
        case QueueAction::Bounce:
            break;
        }
        if (changes)
            plan.changing << id;
        else
            ++plan.unchanged;
    }
    return plan;
}

} // namespace RelayDesk

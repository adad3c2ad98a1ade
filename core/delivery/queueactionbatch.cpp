#include "core/delivery/queueactionbatch.h"

#include "core/delivery/queueactions.h"

namespace RelayDesk {

QueueActionOutcome applyQueueAction(QueueActions& actions, QueueActionKind kind, const QStringList& queueIds)
{
    QueueActionOutcome outcome;
    for (const QString& id : queueIds) {
        Status status;
        switch (kind) {
        case QueueActionKind::Retry:
            status = actions.retry(id);
            break;
        case QueueActionKind::Hold:
            status = actions.hold(id);
            break;
        case QueueActionKind::Release:
            status = actions.release(id);
            break;
        case QueueActionKind::Delete:
            status = actions.remove(id);
            break;
        case QueueActionKind::Bounce:
            status = actions.bounce(id);
            break;
        }
        if (status) {
            if (kind == QueueActionKind::Release) {
                if (const auto past = actions.pastGiveUp(id); past && past.value())
                    outcome.pastGiveUp << id;
            }
            continue;
        }
        // Deleted by someone else meanwhile, or finished by delivery: what the person wanted is moot, not a
        // failure to show in a warning box (an outside tester).
        if (const auto waiting = actions.stillWaiting(id); waiting && !waiting.value())
            outcome.gone << id;
        else if (const auto held = actions.isHeld(id); kind == QueueActionKind::Retry && held && held.value())
            outcome.held << id; // the person saw it waiting; it was held since: said, not a warning box
        else
            outcome.errors << status.error();
    }
    return outcome;
}

} // namespace RelayDesk

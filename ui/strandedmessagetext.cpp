#include "ui/strandedmessagetext.h"

#include "ui/timecolumn.h"

namespace RelayDesk {

QString StrandedMessageText::state(const QString& stateText, const QString& node, qint64 leaseExpiresMs)
{
    return tr("%1 (node %2 stopped; taken again after %3)")
        .arg(stateText, node, tableTimeText(leaseExpiresMs));
}

QString StrandedMessageText::whyNoRetry(const QString& queueId, const QString& node, qint64 leaseExpiresMs)
{
    // Its lease keeps every other node from sending it twice: a delivery the stopped node may have finished
    // is not repeated before the lease runs out.
    return tr("%1 waits for the node %2, which stopped answering: another node takes it at %3, when its "
              "lease "
              "runs out, and Retry now cannot bring that forward. If %2 is gone for good, \"relaydesk node "
              "forget %2\" frees its messages now.")
        .arg(queueId, node, tableTimeText(leaseExpiresMs));
}

} // namespace RelayDesk

#include "ui/queuemodel.h"

#include "core/util/clock.h"
#include "core/util/readableaddress.h"
#include "ui/agentlabel.h"
#include "ui/middleelidingdelegate.h"
#include "ui/roadsign.h"
#include "ui/statelabel.h"
#include "ui/strandedmessagetext.h"
#include "ui/timecolumn.h"

#include <QDateTime>
#include <QLocale>

namespace RelayDesk {

QueueModel::QueueModel(QString dataDir, QObject* parent)
    : KeysetTableModel(QStringLiteral("queue-reader"), std::move(dataDir), parent)
{
}

QVariant QueueModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QueueRow& row = rowAt(index.row());
    if (role != Qt::DisplayRole && index.column() == QueueQuery::Agent) {
        if (const QVariant cell = AgentLabel::cellData(row.agent, row.agentDeleted, role); cell.isValid())
            return cell;
    }
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case QueueQuery::Received:
            return tableTimeText(row.receivedAt);
        case QueueQuery::State:
            // As `queue list` says it: plain "queued" hid that no node delivers it (an outside tester).
            if (const QString node = waitingForNode(row); !node.isEmpty())
                return StrandedMessageText::state(StateLabel::text(row.state), node, row.leaseExpires);
            if (const DeliveryInFlight* delivery = delivering(row);
                delivery && delivery->waitingForConnection)
                return StateLabel::text(QStringLiteral("waiting"));
            return StateLabel::text(underWay(row) ? QStringLiteral("delivering") : row.state);
        case QueueQuery::NextAttempt:
            if (row.state == QLatin1String("held"))
                return tr("on hold");
            if (underWay(row))
                return tr("now"); // the column is as wide as a time; since when is in its tooltip
            if (!row.strandedNode(nowMs()).isEmpty())
                return tableTimeText(row.leaseExpires); // when another node may take it; why in the tooltip
            if (!m_relayRunning)
                return tr("relay stopped");
            if (!m_deliveryEnabled)
                return tr("delivery is off");
            return tableTimeText(row.nextAttemptAt);
        case QueueQuery::Agent:
            return AgentLabel::text(row.agent, row.agentDeleted);
        case QueueQuery::Sender:
            // A bounce notice's empty sender (RFC 5321 4.5.5) is no blank in a column of addresses.
            return row.sender.isEmpty() ? tr("(bounce notice)") : ReadableAddress::address(row.sender);
        case QueueQuery::Recipients: {
            // How many, not only the first: a message to 1,000 recipients read like one to a single
            // address, cut after it (an outside tester).
            const QStringList all = recipientsOf(row);
            if (all.size() <= 2)
                return ReadableAddress::addressList(row.recipients);
            return tr("%1 and %Ln more", "the first recipient, then how many others", int(all.size() - 1))
                .arg(ReadableAddress::address(all.first().trimmed()));
        }
        case QueueQuery::LastReply:
            // With the enhanced code, as the details pane and the command line show it (RFC 3463).
            return RoadSignStyle::replyLine(row.lastCode, row.lastEnhanced, row.lastReply);
        default:
            return QueueQuery::columnValue(row, index.column());
        }
    }
    // The part of the recipients cell that may be cut: the first address, never "and 3 more"; one or two
    // addresses are cut at their end, so that the local parts that tell the rows apart stay (an outside
    // tester read "grey100…example" in every row).
    if (role == MiddleElidingDelegate::HeadRole && index.column() == QueueQuery::Recipients) {
        const QStringList all = recipientsOf(row);
        return all.size() > 2 ? ReadableAddress::address(all.first().trimmed())
                              : ReadableAddress::addressList(row.recipients);
    }
    const bool replied = RoadSignStyle::hasReply(row.lastCode, row.lastReply);
    if (role == Qt::BackgroundRole && index.column() == QueueQuery::LastReply && replied)
        return RoadSignStyle::background(
            RoadSignStyle::signOf(row.lastCode, row.lastEnhanced, row.lastReply));
    if (role == Qt::ToolTipRole && index.column() == QueueQuery::NextAttempt) {
        if (const DeliveryInFlight* delivery = delivering(row))
            return delivery->waitingForConnection
                       ? tr("Waiting for a free outbound connection since %1")
                             .arg(tableTimeText(delivery->sinceMs))
                       : tr("Under way since %1").arg(tableTimeText(delivery->sinceMs));
        if (const QString node = row.deliveringNode(nowMs()); !node.isEmpty())
            return tr("Being delivered by the node %1").arg(node);
        if (const QString node = row.strandedNode(nowMs()); !node.isEmpty())
            return tr("The node %1 took it and no longer answers: another node takes it when its lease runs "
                      "out")
                .arg(node);
        if (!m_relayRunning && row.state != QLatin1String("held"))
            return tr("Due at %1; the relay of this computer is not running, so nothing is sent until it "
                      "runs again.")
                .arg(tableTimeText(row.nextAttemptAt));
    }
    // The column is as wide as a state: the words about the stopped node are whole in its tooltip.
    if (role == Qt::ToolTipRole && index.column() == QueueQuery::State && !waitingForNode(row).isEmpty())
        return data(index, Qt::DisplayRole);
    if (role == Qt::ToolTipRole && index.column() == QueueQuery::Recipients) {
        // The whole list where the cell cuts it, at most 20 lines.
        const QStringList all = recipientsOf(row);
        QStringList shown;
        for (const QString& address : all.mid(0, 20))
            shown << ReadableAddress::address(address.trimmed());
        if (all.size() > 20)
            shown << tr("and %Ln more", nullptr, int(all.size() - 20));
        return shown.join(QLatin1Char('\n'));
    }
    if (role == Qt::ToolTipRole && index.column() == QueueQuery::LastReply && replied)
        return RoadSignStyle::explanationHtml(row.lastCode, row.lastEnhanced, row.lastReply);
    return {};
}

bool QueueModel::underWay(const QueueRow& row) const
{
    return delivering(row) || !row.deliveringNode(nowMs()).isEmpty();
}

QString QueueModel::waitingForNode(const QueueRow& row) const
{
    return row.held || underWay(row) ? QString() : row.strandedNode(nowMs());
}

void QueueModel::setDeliveryEnabled(bool enabled)
{
    if (enabled == m_deliveryEnabled)
        return;
    m_deliveryEnabled = enabled;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, QueueQuery::NextAttempt), index(rowCount() - 1, QueueQuery::NextAttempt));
}

QStringList QueueModel::recipientsOf(const QueueRow& row)
{
    return row.recipients.split(QStringLiteral(", "), Qt::SkipEmptyParts);
}

void QueueModel::setRelayRunning(bool running)
{
    if (running == m_relayRunning)
        return;
    m_relayRunning = running;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, QueueQuery::NextAttempt), index(rowCount() - 1, QueueQuery::NextAttempt));
}

void QueueModel::setDeliveries(const QList<DeliveryInFlight>& deliveries)
{
    QHash<QString, DeliveryInFlight> byQueueId;
    for (const DeliveryInFlight& delivery : deliveries) {
        const auto it = byQueueId.constFind(delivery.queueId);
        if (it == byQueueId.constEnd() || delivery.sinceMs < it->sinceMs)
            byQueueId.insert(delivery.queueId, delivery);
    }
    if (byQueueId == m_delivering)
        return;
    m_delivering = std::move(byQueueId);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, QueueQuery::State), index(rowCount() - 1, QueueQuery::NextAttempt));
}

const DeliveryInFlight* QueueModel::delivering(const QueueRow& row) const
{
    if (row.held)
        return nullptr; // held meanwhile: the delivery does not start (or was under way before the hold)
    const auto it = m_delivering.constFind(row.queueId);
    return it == m_delivering.constEnd() ? nullptr : &it.value();
}

QVariant QueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    const QStringList headers = {tr("Received"),   tr("Agent"),        tr("Sender"),
                                 tr("Recipients"), tr("Subject"),      tr("Status"),
                                 tr("Attempts"),   tr("Next attempt"), tr("Last reply")};
    return section >= 0 && section < headers.size() ? QVariant(headers.at(section)) : QVariant();
}

} // namespace RelayDesk

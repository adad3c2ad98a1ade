#include "ui/deliverylogmodel.h"

#include "core/util/readableaddress.h"
#include "ui/agentlabel.h"
#include "ui/roadsign.h"
#include "ui/statelabel.h"
#include "ui/timecolumn.h"

#include <QDateTime>
#include <QLocale>

namespace RelayDesk {

DeliveryLogModel::DeliveryLogModel(QString dataDir, QObject* parent)
    : KeysetTableModel(QStringLiteral("deliverylog-reader"), std::move(dataDir), parent)
{
}

QStringList DeliveryLogModel::headers()
{
    return {tr("Received"), tr("Agent"),   tr("Sender"),     tr("Recipient"), tr("Subject"), tr("Status"),
            tr("Attempts"), tr("Updated"), tr("Last reply"), tr("Queue ID"),  tr("Host")};
}

QStringList DeliveryLogModel::csvHeaders()
{
    // The Message-ID only in the file: support staff match a customer's "the mail with Message-ID <...>"
    // against it (an outside tester); the table has no room for it.
    return headers() << tr("Message-ID");
}

QStringList DeliveryLogModel::csvFields(const DeliveryLogRow& row)
{
    // With the offset from UTC ("2026-12-04T17:29:18+01:00"): a spreadsheet or a colleague elsewhere reads
    // the same moment (an outside tester found local times without a zone).
    auto time = [](qint64 ms) {
        if (!ms)
            return QString();
        const QDateTime local = QDateTime::fromMSecsSinceEpoch(ms);
        return local.toOffsetFromUtc(local.offsetFromUtc()).toString(Qt::ISODate);
    };
    const QString reply = RoadSignStyle::replyLine(row.lastCode, row.lastEnhanced, row.lastReply);
    // Addresses and hosts as the table shows them: "printer@büro.example", not its A-labels (an outside
    // tester's export did not match the window).
    return {time(row.receivedAt),
            AgentLabel::text(row.agent, row.agentDeleted),
            ReadableAddress::address(row.sender),
            ReadableAddress::address(row.recipient),
            row.subject,
            StateLabel::text(row.shownState()), // as the table shows it, in the header's language
            QString::number(row.attempts),
            time(row.updatedAt),
            reply.trimmed(),
            row.queueId,
            ReadableAddress::domain(row.lastHost),
            row.messageIdHeader};
}

QVariant DeliveryLogModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DeliveryLogRow& row = rowAt(index.row());
    if (role != Qt::DisplayRole && index.column() == DeliveryLogQuery::Agent) {
        if (const QVariant cell = AgentLabel::cellData(row.agent, row.agentDeleted, role); cell.isValid())
            return cell;
    }
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case DeliveryLogQuery::Received:
            return tableTimeText(row.receivedAt);
        case DeliveryLogQuery::State:
            return StateLabel::text(deliveringSince(row) > 0 ? QStringLiteral("delivering")
                                                             : row.shownState());
        case DeliveryLogQuery::Updated:
            return tableTimeText(row.updatedAt);
        case DeliveryLogQuery::Agent:
            return AgentLabel::text(row.agent, row.agentDeleted);
        case DeliveryLogQuery::Sender:
            // A bounce notice's empty sender (RFC 5321 4.5.5), named as the Queue names it: counted among the
            // agent's rows here, not in its Activity (an outside tester compared 26 with 22).
            return row.sender.isEmpty() ? tr("(bounce notice)") : ReadableAddress::address(row.sender);
        case DeliveryLogQuery::Recipient:
            return ReadableAddress::address(row.recipient);
        case DeliveryLogQuery::Host:
            return ReadableAddress::domain(row.lastHost);
        case DeliveryLogQuery::LastReply:
            // With the enhanced code, as the details pane and the command line show it (RFC 3463).
            return RoadSignStyle::replyLine(row.lastCode, row.lastEnhanced, row.lastReply);
        default:
            return DeliveryLogQuery::columnValue(row, index.column());
        }
    }
    if (role == Qt::BackgroundRole && RoadSignStyle::hasReply(row.lastCode, row.lastReply) &&
        (index.column() == DeliveryLogQuery::LastReply || index.column() == DeliveryLogQuery::State))
        return RoadSignStyle::background(
            RoadSignStyle::signOf(row.lastCode, row.lastEnhanced, row.lastReply));
    if (role == Qt::ToolTipRole &&
        (index.column() == DeliveryLogQuery::Received || index.column() == DeliveryLogQuery::Updated))
        return QLocale().toString(QDateTime::fromMSecsSinceEpoch(index.column() == DeliveryLogQuery::Received
                                                                     ? row.receivedAt
                                                                     : row.updatedAt),
                                  QLocale::LongFormat);
    if (role == Qt::ToolTipRole && index.column() == DeliveryLogQuery::LastReply &&
        RoadSignStyle::hasReply(row.lastCode, row.lastReply))
        return RoadSignStyle::explanationHtml(row.lastCode, row.lastEnhanced, row.lastReply);
    return {};
}

void DeliveryLogModel::setDeliveries(const QList<DeliveryInFlight>& deliveries)
{
    QHash<QString, qint64> delivering;
    for (const DeliveryInFlight& delivery : deliveries) {
        for (const QString& recipient : delivery.recipients)
            delivering.insert(delivery.queueId + QLatin1Char('|') + recipient, delivery.sinceMs);
    }
    if (delivering == m_delivering)
        return;
    m_delivering = std::move(delivering);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, DeliveryLogQuery::State), index(rowCount() - 1, DeliveryLogQuery::State));
}

qint64 DeliveryLogModel::deliveringSince(const DeliveryLogRow& row) const
{
    // Held meanwhile, or final: the delivery under way no longer speaks for the row.
    if (row.shownState() != QLatin1String("queued") && row.shownState() != QLatin1String("deferred"))
        return 0;
    return m_delivering.value(row.queueId + QLatin1Char('|') + row.recipient, 0);
}

QVariant DeliveryLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
        section >= headers().size())
        return {};
    return headers().at(section);
}

} // namespace RelayDesk

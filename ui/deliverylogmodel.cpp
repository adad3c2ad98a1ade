#include "ui/deliverylogmodel.h"

#include "ui/queryrunner.h"
#include "ui/roadsign.h"
#include "ui/statelabel.h"

#include <QDateTime>
#include <QLocale>

#include <optional>

namespace RelayDesk {

DeliveryLogModel::DeliveryLogModel(QString dataDir, QObject* parent)
    : PagedTableModel(QStringLiteral("deliverylog-reader"), std::move(dataDir), parent)
{
}

void DeliveryLogModel::requestPage(const LogFilter& filter, int offset, int limit, quint64 generation)
{
    using Page = Expected<QList<DeliveryLogRow>>;
    // Keyset paging: the next page starts after the last row loaded, whatever its offset.
    std::optional<DeliveryLogRow> after;
    if (offset > 0 && offset <= m_rows.size())
        after = m_rows.at(offset - 1);
    runner()->run<Page>(
        this,
        [dir = dataDir(), filter, after, limit, current = isCurrent(), generation]() {
            if (!current(generation))
                return Page(QList<DeliveryLogRow>()); // overtaken: dropped on arrival anyway
            return DeliveryLogQuery(dir).pageAfter(filter, after ? &*after : nullptr, limit);
        },
        [this, generation](Page page) { appendPage(generation, page, m_rows); });
}

QStringList DeliveryLogModel::headers()
{
    return {tr("Received"), tr("Agent"),    tr("Sender"),  tr("Recipient"), tr("Subject"),
            tr("Status"),   tr("Attempts"), tr("Updated"), tr("Last reply")};
}

QStringList DeliveryLogModel::csvFields(const DeliveryLogRow& row)
{
    auto time = [](qint64 ms) {
        return ms ? QDateTime::fromMSecsSinceEpoch(ms).toString(Qt::ISODate) : QString();
    };
    const QString reply =
        row.lastCode ? QStringLiteral("%1 %2 %3").arg(row.lastCode).arg(row.lastEnhanced, row.lastReply)
                     : QString();
    return {time(row.receivedAt),
            row.agent,
            row.sender,
            row.recipient,
            row.subject,
            row.state,
            QString::number(row.attempts),
            time(row.updatedAt),
            reply.trimmed()};
}

int DeliveryLogModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int DeliveryLogModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : DeliveryLogQuery::ColumnCount;
}

QVariant DeliveryLogModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DeliveryLogRow& row = m_rows.at(index.row());
    if (role == Qt::DisplayRole) {
        const QLocale locale;
        switch (index.column()) {
        case DeliveryLogQuery::Received:
            return locale.toString(QDateTime::fromMSecsSinceEpoch(row.receivedAt), QLocale::ShortFormat);
        case DeliveryLogQuery::Agent:
            return row.agent;
        case DeliveryLogQuery::Sender:
            return row.sender;
        case DeliveryLogQuery::Recipient:
            return row.recipient;
        case DeliveryLogQuery::Subject:
            return row.subject;
        case DeliveryLogQuery::State:
            return StateLabel::text(row.state);
        case DeliveryLogQuery::Attempts:
            return row.attempts;
        case DeliveryLogQuery::Updated:
            return locale.toString(QDateTime::fromMSecsSinceEpoch(row.updatedAt), QLocale::ShortFormat);
        case DeliveryLogQuery::LastReply:
            return row.lastCode ? QStringLiteral("%1 %2").arg(row.lastCode).arg(row.lastReply) : QString();
        default:
            return {};
        }
    }
    if (role == Qt::BackgroundRole && row.lastCode &&
        (index.column() == DeliveryLogQuery::LastReply || index.column() == DeliveryLogQuery::State))
        return RoadSignStyle::background(ReplyCatalog::signFor(row.lastCode));
    if (role == Qt::ToolTipRole && index.column() == DeliveryLogQuery::LastReply && row.lastCode)
        return RoadSignStyle::explanationHtml(row.lastCode, row.lastEnhanced, row.lastReply);
    return {};
}

QVariant DeliveryLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
        section >= headers().size())
        return {};
    return headers().at(section);
}

} // namespace RelayDesk

#include "ui/testmessagestatus.h"

#include "core/query/deliverylogquery.h"
#include "core/util/readableaddress.h"
#include "ui/livefeed.h"
#include "ui/queryrunner.h"
#include "ui/roadsign.h"
#include "ui/statelabel.h"
#include "ui/storeerrortext.h"

#include <QLabel>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace RelayDesk {

TestMessageStatus::TestMessageStatus(QString dataDir, LiveFeed* feed, QWidget* parent)
    : QWidget(parent), m_dataDir(std::move(dataDir))
{
    m_runner = new QueryRunner(QStringLiteral("test-message"), m_dataDir, this);
    m_headline = new QLabel(this);
    m_headline->setObjectName(QStringLiteral("testMessageHeadline"));
    m_headline->setWordWrap(true);
    m_headline->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_explanation = new QTextBrowser(this);
    m_explanation->setObjectName(QStringLiteral("testMessageExplanation"));
    m_explanation->setOpenExternalLinks(false);
    m_explanation->setMinimumHeight(90);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_headline);
    layout->addWidget(m_explanation, 1);
    m_explanation->hide();
    if (feed) {
        connect(feed, &LiveFeed::storeChanged, this, [this](const StoreChanges& changes) {
            if (!m_queueId.isEmpty() && changes.touchesMessages())
                reload();
        });
    }
}

void TestMessageStatus::watch(const QString& queueId)
{
    m_queueId = queueId;
    m_row = DeliveryLogRow();
    m_explanation->clear();
    m_explanation->hide();
    m_headline->setText(queueId.isEmpty() ? QString() : tr("Queued as %1...").arg(queueId));
    reload();
}

void TestMessageStatus::reload()
{
    if (m_queueId.isEmpty())
        return;
    const quint64 generation = ++m_generation;
    using Result = Expected<QList<DeliveryLogRow>>;
    LogFilter filter;
    filter.queueId = m_queueId;
    m_runner->run<Result>(
        this,
        [dataDir = m_dataDir, filter]() { return DeliveryLogQuery(dataDir).pageAfter(filter, nullptr, 1); },
        [this, generation](Result rows) {
            if (generation != m_generation)
                return; // a newer read is on its way
            if (!rows) {
                m_headline->setText(tr("Cannot read the message: %1").arg(StoreErrorText::of(rows.error())));
                return;
            }
            if (!rows->isEmpty())
                show(rows->first());
        });
}

QString TestMessageStatus::headline() const
{
    return m_headline->text();
}

QString TestMessageStatus::explanationText() const
{
    return m_explanation->toPlainText();
}

void TestMessageStatus::show(const DeliveryLogRow& row)
{
    const bool moved =
        row.state != m_row.state || row.lastReply != m_row.lastReply || row.attempts != m_row.attempts;
    m_row = row;
    const QString state = row.shownState();
    const QString recipient = ReadableAddress::address(row.recipient);
    QString text;
    if (state == QLatin1String("delivered"))
        text = tr("Delivered to %1 by %2.").arg(recipient, ReadableAddress::domain(row.lastHost));
    else if (state == QLatin1String("deferred"))
        text = tr("Not delivered yet to %1: the relay will try again.").arg(recipient);
    else if (state == QLatin1String("bounced") || state == QLatin1String("suppressed") ||
             state == QLatin1String("deleted"))
        text = tr("Not delivered to %1: %2.").arg(recipient, StateLabel::text(state));
    else
        text = tr("%1: waiting to be delivered to %2 (%3).")
                   .arg(row.queueId, recipient, StateLabel::text(state));
    // The relay's own final word (suppressed, deleted) has no code and is red, as on the Delivery Logs page.
    const RoadSign sign = row.lastCode > 0 || !row.lastReply.isEmpty()
                              ? RoadSignStyle::signOf(row.lastCode, row.lastEnhanced, row.lastReply)
                          : state == QLatin1String("delivered") ? RoadSign::Green
                                                                : RoadSign::Yellow;
    const bool final = state != QLatin1String("queued") && state != QLatin1String("held");
    m_headline->setStyleSheet(
        final ? QStringLiteral("font-weight: bold; color: %1;").arg(RoadSignStyle::foreground(sign).name())
              : QString());
    m_headline->setText(text);
    if (row.lastCode > 0 || !row.lastReply.isEmpty()) {
        m_explanation->setHtml(RoadSignStyle::explanationHtml(row.lastCode, row.lastEnhanced, row.lastReply));
        m_explanation->show();
    }
    if (moved)
        Q_EMIT updated(row.state);
}

} // namespace RelayDesk

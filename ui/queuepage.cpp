#include "ui/queuepage.h"

#include "ui/confirmation.h"
#include "ui/logfilterbar.h"
#include "ui/queuemodel.h"
#include "ui/roadsign.h"
#include "ui/statelabel.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace RelayDesk {

QueuePage::QueuePage(QString dataDir, QWidget* parent) : QWidget(parent), m_dataDir(std::move(dataDir))
{
    m_model = new QueueModel(m_dataDir, this);
    m_filterBar = new LogFilterBar(StateLabel::queueStates(), this);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("queueView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    // The indicator first: enabling sorting sorts by the indicator's column at once, and a sort by column 0
    // over a million rows would be queued ahead of the first page.
    m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_view->setSortingEnabled(true);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false);
    m_view->setColumnWidth(QueueQuery::Sender, 170);
    m_view->setColumnWidth(QueueQuery::Recipients, 200);

    auto* actions = new QHBoxLayout;
    const QList<std::pair<QueueAction, QString>> buttons = {{QueueAction::RetryNow, tr("Retry now")},
                                                            {QueueAction::Hold, tr("Hold")},
                                                            {QueueAction::Release, tr("Release")},
                                                            {QueueAction::Delete, tr("Delete...")},
                                                            {QueueAction::Bounce, tr("Bounce...")}};
    for (const auto& [action, label] : buttons) {
        auto* button = new QPushButton(label, this);
        button->setObjectName(QStringLiteral("action%1").arg(static_cast<int>(action)));
        connect(button, &QPushButton::clicked, this, [this, action]() { perform(action); });
        actions->addWidget(button);
        m_actionButtons << button;
    }
    auto* refresh = new QPushButton(tr("Refresh"), this);
    actions->addStretch();
    actions->addWidget(refresh);

    m_details = new QTextBrowser(this);
    m_details->setMaximumHeight(170);
    m_status = new QLabel(this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_filterBar);
    layout->addLayout(actions);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_details);
    layout->addWidget(m_status);

    connect(m_filterBar, &LogFilterBar::filterChanged, this, &QueuePage::applyFilter);
    connect(refresh, &QPushButton::clicked, this, &QueuePage::reload);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &QueuePage::updateButtons);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &QueuePage::showDetails);
    connect(m_model, &QueueModel::loadFailed, this,
            [this](const QString& error) { m_status->setText(tr("Cannot read the queue: %1").arg(error)); });
    updateButtons();
    m_model->reload();
}

void QueuePage::refreshAgents(const QStringList& names)
{
    m_filterBar->setAgents(names);
}

void QueuePage::reload()
{
    m_model->reload();
}

void QueuePage::showActionResult(const QString& message)
{
    m_status->setText(message);
}

void QueuePage::applyFilter()
{
    LogFilter filter = m_filterBar->filter(QDateTime::currentMSecsSinceEpoch());
    filter.sortColumn = m_model->filter().sortColumn;
    filter.sortOrder = m_model->filter().sortOrder;
    m_model->setFilter(filter);
}

QStringList QueuePage::selectedQueueIds() const
{
    QStringList ids;
    for (const QModelIndex& index : m_view->selectionModel()->selectedRows())
        ids << m_model->rowAt(index.row()).queueId;
    ids.sort();
    return ids;
}

void QueuePage::setActionRunning(bool running)
{
    m_actionRunning = running;
    updateButtons();
}

void QueuePage::updateButtons()
{
    const bool any = m_view->selectionModel()->hasSelection() && !m_actionRunning;
    for (QPushButton* button : std::as_const(m_actionButtons))
        button->setEnabled(any);
}

void QueuePage::perform(QueueAction action)
{
    const QStringList ids = selectedQueueIds();
    if (ids.isEmpty() || m_actionRunning)
        return;
    if (isDestructive(action)) {
        const QString question =
            action == QueueAction::Delete
                ? tr("Delete %n message(s) from the queue? They will not be delivered and the senders are "
                     "not told.",
                     nullptr, static_cast<int>(ids.size()))
                : tr("Bounce %n message(s)? Delivery stops and each sender gets a failure notice.", nullptr,
                     static_cast<int>(ids.size()));
        if (!Confirmation::ask(this, QStringLiteral("confirmQueueAction"), tr("Confirm queue action"),
                               question, action == QueueAction::Delete ? tr("Delete") : tr("Bounce")))
            return;
    }
    Q_EMIT actionRequested(action, ids);
}

void QueuePage::showDetails()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    const QueueRow& row = m_model->rowAt(current.row());
    m_details->setHtml(QStringLiteral("<p><b>%1</b> %2</p>")
                           .arg(row.queueId.toHtmlEscaped(),
                                tr("from %1 to %2").arg(row.sender, row.recipients).toHtmlEscaped()) +
                       RoadSignStyle::explanationHtml(row.lastCode, row.lastEnhanced, row.lastReply));
}

} // namespace RelayDesk

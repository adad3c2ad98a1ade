#include "ui/queuepage.h"

#include "core/query/queuequery.h"
#include "core/util/clock.h"
#include "core/util/readableaddress.h"
#include "ui/agentlabel.h"
#include "ui/confirmation.h"
#include "ui/deletekey.h"
#include "ui/liverefresh.h"
#include "ui/logfilterbar.h"
#include "ui/messagevieweropener.h"
#include "ui/middleelidingdelegate.h"
#include "ui/queryrunner.h"
#include "ui/queuemodel.h"
#include "ui/roadsign.h"
#include "ui/statelabel.h"
#include "ui/storeerrortext.h"
#include "ui/strandedmessagetext.h"
#include "ui/tablecolumns.h"
#include "ui/timecolumn.h"
#include "ui/viewstatekeeper.h"

#include <QAction>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace RelayDesk {

namespace {

/// How long an action's result ("1 message is being retried now") stays in the footer.
constexpr int actionResultMs = 10000;

/// What of a message the details pane shows: it is redrawn only when this changes.
QString queueVersionOf(const QueueRow& row)
{
    return QStringLiteral("%1|%2|%3|%4|%5|%6|%7")
        .arg(row.state)
        .arg(row.attempts)
        .arg(row.nextAttemptAt)
        .arg(row.lastCode)
        .arg(row.recipients)
        .arg(row.held ? 1 : 0)
        .arg(row.deliveringNode(nowMs()) + QLatin1Char('|') + row.strandedNode(nowMs()));
}

} // namespace

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
    // The recipients as wide as a usual address, no wider: the last reply takes the rest, and at 200 px it
    // left "Dernière réponse" cut at 1024x700 (tst_layoutfit queueAndLogsShowTheState); 21 characters since
    // the times show their seconds (tableTimeText).
    m_view->setColumnWidth(QueueQuery::Recipients,
                           qMax(m_view->horizontalHeader()->sectionSizeHint(QueueQuery::Recipients),
                                21 * m_view->fontMetrics().averageCharWidth()));
    // "… and 9 more" stays in view where the address is cut.
    m_view->setItemDelegateForColumn(QueueQuery::Recipients, new MiddleElidingDelegate(m_view));
    AgentLabel::keepDeletedInView(m_view, QueueQuery::Agent);
    for (int column : {QueueQuery::Received, QueueQuery::NextAttempt})
        m_view->setColumnWidth(column, timeColumnWidth(m_view, column));
    // The state (green, yellow, red) right after the time: at 1024x700 it was off to the right. Only the
    // view's order changes; the model's, the sort and the CSV keep theirs.
    m_view->horizontalHeader()->moveSection(m_view->horizontalHeader()->visualIndex(QueueQuery::State), 1);
    // A support person reads why a message waits in the last reply, which takes the rest of the width;
    // what the message viewer and the details below show anyway (the subject among them) starts hidden, so
    // that the rest fits at 1024x700 in every language (docs/gui.md, "Columns"); a right click on the header
    // shows it.
    new TableColumns(m_view, {QueueQuery::Sender, QueueQuery::Subject, QueueQuery::Attempts});

    auto* actions = new QHBoxLayout;
    const QList<std::pair<QueueAction, QString>> buttons = {{QueueAction::RetryNow, tr("Retry now")},
                                                            {QueueAction::Hold, tr("Hold")},
                                                            {QueueAction::Release, tr("Release")},
                                                            {QueueAction::Delete, tr("Delete...")},
                                                            {QueueAction::Bounce, tr("Bounce...")}};
    for (const auto& [action, label] : buttons) {
        auto* button = new QPushButton(label, this);
        button->setObjectName(QStringLiteral("action%1").arg(static_cast<int>(action)));
        button->setProperty("queueAction", static_cast<int>(action));
        connect(button, &QPushButton::clicked, this, [this, action]() { perform(action); });
        actions->addWidget(button);
        m_actionButtons << button;
        if (action == QueueAction::Delete)
            bindDeleteKey(m_view, button);
    }
    m_viewerOpener =
        new MessageViewerOpener(m_view, m_dataDir, [this](int row) { return m_model->rowAt(row).queueId; });
    // The actions in the rows' context menu too (the Menu key), and Tab leaves the table for the buttons: an
    // outside tester could hold, release, retry and bounce only with the mouse.
    m_view->setTabKeyNavigation(false);
    for (QPushButton* button : std::as_const(m_actionButtons)) {
        auto* item = new QAction(button->text(), m_view);
        item->setObjectName(QStringLiteral("menu") + button->objectName());
        const auto action = static_cast<QueueAction>(button->property("queueAction").toInt());
        connect(item, &QAction::triggered, this, [this, action]() { perform(action); });
        m_view->addAction(item);
        m_menuActions << item;
    }
    auto* view = new QPushButton(m_viewerOpener->action()->text(), this);
    view->setObjectName(QStringLiteral("viewMessage"));
    view->setToolTip(tr("Envelope, headers, text, source and attempts of the current message (Enter or "
                        "double-click)."));
    view->setEnabled(m_viewerOpener->action()->isEnabled());
    connect(view, &QPushButton::clicked, m_viewerOpener, &MessageViewerOpener::openCurrent);
    connect(m_viewerOpener->action(), &QAction::changed, view,
            [view, action = m_viewerOpener->action()]() { view->setEnabled(action->isEnabled()); });
    connect(m_viewerOpener, &MessageViewerOpener::messageResent, this, [this](const QString& queueId) {
        showActionResult(tr("Queued a copy as %1.").arg(queueId));
        refresh();
        Q_EMIT messageResent(queueId);
    });
    actions->addWidget(view);
    auto* refresh = new QPushButton(tr("Refresh"), this);
    refresh->setObjectName(QStringLiteral("refreshQueue"));
    refresh->setToolTip(tr("Read the queue again (F5). It also updates by itself."));
    actions->addStretch();

    m_details = new QTextBrowser(this);
    m_details->setObjectName(QStringLiteral("queueDetails"));
    m_details->setMaximumHeight(170);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("queueStatus"));
    // Wrapped: an action's result in German ran to 1,237 px and widened the whole window (an outside tester).
    m_status->setWordWrap(true);
    m_resultExpiry = new QTimer(this);
    m_resultExpiry->setObjectName(QStringLiteral("actionResultExpiry"));
    m_resultExpiry->setSingleShot(true);
    m_resultExpiry->setInterval(actionResultMs);
    connect(m_resultExpiry, &QTimer::timeout, this, [this]() {
        if (m_status->text() == m_actionResult)
            m_status->clear();
        m_actionResult.clear();
    });
    // How many messages wait, as the Delivery Logs say how many rows match: the table loads a page at a time.
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("matchCount"));
    // Room for a seven-digit count from the start: the count arrives from a worker after the layout is made.
    m_count->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_count->setMinimumWidth(
        m_count->fontMetrics().horizontalAdvance(tr("%Ln message(s)", nullptr, 9999999)));
    m_countRunner = new QueryRunner(QStringLiteral("queue-count"), m_dataDir, this);
    m_repliesRunner = new QueryRunner(QStringLiteral("queue-replies"), m_dataDir, this);
    // Refresh below at the right, as on every page with a list (it sat above this one, with the actions).
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(m_count);
    bottom->addWidget(refresh);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_filterBar);
    layout->addLayout(actions);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_details);
    layout->addLayout(bottom);

    // The keeper first: the details follow the row it restores.
    new ViewStateKeeper(m_view, m_model);
    m_live = new LiveRefresh(
        this, [this]() { m_model->refresh(); }, 400);
    connect(m_model, &QueueModel::refreshed, this, &QueuePage::showDetails);
    connect(m_model, &QueueModel::refreshed, this, &QueuePage::updateButtons);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &QueuePage::updateButtons); // a page more
    connect(m_model, &QueueModel::reloaded, this, &QueuePage::clearDetails);
    connect(m_filterBar, &LogFilterBar::filterChanged, this, &QueuePage::applyFilter);
    connect(refresh, &QPushButton::clicked, this, &QueuePage::refresh);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &QueuePage::updateButtons);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &QueuePage::showDetails);
    connect(m_model, &QueueModel::loadFailed, this, [this](const QString& error) {
        m_status->setText(tr("Cannot read the queue: %1").arg(StoreErrorText::of(error)));
    });
    updateButtons();
    clearDetails();
    connect(m_model, &QAbstractItemModel::modelReset, this, &QueuePage::recount);
    connect(m_model, &QueueModel::refreshed, this, &QueuePage::recount); // live updates change it too
    connect(m_model, &QueueModel::refreshed, this, &QueuePage::noteRetriedGone);
    m_model->reload();
}

void QueuePage::recount()
{
    const quint64 generation = ++m_countGeneration;
    using Count = Expected<qint64>;
    m_countRunner->run<Count>(
        this, [dir = m_dataDir, filter = m_model->filter()]() { return QueueQuery(dir).count(filter); },
        [this, generation](Count count) {
            if (generation != m_countGeneration)
                return; // a newer filter is being counted
            m_matching = count ? count.value() : -1;
            updateButtons(); // the partial-selection note depends on the count
            if (!count) {
                m_count->setText(tr("Cannot count the messages"));
                m_count->setToolTip(count.error());
                return;
            }
            m_count->setToolTip({});
            m_count->setText(tr("%Ln message(s)", nullptr, static_cast<int>(count.value())));
        });
}

void QueuePage::refreshAgents(const QStringList& names, const QStringList& formerNames)
{
    m_filterBar->setAgents(names, formerNames);
    AgentLabel::fitColumn(m_view, QueueQuery::Agent, names, formerNames);
}

void QueuePage::reload()
{
    m_model->reload();
}

void QueuePage::refresh()
{
    m_model->refresh();
}

void QueuePage::noteStoreChanges(const StoreChanges& changes)
{
    if (changes.touchesMessages())
        m_live->request();
    m_viewerOpener->noteStoreChanges(changes);
}

void QueuePage::showActionResult(const QString& message)
{
    // Like a status bar message: news for a while, not a caption of the table (an outside tester read
    // "1 message is being retried now" long after the table showed other mail).
    m_status->setText(message);
    m_actionResult = message;
    m_resultExpiry->start();
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

QSet<QString> QueuePage::selectedHeldIds() const
{
    QSet<QString> held;
    for (const QModelIndex& index : m_view->selectionModel()->selectedRows()) {
        const QueueRow& row = m_model->rowAt(index.row());
        if (row.held)
            held << row.queueId;
    }
    return held;
}

void QueuePage::noteRetriedGone()
{
    // Only while the result is shown, and only when every row is loaded: a message not loaded is not gone.
    if (m_retried.isEmpty() || m_actionResult.isEmpty() || m_status->text() != m_actionResult ||
        m_model->canFetchMore({}))
        return;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_retried.contains(m_model->rowAt(row).queueId))
            return;
    }
    const int count = static_cast<int>(m_retried.size());
    m_retried.clear();
    showActionResult(
        tr("The %Ln message(s) retried have left the queue: the Delivery Logs say how each ended.", nullptr,
           count));
}

void QueuePage::setDeliveries(const QList<DeliveryInFlight>& deliveries)
{
    m_model->setDeliveries(deliveries);
    m_viewerOpener->setDeliveries(deliveries);
    m_shownVersion.clear(); // the details pane says whether the shown message is under way
    showDetails();
}

void QueuePage::setDeliveryEnabled(bool enabled)
{
    if (enabled == m_model->deliveryEnabled())
        return;
    m_model->setDeliveryEnabled(enabled);
    m_shownKey = 0; // the details pane says it too
    showDetails();
}

void QueuePage::setRelayRunning(bool running)
{
    if (running == m_model->relayRunning())
        return;
    m_model->setRelayRunning(running);
    m_shownKey = 0; // the details pane says it too
    showDetails();
}

bool QueuePage::deliveryEnabled() const
{
    return m_model->deliveryEnabled();
}

void QueuePage::setActionRunning(bool running)
{
    m_actionRunning = running;
    updateButtons();
}

void QueuePage::updateButtons()
{
    const bool any = m_view->selectionModel()->hasSelection() && !m_actionRunning;
    // An action that would change none of the selected messages is greyed (an outside tester could
    // "Release" messages that were not held, and "Hold" held ones).
    const QStringList selected = any ? selectedQueueIds() : QStringList();
    const QSet<QString> held = any ? selectedHeldIds() : QSet<QString>();
    // A message whose node stopped answering is not retried before its lease runs out: Retry now only said
    // "1 message could not be changed", the reason behind Show Details (an outside tester).
    QSet<QString> stranded;
    QString strandedWhy;
    for (const QModelIndex& index : any ? m_view->selectionModel()->selectedRows() : QModelIndexList()) {
        const QueueRow& row = m_model->rowAt(index.row());
        if (const QString node = m_model->waitingForNode(row); !node.isEmpty()) {
            stranded << row.queueId;
            if (strandedWhy.isEmpty())
                strandedWhy = StrandedMessageText::whyNoRetry(row.queueId, node, row.leaseExpires);
        }
    }
    for (qsizetype i = 0; i < m_actionButtons.size(); ++i) {
        QPushButton* button = m_actionButtons.at(i);
        const auto action = static_cast<QueueAction>(button->property("queueAction").toInt());
        button->setEnabled(any && !planQueueAction(action, selected, held, stranded).changing.isEmpty());
        if (action == QueueAction::RetryNow)
            button->setToolTip(strandedWhy);
        if (i < m_menuActions.size())
            m_menuActions.at(i)->setEnabled(button->isEnabled());
    }
    // The note replaces only itself: an action's result stays until the selection grows to every loaded row.
    const QString note =
        partialSelectionNote(static_cast<int>(m_view->selectionModel()->selectedRows().size()));
    if (!note.isEmpty())
        m_status->setText(note);
    else if (!m_selectionNote.isEmpty() && m_status->text() == m_selectionNote)
        m_status->clear();
    m_selectionNote = note;
}

QString QueuePage::partialSelectionNote(int selected) const
{
    const int loaded = m_model->rowCount();
    if (selected < 2 || selected < loaded || m_matching <= loaded)
        return {};
    return tr("Only the %Ln message(s) loaded so far are selected; %1 more match and are left as they are. "
              "Scroll to the end of the table to load them.",
              nullptr, selected)
        .arg(QLocale().toString(m_matching - loaded));
}

void QueuePage::perform(QueueAction action)
{
    const QStringList ids = selectedQueueIds();
    if (ids.isEmpty() || m_actionRunning)
        return;
    m_underWayInAction = 0;
    m_retried = action == QueueAction::RetryNow ? ids : QStringList();
    if (isDestructive(action)) {
        // A message being delivered now may still arrive: its transaction is not cut (an outside tester read
        // "will not get them", and the message arrived 40 s later).
        for (const QModelIndex& index : m_view->selectionModel()->selectedRows()) {
            if (m_model->underWay(m_model->rowAt(index.row())))
                ++m_underWayInAction;
        }
        const QString question =
            action == QueueAction::Delete
                ? tr("Delete %Ln message(s) from the queue? Recipients still waiting will not get them and "
                     "the senders are not told; what was delivered stays in the Delivery Logs.",
                     nullptr, static_cast<int>(ids.size()))
                : tr("Bounce %Ln message(s)? Delivery stops and a failure notice is queued for each sender, "
                     "unless it asked for none; the Delivery Logs show whether it arrived.",
                     nullptr, static_cast<int>(ids.size()));
        // A few messages are named, so the question says which (an outside tester's selection was gone from
        // the table behind the open question, and "1 message" did not say which one).
        QString named;
        const QModelIndexList rows = m_view->selectionModel()->selectedRows();
        if (rows.size() <= 3) {
            QStringList lines;
            for (const QModelIndex& index : rows) {
                const QueueRow& row = m_model->rowAt(index.row());
                // Ten by name, then how many more (a message to 1,000 filled the question); a hyphen does not
                // break a line inside an address ("grey-" at a line's end read as another address: an outside
                // tester), so it is shown as the non-breaking one.
                constexpr int named = 10;
                const QStringList all = QueueModel::recipientsOf(row);
                QStringList shown;
                for (const QString& address : all.mid(0, named))
                    shown << ReadableAddress::address(address.trimmed())
                                 .replace(QLatin1Char('-'), QChar(0x2011));
                QString recipients = shown.join(QStringLiteral(", "));
                if (all.size() > named)
                    recipients = tr("%1 and %Ln more (the message viewer lists them all)", nullptr,
                                    int(all.size() - named))
                                     .arg(recipients);
                lines << tr("%1 to %2").arg(row.queueId, recipients);
            }
            named = QStringLiteral("\n\n") + lines.join(QLatin1Char('\n'));
        }
        const QString note = partialSelectionNote(static_cast<int>(ids.size()));
        // A bounce leaves such a message as it is (the relay refuses it: its sender would be told of a
        // failure while it may still arrive).
        const QString underWay =
            m_underWayInAction == 0 ? QString()
            : action == QueueAction::Delete
                ? QStringLiteral("\n\n") +
                      tr("%n of them is being delivered right now: that delivery may still complete.",
                         nullptr, m_underWayInAction)
                : QStringLiteral("\n\n") + tr("%n of them is being delivered right now and is not bounced: "
                                              "bounce it once that attempt has ended.",
                                              nullptr, m_underWayInAction);
        const QString asked =
            question + named + underWay + (note.isEmpty() ? QString() : QStringLiteral("\n\n") + note);
        // Bounce and Delete take whole messages, with their recipients the filter does not show (an outside
        // tester filtered by one recipient's address and bounced mail to others with it, unasked): how many
        // is read first, then asked.
        const LogFilter& filter = m_model->filter();
        const bool narrowed = !filter.recipient.isEmpty() || !filter.recipientContains.isEmpty() ||
                              !filter.text.isEmpty() || !filter.status.isEmpty();
        if (!narrowed) { // every waiting recipient of the messages is in their rows
            if (!Confirmation::ask(this, QStringLiteral("confirmQueueAction"), tr("Confirm queue action"),
                                   asked, action == QueueAction::Delete ? tr("Delete") : tr("Bounce")))
                return;
            Q_EMIT actionRequested(action, ids);
            return;
        }
        QList<qint64> messageIds;
        int shown = 0;
        for (const QModelIndex& index : rows) {
            messageIds << m_model->rowAt(index.row()).messageId;
            shown += m_model->rowAt(index.row()).recipientCount;
        }
        using Count = Expected<qint64>;
        m_countRunner->run<Count>(
            this, [dir = m_dataDir, messageIds]() { return QueueQuery(dir).pendingRecipients(messageIds); },
            [this, action, ids, asked, shown](Count total) {
                const int all = total ? static_cast<int>(total.value()) : shown;
                const QString others =
                    all <= shown ? QString()
                    : action == QueueAction::Delete
                        ? tr("The whole messages are deleted: %Ln waiting recipient(s) in all, %1 of them at "
                             "addresses the filter does not show.",
                             nullptr, all)
                              .arg(QLocale().toString(all - shown))
                        : tr("The whole messages are bounced: %Ln waiting recipient(s) in all, %1 of them at "
                             "addresses the filter does not show.",
                             nullptr, all)
                              .arg(QLocale().toString(all - shown));
                if (!Confirmation::ask(this, QStringLiteral("confirmQueueAction"), tr("Confirm queue action"),
                                       others.isEmpty() ? asked : asked + QStringLiteral("\n\n") + others,
                                       action == QueueAction::Delete ? tr("Delete") : tr("Bounce")))
                    return;
                Q_EMIT actionRequested(action, ids);
            });
        return;
    }
    Q_EMIT actionRequested(action, ids);
}

void QueuePage::clearDetails()
{
    m_shownKey = 0;
    m_shownVersion.clear();
    m_details->setHtml(tr("<p>Select a message to see its recipients and what its last reply means.</p>"));
}

void QueuePage::showDetails()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid()) {
        // The current message left the queue but a selected one stayed: it becomes current, so that the
        // details and "View message" follow the highlighted row (an outside tester saw a highlighted row
        // beside "Select a message").
        const QModelIndexList selected = m_view->selectionModel()->selectedRows();
        if (!selected.isEmpty()) {
            m_view->selectionModel()->setCurrentIndex(selected.first(), QItemSelectionModel::NoUpdate);
            return; // currentRowChanged shows it
        }
        if (m_shownKey != 0)
            clearDetails(); // the message left the queue (delivered, bounced, deleted)
        return;
    }
    const QueueRow& row = m_model->rowAt(current.row());
    if (row.messageId == m_shownKey && queueVersionOf(row) == m_shownVersion)
        return;
    m_shownKey = row.messageId;
    m_shownVersion = queueVersionOf(row);
    // A bounce notice has no sender (RFC 5321 4.5.5, "MAIL FROM:<>"): "from  to ..." read as a word missing
    // (an outside tester).
    // At most ten addresses before the reason it waits: a message to 1,000 recipients put "Next attempt"
    // and its explanation below a page of addresses (an outside tester).
    constexpr int shownRecipients = 10;
    const QStringList all = QueueModel::recipientsOf(row);
    QString recipients = ReadableAddress::addressList(all.mid(0, shownRecipients).join(QStringLiteral(", ")));
    if (all.size() > shownRecipients)
        recipients = tr("%1 and %Ln more (the message viewer lists them all)", nullptr,
                        int(all.size() - shownRecipients))
                         .arg(recipients);
    QString html = QStringLiteral("<p><b>%1</b> %2</p>")
                       .arg(row.queueId.toHtmlEscaped(),
                            (row.sender.isEmpty()
                                 ? tr("a bounce notice to %1").arg(recipients)
                                 : tr("from %1 to %2").arg(ReadableAddress::address(row.sender), recipients))
                                .toHtmlEscaped());
    if (row.held) {
        html += RoadSignStyle::heldHtml(row.lastCode, row.lastEnhanced, row.lastReply);
    } else if (const DeliveryInFlight* delivery = m_model->delivering(row)) {
        // A job that only waits for a connection has sent nothing and has no transcript: "being delivered"
        // sent support looking for a connection that did not exist (an outside tester).
        html +=
            QStringLiteral("<p><b>%1</b></p>")
                .arg(
                    (delivery->waitingForConnection
                         ? tr("Waiting since %2 for a free outbound connection to %1: every connection the "
                              "relay may open for it is in use. Nothing has been sent yet; holding or "
                              "deleting it now stops it.")
                         : tr("Being delivered to %1 since %2: the result shows here when the attempt ends."))
                        .arg(delivery->domain, tableTimeText(delivery->sinceMs))
                        .toHtmlEscaped());
        html += RoadSignStyle::lastReplyHtml(row.lastCode, row.lastEnhanced, row.lastReply);
    } else if (const QString node = row.deliveringNode(nowMs()); !node.isEmpty()) {
        html += QStringLiteral("<p><b>%1</b></p>")
                    .arg(tr("Being delivered by the node %1 of this store: the result shows here when the "
                            "attempt ends.")
                             .arg(node)
                             .toHtmlEscaped());
        html += RoadSignStyle::lastReplyHtml(row.lastCode, row.lastEnhanced, row.lastReply);
    } else if (const QString stranded = row.strandedNode(nowMs()); !stranded.isEmpty()) {
        // Its lease keeps every other node from sending it twice: a delivery the stopped node may have
        // finished is not repeated before the lease runs out (docs/scaling.md, "Queue leases").
        html +=
            QStringLiteral("<p><b>%1</b></p>")
                .arg(tr("Waiting: the node %1 took it and no longer answers. Another node takes it at %2, "
                        "when that node's lease runs out; Retry now cannot bring that forward.")
                         .arg(stranded, tableTimeText(row.leaseExpires))
                         .toHtmlEscaped());
        html += RoadSignStyle::lastReplyHtml(row.lastCode, row.lastEnhanced, row.lastReply);
    } else if (!m_model->relayRunning()) {
        // An outside tester released a message with the relay stopped and read "Nothing to do: RelayDesk
        // retries automatically" below it: nothing retries until the relay runs.
        html += QStringLiteral("<p><b>%1</b></p>")
                    .arg(tr("Next attempt: once the relay runs again; it is not running now (the attempt was "
                            "due at %1).")
                             .arg(tableTimeText(row.nextAttemptAt))
                             .toHtmlEscaped());
        html += RoadSignStyle::lastReplyHtml(row.lastCode, row.lastEnhanced, row.lastReply);
    } else if (!m_model->deliveryEnabled()) {
        // An outside tester read "Next attempt: 04:10" long after 04:10 with delivery off, and below it the
        // reply's advice "Nothing to do: RelayDesk retries automatically": the reply is said, not its advice.
        html += QStringLiteral("<p><b>%1</b></p>")
                    .arg(tr("Next attempt: none while delivery is turned off (Settings, Delivery, \"Deliver "
                            "queued mail\").")
                             .toHtmlEscaped());
        html += RoadSignStyle::lastReplyHtml(row.lastCode, row.lastEnhanced, row.lastReply);
    } else {
        const QString next = tableTimeText(row.nextAttemptAt);
        html += QStringLiteral("<p>%1</p>").arg(tr("Next attempt: %1").arg(next).toHtmlEscaped());
        const QString head = html;
        html += RoadSignStyle::explanationHtml(row.lastCode, row.lastEnhanced, row.lastReply);
        if (row.recipientCount > 1)
            explainEachRecipient(row, head);
    }
    m_details->setHtml(html);
}

void QueuePage::explainEachRecipient(const QueueRow& row, const QString& head)
{
    using Replies = Expected<QList<QueueQuery::PendingReply>>;
    m_repliesRunner->run<Replies>(
        this, [dir = m_dataDir, id = row.messageId]() { return QueueQuery(dir).pendingReplies(id); },
        [this, key = row.messageId, version = m_shownVersion, head](const Replies& replies) {
            if (!replies || key != m_shownKey || version != m_shownVersion)
                return; // failed (the pane keeps the one explanation), or another message is shown now
            struct Group
            {
                QueueQuery::PendingReply reply;
                QStringList addresses;
            };
            QList<Group> groups;
            for (const QueueQuery::PendingReply& reply : replies.value()) {
                auto same = std::find_if(groups.begin(), groups.end(), [&reply](const Group& group) {
                    return group.reply.code == reply.code && group.reply.enhanced == reply.enhanced &&
                           group.reply.reply == reply.reply;
                });
                if (same == groups.end())
                    groups.append({reply, {ReadableAddress::address(reply.address)}});
                else
                    same->addresses << ReadableAddress::address(reply.address);
            }
            if (groups.size() < 2)
                return; // one reply for all: the pane says it already
            constexpr int shownGroups = 5;
            constexpr int shownAddresses = 3;
            QString html = head;
            for (const Group& group : groups.mid(0, shownGroups)) {
                QString who = group.addresses.mid(0, shownAddresses).join(QStringLiteral(", "));
                if (group.addresses.size() > shownAddresses)
                    who = tr("%1 and %Ln more", "the first recipients, then how many others",
                             int(group.addresses.size() - shownAddresses))
                              .arg(who);
                html += QStringLiteral("<hr><p><b>%1</b></p>").arg(who.toHtmlEscaped());
                html +=
                    RoadSignStyle::explanationHtml(group.reply.code, group.reply.enhanced, group.reply.reply);
            }
            if (groups.size() > shownGroups)
                html += QStringLiteral("<p>%1</p>")
                            .arg(tr("%Ln other reply(s): the message viewer shows every recipient's.",
                                    nullptr, int(groups.size() - shownGroups))
                                     .toHtmlEscaped());
            m_details->setHtml(html);
        });
}

} // namespace RelayDesk

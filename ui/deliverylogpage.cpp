#include "ui/deliverylogpage.h"

#include "core/admin/nodeadmin.h"
#include "core/admin/suppressionadmin.h"
#include "core/query/deliveryattemptquery.h"
#include "core/query/deliverylogquery.h"
#include "core/query/keysetpages.h"
#include "core/util/readableaddress.h"
#include "core/util/transcriptnotes.h"
#include "ui/agentlabel.h"
#include "ui/csvwriter.h"
#include "ui/deliverylogmodel.h"
#include "ui/filechooser.h"
#include "ui/liverefresh.h"
#include "ui/logfilterbar.h"
#include "ui/messageviewer.h"
#include "ui/messagevieweropener.h"
#include "ui/queryrunner.h"
#include "ui/refusedsubmissionspanel.h"
#include "ui/relaywords.h"
#include "ui/roadsign.h"
#include "ui/statelabel.h"
#include "ui/storeerrortext.h"
#include "ui/tablecolumns.h"
#include "ui/timecolumn.h"
#include "ui/viewstatekeeper.h"

#include <QAction>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollBar>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace RelayDesk {

namespace {

/// What of a row the details pane shows: it is redrawn only when this changes.
QString versionOf(const DeliveryLogRow& row, qint64 deliveringSince)
{
    return QStringLiteral("%1|%2|%3|%4|%5|%6")
        .arg(row.updatedAt)
        .arg(row.shownState())
        .arg(row.attempts)
        .arg(row.lastCode)
        .arg(row.contentKept ? 1 : 0)
        .arg(deliveringSince);
}

/// What an export job reports back to the GUI thread.
struct ExportResult
{
    int rows = 0;
    QString error;
};

/// A paragraph of the details on the road sign's background colour: what the row's colour alone does not say.
QString signParagraph(RoadSign sign, const QString& text)
{
    return QStringLiteral("<p style=\"background:%1\">%2</p>")
        .arg(RoadSignStyle::background(sign).name(), text.toHtmlEscaped());
}

} // namespace

DeliveryLogPage::DeliveryLogPage(QString dataDir, QWidget* parent)
    : QWidget(parent), m_dataDir(std::move(dataDir))
{
    m_runner = new QueryRunner(QStringLiteral("deliverylog-details"), m_dataDir, this);
    m_model = new DeliveryLogModel(m_dataDir, this);
    m_filterBar = new LogFilterBar(StateLabel::logStates(), this);
    m_view = new QTableView(this);
    m_view->setTabKeyNavigation(false); // Tab goes on to the details and buttons, as on the Queue page
    m_view->setObjectName(QStringLiteral("logView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    // The indicator first: enabling sorting sorts by the indicator's column at once, and a sort by column 0
    // over a million rows would be queued ahead of the first page.
    m_view->horizontalHeader()->setSortIndicator(-1, Qt::DescendingOrder);
    m_view->setSortingEnabled(true);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false);
    m_view->setColumnWidth(DeliveryLogQuery::Sender, 170);
    m_view->setColumnWidth(DeliveryLogQuery::Recipient, 170);
    m_view->setColumnWidth(DeliveryLogQuery::Subject, 120); // the times have their seconds (tableTimeText)
    AgentLabel::keepDeletedInView(m_view, DeliveryLogQuery::Agent);
    for (int column : {DeliveryLogQuery::Received, DeliveryLogQuery::Updated})
        m_view->setColumnWidth(column, timeColumnWidth(m_view, column));
    // The state as wide as its longest word in this language, no wider: what is left goes to the last
    // reply (an outside tester read "250 2.0.0 Queued a..." at 1024x700).
    int stateWidth = m_view->horizontalHeader()->sectionSizeHint(DeliveryLogQuery::State);
    for (const QString& state : StateLabel::logStates())
        stateWidth = qMax(stateWidth, m_view->fontMetrics().horizontalAdvance(StateLabel::text(state)) + 16);
    m_view->setColumnWidth(DeliveryLogQuery::State, stateWidth);
    // The last shown column: it takes the rest of the width, this is its least.
    m_view->setColumnWidth(DeliveryLogQuery::LastReply, 140);
    // The state (green, yellow, red) right after the time: at 1024x700 it was off to the right. Only the
    // view's order changes; the model's, the sort and the CSV keep theirs.
    m_view->horizontalHeader()->moveSection(m_view->horizontalHeader()->visualIndex(DeliveryLogQuery::State),
                                            1);
    m_view->setColumnWidth(DeliveryLogQuery::QueueId,
                           m_view->fontMetrics().horizontalAdvance(QStringLiteral("0123456789abcdefW")) + 16);
    // The last reply says why a delivery failed or waits, what a support person looks for first; what the
    // details below show anyway starts hidden, so that the rest fits at 1024x700 (docs/gui.md, "Columns");
    // a right click on the header shows it.
    new TableColumns(m_view, {DeliveryLogQuery::Sender, DeliveryLogQuery::Attempts, DeliveryLogQuery::Updated,
                              DeliveryLogQuery::QueueId, DeliveryLogQuery::Host});
    m_details = new QTextBrowser(this);
    m_details->setObjectName(QStringLiteral("logDetails"));
    m_status = new QLabel(this);
    m_status->setWordWrap(true); // a long result wraps instead of widening the window
    m_status->setObjectName(QStringLiteral("logStatus"));
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("matchCount"));
    m_countRunner = new QueryRunner(QStringLiteral("deliverylog-count"), m_dataDir, this);
    auto* exportButton = new QPushButton(tr("Export CSV..."), this);
    exportButton->setObjectName(QStringLiteral("exportLog"));
    auto* refreshButton = new QPushButton(tr("Refresh"), this);
    refreshButton->setObjectName(QStringLiteral("refreshLog"));
    refreshButton->setToolTip(tr("Read the delivery log again (F5). It also updates by itself."));

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_view);
    splitter->addWidget(m_details);
    splitter->setSizes({480, 240});
    auto* recipients = new QWidget(this);
    auto* layout = new QVBoxLayout(recipients);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filterBar);
    layout->addWidget(splitter, 1);
    m_viewerOpener =
        new MessageViewerOpener(m_view, m_dataDir, [this](int row) { return m_model->rowAt(row).queueId; });
    auto* viewButton = new QPushButton(m_viewerOpener->action()->text(), this);
    viewButton->setObjectName(QStringLiteral("viewMessage"));
    viewButton->setToolTip(tr("Envelope, headers, text, source and attempts of the current row's message "
                              "(Enter or double-click)."));
    viewButton->setEnabled(m_viewerOpener->action()->isEnabled());
    connect(viewButton, &QPushButton::clicked, m_viewerOpener, &MessageViewerOpener::openCurrent);
    connect(
        m_viewerOpener->action(), &QAction::changed, viewButton,
        [viewButton, action = m_viewerOpener->action()]() { viewButton->setEnabled(action->isEnabled()); });
    connect(m_viewerOpener, &MessageViewerOpener::messageResent, this, [this](const QString& queueId) {
        showNote(tr("Queued a copy as %1.").arg(queueId));
        refresh();
        Q_EMIT messageResent(queueId);
    });
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(viewButton);
    bottom->addWidget(m_status, 1);
    bottom->addWidget(m_count);
    // Below the list with its count, not beside the filters: there the French row was wider than a
    // 1024-pixel window's page with its margins (an outside tester saw the buttons touch the edge).
    bottom->addWidget(refreshButton);
    bottom->addWidget(exportButton);
    layout->addLayout(bottom);
    // A message refused at submission was never queued: support searched this page for it in vain (an
    // outside tester). Its own tab, beside the recipients the relay took.
    m_refused = new RefusedSubmissionsPanel(m_dataDir, this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("logTabs"));
    m_tabs->setDocumentMode(true); // no frame around the tabs
    m_tabs->addTab(recipients, tr("Recipients"));
    m_tabs->addTab(m_refused, tr("Refused at submission"));
    m_tabs->setTabToolTip(1, tr("Senders, recipients and messages the relay said no to while the "
                                "application was connected: never queued, so not among the recipients"));
    // The page keeps the margins every other page has: without them its buttons and counts touched the
    // window's right edge, and looked cut off at 1024x700 (an outside tester, in French).
    auto* pageLayout = new QVBoxLayout(this);
    pageLayout->addWidget(m_tabs);

    // The keeper first: the details follow the row it restores.
    new ViewStateKeeper(m_view, m_model);
    m_live = new LiveRefresh(
        this, [this]() { m_model->refresh(); }, 400);
    connect(m_filterBar, &LogFilterBar::filterChanged, this, &DeliveryLogPage::applyFilter);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &DeliveryLogPage::showDetails);
    connect(m_model, &DeliveryLogModel::refreshed, this, &DeliveryLogPage::showDetails);
    connect(m_model, &DeliveryLogModel::reloaded, this, &DeliveryLogPage::clearDetails);
    connect(refreshButton, &QPushButton::clicked, this, &DeliveryLogPage::refresh);
    connect(exportButton, &QPushButton::clicked, this, &DeliveryLogPage::chooseExportFile);
    connect(m_model, &DeliveryLogModel::pageLoaded, this,
            [this]() { showLoaded(tr("%Ln row(s) loaded", nullptr, m_model->rowCount())); });
    connect(m_model, &DeliveryLogModel::loadFailed, this, [this](const QString& error) {
        showLoaded(tr("Cannot read the delivery log: %1").arg(StoreErrorText::of(error)));
    });
    connect(this, &DeliveryLogPage::exportFinished, this,
            [this](const QString& path, int rows, const QString& error) {
                showNote(error.isEmpty() ? tr("Exported %Ln row(s) to %1.", nullptr, rows).arg(path)
                                         : tr("Export failed: %1").arg(error));
            });
    clearDetails();
    connect(m_model, &QAbstractItemModel::modelReset, this, &DeliveryLogPage::recount);
    connect(m_model, &DeliveryLogModel::refreshed, this,
            &DeliveryLogPage::recount); // live updates change it too
    m_model->reload();
}

void DeliveryLogPage::recount()
{
    const quint64 generation = ++m_countGeneration;
    m_count->setText(tr("Counting..."));
    using Count = Expected<qint64>;
    m_countRunner->run<Count>(
        this, [dir = m_dataDir, filter = m_model->filter()]() { return DeliveryLogQuery(dir).count(filter); },
        [this, generation](Count count) {
            if (generation != m_countGeneration)
                return; // a newer filter is being counted
            if (!count) {
                m_count->setText(tr("Cannot count the matches"));
                m_count->setToolTip(count.error());
                return;
            }
            m_count->setToolTip({});
            m_count->setText(tr("%Ln match(es)", nullptr, static_cast<int>(count.value())));
            Q_EMIT countFinished(count.value());
        });
}

DeliveryLogPage::~DeliveryLogPage() = default;

void DeliveryLogPage::setDeliveries(const QList<DeliveryInFlight>& deliveries)
{
    m_viewerOpener->setDeliveries(deliveries);
    m_model->setDeliveries(deliveries);
    showDetails(); // the pane of a row whose delivery started or ended says so
}

void DeliveryLogPage::refreshAgents(const QStringList& names, const QStringList& formerNames)
{
    m_filterBar->setAgents(names, formerNames);
    m_refused->setAgents(names, formerNames);
    // The subject gives the Agent column its room: at 1024x700 the row has no pixel to spare (tst_layoutfit),
    // and the details pane shows the subject whole.
    const int before = m_view->columnWidth(DeliveryLogQuery::Agent);
    AgentLabel::fitColumn(m_view, DeliveryLogQuery::Agent, names, formerNames);
    if (const int grown = m_view->columnWidth(DeliveryLogQuery::Agent) - before; grown > 0)
        m_view->setColumnWidth(DeliveryLogQuery::Subject,
                               qMax(80, m_view->columnWidth(DeliveryLogQuery::Subject) - grown));
}

void DeliveryLogPage::showRefused(const QString& agent)
{
    m_refused->showAgent(agent);
    m_tabs->setCurrentWidget(m_refused);
}

void DeliveryLogPage::refresh()
{
    m_model->refresh();
    if (m_refused->isVisible())
        m_refused->reload();
}

void DeliveryLogPage::noteStoreChanges(const StoreChanges& changes)
{
    if (changes.touchesMessages())
        m_live->request();
    m_refused->noteStoreChanges(changes);
    m_viewerOpener->noteStoreChanges(changes);
}

void DeliveryLogPage::clearDetails()
{
    m_shownKey = 0;
    m_shownVersion.clear();
    m_details->setHtml(tr("<p>Select a row to see its attempts and what the replies mean.</p>"));
}

void DeliveryLogPage::showLoaded(const QString& text)
{
    m_loadedText = text;
    m_status->setText(m_note.isEmpty() ? m_loadedText : m_loadedText + QStringLiteral(" \u2014 ") + m_note);
}

void DeliveryLogPage::showNote(const QString& note)
{
    m_note = note;
    showLoaded(m_loadedText);
}

void DeliveryLogPage::applyFilter()
{
    showNote({}); // a result of the rows before ("Exported 12 rows") is not about the new ones
    LogFilter filter = m_filterBar->filter(QDateTime::currentMSecsSinceEpoch());
    filter.sortColumn = m_model->filter().sortColumn;
    filter.sortOrder = m_model->filter().sortOrder;
    m_model->setFilter(filter);
}

void DeliveryLogPage::showDetails()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid()) {
        if (m_shownKey != 0)
            clearDetails(); // the row left (delivered out of the filter, purged)
        return;
    }
    const DeliveryLogRow row = m_model->rowAt(current.row());
    const bool sameRow = row.recipientId == m_shownKey;
    if (sameRow && versionOf(row, m_model->deliveringSince(row)) == m_shownVersion)
        return; // a refresh that did not change this row: leave the pane (and where it is scrolled) alone
    m_shownKey = row.recipientId;
    m_shownVersion = versionOf(row, m_model->deliveringSince(row));
    // A notice the relay sent itself has the null sender (RFC 5321 4.5.5): it read "From  via Billing".
    // The queue id is the notice's own, not that of the message it reports on (an outside tester searched
    // for the wrong one): said so, and where that message is named.
    // A deleted agent is named as the table names it: "via Lager" read as the new agent of that name (an
    // outside tester).
    const QString agent = AgentLabel::text(row.agent, row.agentDeleted);
    const QString origin =
        !row.sender.isEmpty()
            ? tr("From %1 via %2, queue id %3, subject \"%4\"")
                  .arg(ReadableAddress::address(row.sender), agent, row.queueId, row.subject)
        : !row.noticeOf.isEmpty()
            ? tr("RelayDesk's own notice (sender <>) to a sender of %1 about their message %2 (type that "
                 "queue id into the search to see it); the notice's own queue id is %3, its subject \"%4\"")
                  .arg(agent, row.noticeOf, row.queueId, row.subject)
            // A notice queued before notices kept the message's queue id.
            : tr("RelayDesk's own notice (sender <>) to a sender of %1: the "
                 "notice's queue id is %2, its subject \"%3\"; the message it "
                 "reports on is named in its text (View message)")
                  .arg(agent, row.queueId, row.subject);
    QString html = QStringLiteral("<h3>%1</h3><p>%2</p>")
                       .arg(ReadableAddress::address(row.recipient).toHtmlEscaped(), origin.toHtmlEscaped());
    if (!row.contentKept)
        html +=
            QStringLiteral("<p><i>%1</i></p>")
                .arg((row.messageDeleted
                          ? tr("Content not kept: the message body was removed when the message was deleted "
                               "from the queue.")
                          : tr("Content not kept: the message body was removed once every recipient was "
                               "final."))
                         .toHtmlEscaped());
    // On its way right now: said first, above the last attempt's explanation ("Temporary problem, will
    // retry" above it read as waiting for a retry: an outside tester). "no attempt yet" beside the Queue's
    // "delivering" sent another tester's support person the wrong way.
    const qint64 deliveringSince = m_model->deliveringSince(row);
    if (deliveringSince > 0)
        html += QStringLiteral("<p><b>%1</b></p>")
                    .arg(tr("Being delivered now, since %1: RelayDesk is handing it to the receiving server; "
                            "this page shows the outcome when the attempt ends.")
                             .arg(tableTimeText(QDateTime::fromMSecsSinceEpoch(deliveringSince)))
                             .toHtmlEscaped());
    const bool firstAttemptUnderWay = deliveringSince > 0 && row.lastCode <= 0;
    // Where the explanation stands, to be told otherwise once the suppression list is read (below).
    const qsizetype explanationAt = html.size();
    QString explanation;
    if (row.shownState() == QLatin1String("held"))
        html += RoadSignStyle::heldHtml(row.lastCode, row.lastEnhanced, row.lastReply);
    else if (!firstAttemptUnderWay) // not "No delivery attempt yet" while the first one runs
        html += explanation = RoadSignStyle::explanationHtml(row.lastCode, row.lastEnhanced, row.lastReply);
    // Still on its way: where support staff see when and retry it (an outside tester looked for the next
    // attempt here).
    const QString state = row.shownState();
    if (deliveringSince == 0 && (state == QLatin1String("queued") || state == QLatin1String("deferred")))
        html += QStringLiteral("<p>%1</p>")
                    .arg(tr("Waiting in the queue: the Queue page says when it is tried next, and Retry now "
                            "there tries it at once.")
                             .toHtmlEscaped());
    if (!sameRow)
        m_details->setHtml(html); // the attempts follow; the same row keeps its old text until they come
    /// The recipient's attempts, and whether several nodes share the store (then each says which one tried).
    struct AttemptsRead
    {
        Expected<QList<DeliveryAttemptRow>> attempts = QList<DeliveryAttemptRow>();
        bool severalNodes = false;
        bool suppressedNow = false;   ///< the address is on the agent's suppression list now
        bool suppressionRead = false; ///< whether suppressedNow was read (else it is not known)
    };
    // A bounce that put the address on the agent's suppression list says so: every later message to it is
    // not sent, and "the mailbox exists now but mail never arrives" had its answer on another page (an
    // outside tester). A recipient not sent for the list is told otherwise once the address was lifted.
    const bool suppressedThen = row.state == QLatin1String("suppressed") && !explanation.isEmpty() &&
                                RoadSignStyle::isSuppressedReply(row.lastCode, row.lastReply);
    const bool askSuppressed = (row.state == QLatin1String("bounced") || suppressedThen) &&
                               !row.agent.isEmpty() && !row.agentDeleted;
    m_runner->run<AttemptsRead>(
        this,
        [dir = m_dataDir, id = row.recipientId, askSuppressed, agentName = row.agent,
         address = row.recipient]() {
            AttemptsRead read;
            read.attempts = DeliveryAttemptQuery(dir).ofRecipient(id);
            const auto nodes = NodeAdmin(dir).nodes();
            read.severalNodes = nodes && nodes->size() > 1;
            if (askSuppressed) {
                const auto among = SuppressionAdmin(dir).suppressedAmong(agentName, {address});
                read.suppressedNow = among && !among->isEmpty();
                read.suppressionRead = bool(among);
            }
            return read;
        },
        [this, html, id = row.recipientId, sameRow, agent, suppressedThen, explanationAt, explanation,
         reply = row.lastReply, contentKept = row.contentKept](AttemptsRead read) {
            const QModelIndex now = m_view->currentIndex();
            const auto& attempts = read.attempts;
            if (!now.isValid() || m_model->rowAt(now.row()).recipientId != id || !attempts)
                return;
            QString text = html;
            if (suppressedThen && read.suppressionRead && !read.suppressedNow)
                text.replace(
                    explanationAt, explanation.size(),
                    RoadSignStyle::liftedSuppressionHtml(
                        reply, contentKept ? tr("Open the message (%1) and use \"%2\": it sends this message "
                                                "to the address now.")
                                                 .arg(MessageViewerOpener::tr("View message"),
                                                      MessageViewer::tr("Resend to the same recipients..."))
                                           : QString()));
            else if (read.suppressedNow && !suppressedThen)
                text +=
                    signParagraph(RoadSign::Red,
                                  tr("This address is on the suppression list of %1 now: later messages to "
                                     "it are not sent, and their senders get a bounce notice. If the mailbox "
                                     "works again, lift it (Mail Agents, %1, Suppressions).")
                                      .arg(agent));
            text += QStringLiteral("<h4>%1</h4>").arg(tr("Attempts").toHtmlEscaped());
            // After a failover the admin asks who did what (an outside tester found the nodes only on the
            // command line): with several nodes, the one that accepted the message and the one of each
            // attempt.
            const auto nodeName = [](const QString& node, const QString& name) {
                return name.isEmpty() ? node : name;
            };
            if (read.severalNodes && !attempts->isEmpty() && !attempts->first().acceptedNode.isEmpty())
                text += QStringLiteral("<p>%1</p>")
                            .arg(tr("Accepted by node %1.")
                                     .arg(nodeName(attempts->first().acceptedNode,
                                                   attempts->first().acceptedNodeName))
                                     .toHtmlEscaped());
            if (attempts->isEmpty())
                text += QStringLiteral("<p>%1</p>").arg(tr("No attempt recorded yet.").toHtmlEscaped());
            for (const DeliveryAttemptRow& attempt : attempts.value()) {
                const RoadSign sign = RoadSignStyle::signOf(attempt.code, attempt.enhanced, attempt.reply);
                // A suppressed recipient's attempt has no host and no code: its route ("suppression") and
                // the relay's own words, as the command line prints it.
                // "expiry": given up with another recipient whose time ran out, no server asked.
                // "stop": a clean stop cut the delivery short (OutcomeRecorder::recordInterrupted).
                const QString where =
                    (!attempt.host.isEmpty()                    ? attempt.host
                     : attempt.route == QLatin1String("expiry") ? tr("the relay (time limit)")
                     : attempt.route == QLatin1String("stop")   ? tr("the relay (stopped)")
                                                                : attempt.route)
                        .toHtmlEscaped();
                text +=
                    QStringLiteral("<p style=\"background:%1\"><b>%2</b> %3: %4</p>")
                        .arg(RoadSignStyle::background(sign).name(), tableTimeText(attempt.startedAt),
                             read.severalNodes && !attempt.node.isEmpty()
                                 ? tr("node %1 to %2")
                                       .arg(nodeName(attempt.node, attempt.nodeName).toHtmlEscaped(), where)
                                 : where,
                             RoadSignStyle::replyLine(attempt.code, attempt.enhanced, attempt.reply)
                                 .toHtmlEscaped());
                // Delivered, but to whichever server answered at the smarthost's address: an outside tester
                // read a plain green row, and only the transcript said the certificate was not checked.
                if (TranscriptNotes::peerNotVerified(attempt.transcript))
                    text += signParagraph(
                        RoadSign::Yellow,
                        tr("The smarthost's certificate was not checked (Settings, Delivery, \"Do not verify "
                           "the smarthost's certificate\"): the message and the smarthost password went to "
                           "whichever server answered at its address."));
                if (!attempt.transcript.isEmpty())
                    text += QStringLiteral("<pre>%1</pre>")
                                .arg(RelayWords::transcript(attempt.transcript).toHtmlEscaped());
            }
            const int scrolled = m_details->verticalScrollBar()->value();
            m_details->setHtml(text);
            if (sameRow)
                m_details->verticalScrollBar()->setValue(scrolled);
        });
}

void DeliveryLogPage::chooseExportFile()
{
    // The suggested name in the window's language (a German window suggested "delivery-log.csv").
    const QString path = FileChooser::saveFile(this, QStringLiteral("exportFile"), tr("Export delivery log"),
                                               tr("delivery-log.csv", "the file name the export suggests"),
                                               tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportCsv(path);
}

void DeliveryLogPage::exportCsv(const QString& path)
{
    showNote(tr("Exporting..."));
    m_runner->run<ExportResult>(
        this,
        [dir = m_dataDir, filter = m_model->filter(), path]() {
            ExportResult result;
            QSaveFile file(path);
            if (!file.open(QIODevice::WriteOnly)) {
                result.error = file.errorString();
                return result;
            }
            // A byte order mark: spreadsheet programs read the file as UTF-8 then, not in a legacy code page
            // that garbled "Empfänger" and "Échéance" (an outside tester).
            file.write("\xEF\xBB\xBF");
            // A German or French spreadsheet put every row into one column (an outside tester).
            CsvWriter csv(&file, CsvWriter::separatorFor(QLocale()));
            csv.writeRow(DeliveryLogModel::csvHeaders());
            const Status read =
                forEachPage(DeliveryLogQuery(dir), filter, 5000, [&](const QList<DeliveryLogRow>& page) {
                    for (const DeliveryLogRow& row : page)
                        csv.writeRow(DeliveryLogModel::csvFields(row));
                    result.rows += static_cast<int>(page.size());
                });
            if (!read) {
                result.error = read.error();
                return result;
            }
            if (!file.commit())
                result.error = file.errorString();
            return result;
        },
        [this, path](ExportResult result) { Q_EMIT exportFinished(path, result.rows, result.error); });
}

} // namespace RelayDesk

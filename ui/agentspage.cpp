#include "ui/agentspage.h"
#include "ui/tablecolumns.h"

#include "core/admin/agentadmin.h"
#include "core/admin/dkimadmin.h"
#include "ui/agentactivitypanel.h"
#include "ui/agentdialog.h"
#include "ui/agentlistmodel.h"
#include "ui/appconfigpanel.h"
#include "ui/confirmation.h"
#include "ui/credentialspanel.h"
#include "ui/deletekey.h"
#include "ui/domainspanel.h"
#include "ui/elidedlabel.h"
#include "ui/livefeed.h"
#include "ui/liverefresh.h"
#include "ui/queryrunner.h"
#include "ui/sendinglimitspanel.h"
#include "ui/storeerrortext.h"
#include "ui/suppressionpanel.h"
#include "ui/testmessagedialog.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace RelayDesk {

AgentsPage::AgentsPage(QString dataDir, QWidget* parent) : QWidget(parent), m_dataDir(std::move(dataDir))
{
    m_runner = new QueryRunner(QStringLiteral("agents"), m_dataDir, this);
    m_model = new AgentListModel(this);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("agentList"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    // Tab leaves the list for the agent's tabs, the arrows move between agents: Tab went cell by cell and at
    // a row's end selected the next agent, which Delete then acted on (an outside tester).
    m_view->setTabKeyNavigation(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(AgentListModel::Enabled, QHeaderView::ResizeToContents);
    m_view->viewport()->installEventFilter(this);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AgentsPage::fitColumns);
    // The sender domains and the description are on the agent's tabs and in its dialog: off the list until
    // asked for (the header's context menu), so that the names get its width and no scroll bar runs under
    // it at 1024x700 (an outside tester read "Druck…pfang" beside a horizontal scroll bar).
    new TableColumns(m_view, {AgentListModel::Senders, AgentListModel::Description});
    // Shown or hidden from that menu: the widths are shared out again (queued: after the header has laid
    // out).
    connect(m_view->horizontalHeader(), &QHeaderView::sectionResized, this,
            [this](int column, int before, int after) {
                if ((before == 0 || after == 0) &&
                    (column == AgentListModel::Senders || column == AgentListModel::Description))
                    QMetaObject::invokeMethod(this, &AgentsPage::fitColumns, Qt::QueuedConnection);
            });

    // Mnemonics of their own on this page (the Sending limits tab has D, the menus F, V and H), and Ctrl+N
    // for a new agent while the page is shown, as New is in any desktop application.
    auto* create = new QPushButton(QIcon(QStringLiteral(":/icons/agents.svg")), tr("&New agent..."), this);
    create->setObjectName(QStringLiteral("newAgent"));
    create->setToolTip(tr("Create a Mail Agent (%1)")
                           .arg(QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText)));
    auto* newKey = new QAction(this);
    newKey->setObjectName(QStringLiteral("newAgentAction"));
    newKey->setShortcut(QKeySequence::New);
    newKey->setShortcutContext(Qt::WindowShortcut);
    addAction(newKey);
    connect(newKey, &QAction::triggered, this, &AgentsPage::newAgent);
    m_edit = new QPushButton(tr("&Edit..."), this);
    m_edit->setObjectName(QStringLiteral("editAgent"));
    m_delete = new QPushButton(tr("De&lete"), this);
    m_delete->setObjectName(QStringLiteral("deleteAgent"));
    bindDeleteKey(m_view, m_delete);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(create);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_delete);
    buttons->addStretch();

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(buttons);
    leftLayout->addWidget(m_view);
    m_readProblem = new QLabel(left);
    m_readProblem->setObjectName(QStringLiteral("agentsReadProblem"));
    m_readProblem->setWordWrap(true);
    m_readProblem->setStyleSheet(QStringLiteral("color: #d63939;"));
    m_readProblem->hide();
    leftLayout->addWidget(m_readProblem);

    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    // Elided, the whole name in its tooltip: a long name set the window's least width (an outside tester's
    // "Scanner-Empfang-Erdgeschoss-Westflügel-Raum-0.14" made it 1279 px wide, on every page).
    m_title = new ElidedLabel(right);
    m_title->setObjectName(QStringLiteral("agentTitle"));
    m_title->setStyleSheet(QStringLiteral("font-size: 15pt; font-weight: bold;"));
    m_credentials = new CredentialsPanel(m_dataDir, right);
    m_appConfig = new AppConfigPanel(m_dataDir, right);
    // The test message is the shown agent's: its button stands by the agent's name, which leaves the list
    // narrow and the details (four tabs in any language) wide.
    m_test = new QPushButton(tr("Send test message..."), right);
    m_test->setObjectName(QStringLiteral("sendTestMessageButton"));
    auto* titleRow = new QHBoxLayout;
    titleRow->addWidget(m_title, 1);
    titleRow->addWidget(m_test);
    rightLayout->addLayout(titleRow);
    m_suppressions = new SuppressionPanel(m_dataDir, right);
    auto* tabs = new QTabWidget(right);
    tabs->setObjectName(QStringLiteral("agentTabs"));
    tabs->addTab(m_credentials, tr("Credentials"));
    tabs->addTab(m_suppressions, tr("Suppressions"));
    m_limits = new SendingLimitsPanel(m_dataDir, right);
    m_limits->setObjectName(QStringLiteral("sendingLimits"));
    tabs->addTab(m_limits, tr("Sending limits"));
    m_domains = new DomainsPanel(m_dataDir, right);
    m_domains->setObjectName(QStringLiteral("domains"));
    tabs->addTab(m_domains, tr("Sender domains"));
    // What the agent's mail did, for support staff ("did the shop's mail go out this morning?").
    // In a scroll area: six rows, the waiting and refused lines and the help need more height in German than
    // a 1024x700 window leaves the tab.
    auto* activityScroll = new QScrollArea(right);
    activityScroll->setWidgetResizable(true);
    activityScroll->setFrameShape(QFrame::NoFrame);
    m_activity = new AgentActivityPanel(m_dataDir, activityScroll);
    m_activity->setObjectName(QStringLiteral("activity"));
    activityScroll->setWidget(m_activity);
    tabs->addTab(activityScroll, tr("Activity"));
    connect(m_activity, &AgentActivityPanel::showLogsRequested, this, &AgentsPage::showLogsRequested);
    connect(m_activity, &AgentActivityPanel::showRefusalsRequested, this, &AgentsPage::showRefusalsRequested);
    rightLayout->addWidget(tabs, 1);
    rightLayout->addWidget(m_appConfig);

    auto* splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    // The details (four tabs, the credentials' dates, the settings to copy) need more room than the list.
    splitter->setSizes({300, 520});
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(create, &QPushButton::clicked, this, &AgentsPage::newAgent);
    connect(m_edit, &QPushButton::clicked, this, &AgentsPage::editAgent);
    connect(m_delete, &QPushButton::clicked, this, &AgentsPage::deleteAgent);
    connect(m_test, &QPushButton::clicked, this, &AgentsPage::sendTestMessage);
    connect(m_view, &QTableView::doubleClicked, this, &AgentsPage::editAgent);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AgentsPage::selectionChanged);
    connect(m_credentials, &CredentialsPanel::credentialsChanged, this, &AgentsPage::selectionChanged);
    connect(m_credentials, &CredentialsPanel::credentialsLoaded, this, &AgentsPage::updateAppConfig);
    // Read while hidden too, at most every 5 s: the Queue and Delivery Logs pages offer the agents in their
    // filters (an agent made or deleted from the command line was missing there until the window restarted).
    m_live = new LiveRefresh(
        this, [this] { refreshLive(); }, 1000, LiveRefresh::WhenHidden::Reload, 5000);
    reload();
}

bool AgentsPage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        fitColumns();
    return QWidget::eventFilter(watched, event);
}

void AgentsPage::fitColumns()
{
    // A fixed 150 + 180 px cut the third title ("Allowed a", "Adresses au") at the list's edge: the allowed
    // addresses get their title's width (at least a range's), the name the rest. A longer cell shows its
    // whole text in a tooltip.
    QHeaderView* header = m_view->horizontalHeader();
    const int allowed =
        qMax(header->sectionSizeHint(AgentListModel::Allowlist),
             m_view->fontMetrics().horizontalAdvance(QStringLiteral("192.168.100.0/24")) + 12);
    m_view->setColumnWidth(AgentListModel::Allowlist, allowed);
    // A column shown from the header's menu (sender domains, description) keeps at least its title's width:
    // the name took the whole rest, and an outside tester read "aines d'expéd" beside a scroll bar.
    int others = header->sectionSize(AgentListModel::Enabled) + allowed;
    for (const int column : {AgentListModel::Senders, AgentListModel::Description}) {
        if (m_view->isColumnHidden(column))
            continue;
        m_view->setColumnWidth(column, header->sectionSizeHint(column));
        others += header->sectionSizeHint(column);
    }
    const int rest = m_view->viewport()->width() - others;
    m_view->setColumnWidth(AgentListModel::Name, qMax(rest, header->sectionSizeHint(AgentListModel::Name)));
}

namespace {

/// The live agents and the names of deleted ones, read together.
struct AgentsRead
{
    bool ok = false; ///< false: the store could not be read (the list is then empty)
    QString error;   ///< why, when not ok
    QList<MailAgent> agents;
    QStringList formerNames;
    qint64 dkimStamp = -1; ///< DkimAdmin::changeStamp(): keys made elsewhere show on the Domains tab
};

AgentsRead readAgents(const QString& dataDir)
{
    const AgentAdmin admin(dataDir);
    AgentsRead read;
    if (auto agents = admin.list(); agents) {
        read.ok = true;
        read.agents = std::move(agents).value();
    } else {
        read.error = agents.error();
    }
    if (auto former = admin.formerNames(); former)
        read.formerNames = std::move(former).value();
    if (const auto stamp = DkimAdmin(dataDir).changeStamp())
        read.dkimStamp = stamp.value();
    return read;
}

} // namespace

void AgentsPage::reload(const QString& select)
{
    const QString selected = select.isEmpty() ? selectedName() : select;
    const quint64 generation = ++m_generation;
    m_runner->run<AgentsRead>(
        this, [dataDir = m_dataDir]() { return readAgents(dataDir); },
        [this, selected, generation](const AgentsRead& read) {
            if (generation != m_generation)
                return;
            showReadProblem(read.error);
            // Agents that cannot be read are not "no agents": what is shown stays (an outside tester was
            // shown an empty page while the store was away).
            if (!read.ok && m_model->rowCount() > 0)
                return;
            m_formerNames = read.formerNames;
            m_model->setAgents(read.agents);
            selectAgent(selected);
            selectionChanged();
            Q_EMIT agentsLoaded();
        });
}

void AgentsPage::setLiveFeed(LiveFeed* feed)
{
    m_feed = feed;
    m_limits->setLiveFeed(feed);
    m_activity->setLiveFeed(feed);
    // Any commit may be one of ours to see: "Last used" after an application's first login (written in
    // batches by the engine), an agent created or a credential revoked from the command line.
    connect(feed, &LiveFeed::storeChanged, this, [this](const StoreChanges& changes) {
        if (changes.written)
            m_live->request();
    });
}

void AgentsPage::refreshLive()
{
    const quint64 generation = ++m_generation;
    m_runner->run<AgentsRead>(
        this, [dataDir = m_dataDir]() { return readAgents(dataDir); },
        [this, generation](const AgentsRead& read) {
            if (generation != m_generation)
                return;
            showReadProblem(read.error);
            if (!read.ok)
                return;
            const bool formerMoved = read.formerNames != m_formerNames;
            m_formerNames = read.formerNames;
            if (read.agents != m_model->agents()) // a busy relay commits often; the agents rarely move
                resetKeepingSelection(read.agents);
            else if (formerMoved)
                Q_EMIT formerNamesChanged();
            m_credentials->refresh();
            m_suppressions->reload(); // a hard bounce suppresses its address
            // Keys made or rotated elsewhere (`relaydesk dkim enable`): the tab said "none: mail is not
            // signed" beside two active keys (an outside tester).
            if (std::exchange(m_dkimStamp, read.dkimStamp) != read.dkimStamp && m_dkimStamp >= 0)
                m_domains->reload();
        });
}

void AgentsPage::resetKeepingSelection(const QList<MailAgent>& agents)
{
    const QString selected = selectedName();
    const int before = m_model->rowOf(selected);
    const MailAgent previous = before >= 0 ? m_model->agentAt(before) : MailAgent();
    {
        // The same agent stays selected, so its tabs keep what they show (a DNS check, a selected row); only
        // an agent that is gone moves the selection.
        const QSignalBlocker quiet(m_view->selectionModel());
        m_model->setAgents(agents);
        selectAgent(selected);
    }
    m_view->viewport()->update();
    if (selectedName() != selected) {
        selectionChanged();
    } else {
        // Paused or resumed elsewhere (`relaydesk agent enable`): the button follows the list, which showed
        // "enabled" while Send test message stayed greyed out (an outside tester).
        updateTestButton();
        if (const int row = m_model->rowOf(selected);
            row >= 0 && m_model->agentAt(row).senders != previous.senders)
            m_domains->reload(); // `relaydesk domain add` or another window changed what it may send as
    }
    Q_EMIT agentsLoaded();
}

void AgentsPage::selectAgent(const QString& name)
{
    const int row = m_model->rowOf(name);
    if (row >= 0)
        m_view->selectRow(row);
}

QString AgentsPage::selectedName() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : m_model->agentAt(rows.first().row()).name;
}

void AgentsPage::selectionChanged()
{
    const QString name = selectedName();
    const QString edited = m_limits->agent();
    if (!m_askingToLeave && sender() != m_credentials && name != edited &&
        (m_limits->hasUnsavedChanges() || m_limits->isAsking()) && m_model->rowOf(edited) >= 0) {
        // Sending limits typed and not saved: the selection stays on their agent until the person says
        // what becomes of them. An arrow key moves the selection twice (current row, then selection): asked
        // once all the same (an outside tester got the question a second time after Discard).
        m_askingToLeave = true;
        selectAgent(edited);
        m_askingToLeave = false;
        if (!m_limits->isAsking())
            m_limits->requestLeave(
                [this, name]() { name.isEmpty() ? m_view->clearSelection() : selectAgent(name); }, {});
        return;
    }
    m_edit->setEnabled(!name.isEmpty());
    m_delete->setEnabled(!name.isEmpty());
    updateTestButton();
    m_title->setFullText(name.isEmpty() ? tr("No agent selected") : name);
    if (sender() != m_credentials) {
        m_credentials->setAgent(name);
        m_suppressions->setAgent(name);
        m_limits->setAgent(name);
        m_activity->setAgent(name);
        m_domains->setAgent(name);
    } else
        updateAppConfig();
}

void AgentsPage::updateTestButton()
{
    // A disabled agent sends nothing: its test would have gone out as another agent (an outside tester).
    const QString name = selectedName();
    const int row = m_model->rowOf(name);
    const bool enabled = row >= 0 && m_model->agentAt(row).enabled;
    m_test->setEnabled(enabled);
    m_test->setToolTip(!name.isEmpty() && !enabled
                           ? tr("%1 is disabled: enable it (Edit...) to send a test message as it.").arg(name)
                           : QString());
}

void AgentsPage::showReadProblem(const QString& error)
{
    m_readProblem->setText(
        error.isEmpty() ? QString() : tr("Cannot read the Mail Agents: %1").arg(StoreErrorText::of(error)));
    m_readProblem->setVisible(!error.isEmpty());
}

void AgentsPage::updateAppConfig()
{
    if (const QString problem = m_credentials->readError(); !problem.isEmpty()) {
        m_appConfig->setUnreadable(selectedName(), problem);
        return;
    }
    AgentAccess access;
    if (const int row = m_model->rowOf(selectedName()); row >= 0) {
        const MailAgent& agent = m_model->agentAt(row);
        access.mayLogIn = !agent.allowlist.isEmpty();
        for (const CidrRange& range : agent.trustedDevices)
            access.trustedDevices << range.toString();
        access.senders = agent.senders;
        access.anySender = agent.anySender;
    }
    m_appConfig->setAgent(selectedName(), m_credentials->newestActiveUsername(), access);
}

void AgentsPage::newAgent()
{
    AgentDialog dialog(m_dataDir, MailAgent(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload(dialog.agent().name);
    // As `agent create` does: the new agent gets its first credential, its password shown once (one made in
    // the window had none, and its applications' settings said to generate one first: an outside tester).
    m_credentials->generateFor(dialog.agent().name);
}

void AgentsPage::editAgent()
{
    // The list holds the whole agent (allowlist and trusted devices), as read by the last reload.
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    AgentDialog dialog(m_dataDir, m_model->agentAt(rows.first().row()), this);
    if (dialog.exec() == QDialog::Accepted)
        reload(dialog.agent().name);
}

void AgentsPage::sendTestMessage()
{
    auto* dialog = new TestMessageDialog(m_dataDir, m_feed, selectedName(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void AgentsPage::deleteAgent()
{
    const QString name = selectedName();
    if (name.isEmpty() || m_countingForDelete)
        return;
    // The question says how much of its mail still waits (an outside tester deleted an agent without
    // knowing), counted off the window's thread like every other read of the store.
    m_countingForDelete = true;
    struct Waiting
    {
        int messages = -1; ///< -1: not known
        int held = 0;
    };
    m_runner->run<Waiting>(
        this,
        [dataDir = m_dataDir, name]() {
            const AgentAdmin admin(dataDir);
            const auto waiting = admin.waitingMessages(name);
            const auto held = admin.heldMessages(name);
            return Waiting{waiting ? waiting.value() : -1, held ? held.value() : 0};
        },
        [this, name](Waiting waiting) {
            m_countingForDelete = false;
            confirmDelete(name, waiting.messages, waiting.held);
        });
}

void AgentsPage::confirmDelete(const QString& name, int waiting, int held)
{
    QString queued;
    // Held messages are not delivered until released: "are still delivered" told an outside tester
    // otherwise.
    if (waiting > 0 && held > 0)
        queued = tr("%Ln message(s) it handed over still wait in the queue, and stay there: %1 of them are "
                    "held, which are delivered once released; the others are still delivered. The Delivery "
                    "Logs keep its messages under its name.",
                    nullptr, waiting)
                     .arg(QLocale().toString(held));
    else if (waiting > 0)
        queued =
            tr("%Ln message(s) it handed over still wait in the queue: they stay in the queue and are still "
               "delivered. The Delivery Logs keep its messages under its name.",
               nullptr, waiting);
    else if (waiting == 0)
        queued = tr(
            "None of its messages waits in the queue. The Delivery Logs keep its messages under its name.");
    else
        queued =
            tr("Messages it has already handed over stay in the queue and are still delivered; the Delivery "
               "Logs keep them under its name.");
    if (!Confirmation::ask(
            this, QStringLiteral("confirmDeleteAgent"), tr("Delete Mail Agent"),
            tr("Delete %1 with all its credentials, trusted devices, sending domains and limits? "
               "Applications and devices that send as it are refused from then on; this cannot be undone "
               "(Edit..., \"Accept mail from this agent\" stops it for a while instead).")
                    .arg(name) +
                QLatin1Char(' ') + queued,
            tr("Delete")))
        return;
    m_delete->setEnabled(false);
    m_runner->run<Status>(
        this, [dataDir = m_dataDir, name]() { return AgentAdmin(dataDir).remove(name); },
        [this](Status status) {
            if (!status)
                QMessageBox::warning(this, tr("Cannot delete the agent"), StoreErrorText::of(status.error()));
            reload();
        });
}

} // namespace RelayDesk

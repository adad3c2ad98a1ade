#include "ui/mainwindow.h"

#include "ui/agentlistmodel.h"
#include "ui/agentspage.h"
#include "ui/dashboardpage.h"
#include "ui/deliverylogpage.h"
#include "ui/livefeed.h"
#include "ui/logfilterbar.h"
#include "ui/queuepage.h"
#include "ui/replycodedialog.h"
#include "ui/sessionspage.h"
#include "ui/settingspage.h"
#include "ui/setupwizardlauncher.h"
#include "ui/uiresources.h"
#include "ui/userguidedialog.h"

#include <QCloseEvent>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>

namespace RelayDesk {

MainWindow::MainWindow(const QString& dataDir, QWidget* parent) : QMainWindow(parent), m_dataDir(dataDir)
{
    initUiResources();
    setWindowTitle(tr("RelayDesk"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/relaydesk.svg")));

    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_navigation = new QListWidget(central);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setIconSize(QSize(24, 24));
    m_navigation->setSpacing(2);
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setStyleSheet(
        QStringLiteral("QListWidget#navigation { background: palette(alternate-base); }"
                       "QListWidget#navigation::item { padding: 8px; }"));
    m_stack = new QStackedWidget(central);
    layout->addWidget(m_navigation);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    m_dashboard = new DashboardPage(dataDir, m_stack);
    m_agents = new AgentsPage(dataDir, m_stack);
    m_sessions = new SessionsPage(dataDir, m_stack);
    m_queue = new QueuePage(dataDir, m_stack);
    m_logs = new DeliveryLogPage(dataDir, m_stack);
    m_settings = new SettingsPage(dataDir, m_stack);
    addPage(m_dashboard, QStringLiteral(":/icons/dashboard.svg"), tr("Dashboard"));
    addPage(m_agents, QStringLiteral(":/icons/agents.svg"), tr("Mail Agents"));
    addPage(m_sessions, QStringLiteral(":/icons/sessions.svg"), tr("Live Sessions"));
    addPage(m_queue, QStringLiteral(":/icons/queue.svg"), tr("Queue"));
    connect(m_dashboard, &DashboardPage::setupStateRead, m_queue,
            [this](const SetupState& setup) { m_queue->setDeliveryEnabled(setup.deliveryEnabled); });
    addPage(m_logs, QStringLiteral(":/icons/logs.svg"), tr("Delivery Logs"));
    addPage(m_settings, QStringLiteral(":/icons/settings.svg"), tr("Settings"));
    // As wide as the longest page name needs in the language shown (French names are longer), at least 190.
    m_navigation->setFixedWidth(qMax(190, m_navigation->sizeHintForColumn(0) + 4 * m_navigation->spacing() +
                                              2 * m_navigation->frameWidth()));
    m_navigation->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    connect(m_navigation, &QListWidget::currentRowChanged, this, &MainWindow::followNavigation);
    // The agent filters of the Queue and Delivery Logs pages follow the list of Mail Agents.
    auto offerAgents = [this]() {
        QStringList names;
        for (int row = 0; row < m_agents->model()->rowCount(); ++row)
            names << m_agents->model()->agentAt(row).name;
        m_queue->refreshAgents(names, m_agents->formerNames());
        m_logs->refreshAgents(names, m_agents->formerNames());
    };
    connect(m_agents->model(), &QAbstractItemModel::modelReset, this, offerAgents);
    connect(m_agents, &AgentsPage::formerNamesChanged, this, offerAgents);
    offerAgents();
    // The store went away or came back: the page shown reads again at once, so that it says what it cannot
    // read (or shows it again), and the agents, which the filters offer, too (an outside tester's Mail Agents
    // page showed the agents read before an outage as current until a click).
    connect(m_dashboard, &DashboardPage::storeReadableChanged, this, [this]() {
        if (currentPage() != Agents)
            reloadAgentsKeepingSelection();
        refreshCurrentPage();
    });
    connect(m_agents, &AgentsPage::showLogsRequested, this, [this](const QString& agent, int periodSeconds) {
        m_logs->filterBar()->showAgent(agent, periodSeconds);
        showPage(Logs);
    });
    connect(m_agents, &AgentsPage::showRefusalsRequested, this, [this](const QString& agent) {
        m_logs->showRefused(agent);
        showPage(Logs);
    });
    addViewMenu();
    addSetupWizard(dataDir);
    restoreState();
}

MainWindow::~MainWindow() = default;

void MainWindow::addPage(QWidget* page, const QString& iconPath, const QString& title)
{
    m_stack->addWidget(page);
    new QListWidgetItem(QIcon(iconPath), title, m_navigation);
}

void MainWindow::addViewMenu()
{
    QMenu* view = menuBar()->addMenu(tr("&View"));
    QAction* refresh = view->addAction(QIcon::fromTheme(QStringLiteral("view-refresh")), tr("&Refresh"));
    refresh->setObjectName(QStringLiteral("refreshAction"));
    refresh->setShortcut(QKeySequence::Refresh);
    refresh->setShortcutContext(Qt::WindowShortcut);
    connect(refresh, &QAction::triggered, this, &MainWindow::refreshCurrentPage);
    // A page per key (Ctrl+1 the Dashboard, ...), in the menu and the side bar's tooltips: a keyboard user
    // had to Tab through a whole page to reach the side bar (an outside tester).
    view->addSeparator();
    for (int row = 0; row < m_navigation->count() && row < 9; ++row) {
        QListWidgetItem* item = m_navigation->item(row);
        QAction* go = view->addAction(item->icon(), item->text());
        go->setObjectName(QStringLiteral("pageAction%1").arg(row));
        go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + row)));
        go->setShortcutContext(Qt::WindowShortcut);
        item->setToolTip(go->shortcut().toString(QKeySequence::NativeText));
        // The key also puts the focus on the page it shows, on its first control: it stayed in the side bar
        // or in the last page's table by chance, and the next arrow key changed the page or the row (an
        // outside tester working with the keyboard only).
        connect(go, &QAction::triggered, this, [this, row]() {
            showPage(static_cast<Page>(row));
            focusFirstControlOf(m_stack->widget(row));
        });
    }
}

void MainWindow::focusFirstControlOf(QWidget* page)
{
    if (!page || m_stack->currentWidget() != page)
        return; // Settings with unsaved changes asks first: the page did not change
    for (QWidget* next = page->nextInFocusChain(); next && next != page; next = next->nextInFocusChain()) {
        if (page->isAncestorOf(next) && next->isVisibleTo(page) && next->isEnabled() &&
            (next->focusPolicy() & Qt::TabFocus) == Qt::TabFocus) {
            next->setFocus(Qt::ShortcutFocusReason);
            return;
        }
    }
}

void MainWindow::addSetupWizard(const QString& dataDir)
{
    m_feed = new LiveFeed(this);
    m_agents->setLiveFeed(m_feed);
    m_settings->setLiveFeed(m_feed);
    m_setupWizard = new SetupWizardLauncher(dataDir, m_feed, this);
    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* guide = help->addAction(tr("&User guide"));
    guide->setObjectName(QStringLiteral("userGuideAction"));
    guide->setShortcut(QKeySequence::HelpContents);
    guide->setShortcutContext(Qt::WindowShortcut);
    connect(guide, &QAction::triggered, this, [this]() {
        if (!m_userGuide) {
            m_userGuide = new UserGuideDialog(QLocale(), this);
            m_userGuide->setAttribute(Qt::WA_DeleteOnClose);
        }
        // The topic of the page shown (an outside tester's F1 on the Delivery Logs opened "Getting started").
        m_userGuide->topics()->setCurrentRow(UserGuideDialog::topicOf(currentPage()));
        m_userGuide->show();
        m_userGuide->raise();
        m_userGuide->activateWindow();
    });
    QAction* wizard = help->addAction(tr("&Setup wizard..."));
    wizard->setObjectName(QStringLiteral("setupWizardAction"));
    connect(wizard, &QAction::triggered, m_setupWizard, &SetupWizardLauncher::open);
    // What a code means without a log row that carries it, and which RelayDesk this is (an outside tester's
    // Help menu held only the wizard).
    QAction* lookup = help->addAction(tr("Look up a &reply code..."));
    lookup->setObjectName(QStringLiteral("replyCodeAction"));
    connect(lookup, &QAction::triggered, this, [this]() {
        auto* dialog = new ReplyCodeDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    QAction* about = help->addAction(tr("&About RelayDesk"));
    about->setObjectName(QStringLiteral("aboutAction"));
    connect(about, &QAction::triggered, this, [this]() {
        QMessageBox::about(this, tr("About RelayDesk"),
                           tr("<p><b>RelayDesk %1</b></p><p>A mail relay for the office: applications and "
                              "devices submit mail, RelayDesk delivers it and shows what became of it.</p>"
                              "<p>Data directory: %2<br>Qt %3</p>")
                               .arg(QCoreApplication::applicationVersion().toHtmlEscaped(),
                                    m_dataDir.toHtmlEscaped(), QString::fromLatin1(qVersion())));
    });
    connect(m_dashboard, &DashboardPage::setupRequested, m_setupWizard, &SetupWizardLauncher::open);
    connect(m_setupWizard, &SetupWizardLauncher::setupChanged, this, [this]() {
        m_dashboard->refresh();
        m_agents->reload();
        if (!m_settings->hasUnsavedChanges())
            m_settings->load();
    });
}

void MainWindow::reloadAgentsKeepingSelection()
{
    const auto* list = m_agents->findChild<QTableView*>(QStringLiteral("agentList"));
    const QModelIndex current = list ? list->currentIndex() : QModelIndex();
    m_agents->reload(current.isValid() ? m_agents->model()->agentAt(current.row()).name : QString());
}

void MainWindow::refreshCurrentPage()
{
    switch (currentPage()) {
    case Dashboard:
        m_dashboard->refresh();
        break;
    case Agents:
        reloadAgentsKeepingSelection();
        break;
    case Sessions:
        m_sessions->refresh();
        break;
    case Queue:
        m_queue->refresh();
        break;
    case Logs:
        m_logs->refresh();
        break;
    case SettingsPageIndex:
    case PageCount:
        break;
    }
}

void MainWindow::followNavigation(int row)
{
    // Leaving Settings with unsaved changes asks first; the side bar stays on Settings meanwhile.
    if (m_stack->currentWidget() == m_settings && row != SettingsPageIndex &&
        m_settings->hasUnsavedChanges()) {
        showShownPageInNavigation();
        // A click selects its row after this signal (QAbstractItemView::mousePressEvent): undo that too.
        QTimer::singleShot(0, this, &MainWindow::showShownPageInNavigation);
        m_settings->requestLeave([this, row]() { showPage(static_cast<Page>(row)); },
                                 [this]() { showShownPageInNavigation(); });
        return;
    }
    m_stack->setCurrentIndex(row);
}

void MainWindow::showShownPageInNavigation()
{
    const QSignalBlocker blocker(m_navigation);
    m_navigation->setCurrentRow(m_stack->currentIndex());
}

void MainWindow::showPage(Page page)
{
    m_navigation->setCurrentRow(page);
}

MainWindow::Page MainWindow::currentPage() const
{
    return static_cast<Page>(m_stack->currentIndex());
}

void MainWindow::restoreState()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1280, 800);
    // Never larger than the screen it opens on (a 1024x700 screen, or a geometry saved on a larger one), and
    // wholly on it: a geometry saved lower down on a larger screen put Save and Revert below a 700-pixel one.
    if (const QScreen* shownOn = screen()) {
        const QRect available = shownOn->availableGeometry();
        if (width() > available.width() || height() > available.height())
            resize(size().boundedTo(available.size()).expandedTo(minimumSizeHint()));
        const QPoint topLeft(
            qBound(available.left(), x(), qMax(available.left(), available.right() - width() + 1)),
            qBound(available.top(), y(), qMax(available.top(), available.bottom() - height() + 1)));
        if (topLeft != pos())
            move(topLeft);
    }
    // The page it was closed on, for the same data directory; another one (a new one above all, with its
    // setup steps on the Dashboard) opens on the Dashboard (an outside tester's new data directory opened on
    // Queue).
    const bool sameData = settings.value(QStringLiteral("window/pageDataDir")).toString() == m_dataDir;
    const int page = sameData ? settings.value(QStringLiteral("window/page"), 0).toInt() : Dashboard;
    showPage(page >= 0 && page < PageCount ? static_cast<Page>(page) : Dashboard);
}

void MainWindow::saveState() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/page"), static_cast<int>(currentPage()));
    settings.setValue(QStringLiteral("window/pageDataDir"), m_dataDir);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (m_settings->hasUnsavedChanges()) {
        event->ignore();
        showPage(SettingsPageIndex);
        m_settings->requestLeave([this]() { close(); });
        return;
    }
    saveState();
    if (m_mayClose && !m_mayClose()) {
        event->ignore();
        return;
    }
    QMainWindow::closeEvent(event);
}

} // namespace RelayDesk

#include "ui/mainwindow.h"

#include "ui/agentlistmodel.h"
#include "ui/agentspage.h"
#include "ui/dashboardpage.h"
#include "ui/deliverylogpage.h"
#include "ui/queuepage.h"
#include "ui/sessionspage.h"
#include "ui/settingspage.h"
#include "ui/uiresources.h"

#include <QCloseEvent>
#include <QHBoxLayout>
#include <QListWidget>
#include <QSettings>
#include <QStackedWidget>

namespace RelayDesk {

MainWindow::MainWindow(const QString& dataDir, QWidget* parent) : QMainWindow(parent)
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
    m_navigation->setFixedWidth(190);
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
    addPage(m_logs, QStringLiteral(":/icons/logs.svg"), tr("Delivery Logs"));
    addPage(m_settings, QStringLiteral(":/icons/settings.svg"), tr("Settings"));

    connect(m_navigation, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);
    // The agent filters of the Queue and Delivery Logs pages follow the list of Mail Agents.
    auto offerAgents = [this]() {
        QStringList names;
        for (int row = 0; row < m_agents->model()->rowCount(); ++row)
            names << m_agents->model()->agentAt(row).name;
        m_queue->refreshAgents(names);
        m_logs->refreshAgents(names);
    };
    connect(m_agents->model(), &QAbstractItemModel::modelReset, this, offerAgents);
    offerAgents();
    restoreState();
}

MainWindow::~MainWindow() = default;

void MainWindow::addPage(QWidget* page, const QString& iconPath, const QString& title)
{
    m_stack->addWidget(page);
    new QListWidgetItem(QIcon(iconPath), title, m_navigation);
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
    const int page = settings.value(QStringLiteral("window/page"), 0).toInt();
    showPage(page >= 0 && page < PageCount ? static_cast<Page>(page) : Dashboard);
}

void MainWindow::saveState() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/page"), static_cast<int>(currentPage()));
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveState();
    if (m_closeToTray) {
        hide();
        event->ignore();
        Q_EMIT hiddenToTray();
        return;
    }
    QMainWindow::closeEvent(event);
}

} // namespace RelayDesk

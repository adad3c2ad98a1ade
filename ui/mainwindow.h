#pragma once

#include <QMainWindow>
#include <QPointer>

#include <functional>

class QDialog;
class QListWidget;
class QStackedWidget;

namespace RelayDesk {

class AgentsPage;
class DashboardPage;
class DeliveryLogPage;
class LiveFeed;
class QueuePage;
class SessionsPage;
class SettingsPage;
class UserGuideDialog;
class SetupWizardLauncher;

/// The main window: a side bar of pages (Dashboard, Mail Agents, Live Sessions, Queue, Delivery Logs,
/// Settings). It remembers its geometry and the last page; what closing it does is decided outside
/// (WindowLifetime).
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    enum Page
    {
        Dashboard,
        Agents,
        Sessions,
        Queue,
        Logs,
        SettingsPageIndex,
        PageCount
    };

    explicit MainWindow(const QString& dataDir, QWidget* parent = nullptr);
    const QString& dataDir() const { return m_dataDir; }
    ~MainWindow() override;

    void showPage(Page page);
    Page currentPage() const;
    /// Asked on each close: false keeps the window (it may have hidden or minimized it instead).
    void setCloseFilter(std::function<bool()> mayClose) { m_mayClose = std::move(mayClose); }
    /// Reads the current page's data again (View > Refresh, F5), keeping its selection.
    void refreshCurrentPage();

    DashboardPage* dashboardPage() const { return m_dashboard; }
    AgentsPage* agentsPage() const { return m_agents; }
    SessionsPage* sessionsPage() const { return m_sessions; }
    QueuePage* queuePage() const { return m_queue; }
    DeliveryLogPage* deliveryLogPage() const { return m_logs; }
    SettingsPage* settingsPage() const { return m_settings; }
    /// The engine's reports for dialogs opened from the window (EngineLink feeds it).
    LiveFeed* liveFeed() const { return m_feed; }
    /// The setup wizard: Help > Setup wizard, the dashboard's notice, and the first start.
    SetupWizardLauncher* setupWizard() const { return m_setupWizard; }

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    /// Puts the focus on page's first control in Tab order (a page key's target).
    void focusFirstControlOf(QWidget* page);
    void addPage(QWidget* page, const QString& iconPath, const QString& title);
    void addViewMenu();
    void addSetupWizard(const QString& dataDir);
    void followNavigation(int row);
    /// Reads the Mail Agents again, keeping the agent shown.
    void reloadAgentsKeepingSelection();
    /// Puts the side bar's current and selected row back on the page shown.
    void showShownPageInNavigation();
    void restoreState();
    void saveState() const;

    QString m_dataDir;
    QListWidget* m_navigation = nullptr;
    QStackedWidget* m_stack = nullptr;
    DashboardPage* m_dashboard = nullptr;
    AgentsPage* m_agents = nullptr;
    SessionsPage* m_sessions = nullptr;
    QueuePage* m_queue = nullptr;
    DeliveryLogPage* m_logs = nullptr;
    SettingsPage* m_settings = nullptr;
    LiveFeed* m_feed = nullptr;
    SetupWizardLauncher* m_setupWizard = nullptr;
    QPointer<UserGuideDialog> m_userGuide; ///< Help, "User guide": one at a time, raised when asked again
    std::function<bool()> m_mayClose;
};

} // namespace RelayDesk

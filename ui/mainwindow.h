#pragma once

#include <QMainWindow>

class QListWidget;
class QStackedWidget;

namespace RelayDesk {

class AgentsPage;
class DashboardPage;
class DeliveryLogPage;
class QueuePage;
class SessionsPage;
class SettingsPage;

/// The main window: a side bar of pages (Dashboard, Mail Agents, Live Sessions, Queue, Delivery Logs,
/// Settings). It remembers its geometry and the last page; closing it can leave the relay running in the
/// tray.
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
    ~MainWindow() override;

    void showPage(Page page);
    Page currentPage() const;
    /// When set, closing the window hides it (the tray keeps the relay running) instead of quitting.
    void setCloseToTray(bool enabled) { m_closeToTray = enabled; }

    DashboardPage* dashboardPage() const { return m_dashboard; }
    AgentsPage* agentsPage() const { return m_agents; }
    SessionsPage* sessionsPage() const { return m_sessions; }
    QueuePage* queuePage() const { return m_queue; }
    DeliveryLogPage* deliveryLogPage() const { return m_logs; }
    SettingsPage* settingsPage() const { return m_settings; }

Q_SIGNALS:
    void hiddenToTray();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void addPage(QWidget* page, const QString& iconPath, const QString& title);
    void followNavigation(int row);
    void restoreState();
    void saveState() const;

    QListWidget* m_navigation = nullptr;
    QStackedWidget* m_stack = nullptr;
    DashboardPage* m_dashboard = nullptr;
    AgentsPage* m_agents = nullptr;
    SessionsPage* m_sessions = nullptr;
    QueuePage* m_queue = nullptr;
    DeliveryLogPage* m_logs = nullptr;
    SettingsPage* m_settings = nullptr;
    bool m_closeToTray = false;
};

} // namespace RelayDesk

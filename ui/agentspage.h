#pragma once

#include "core/agents/mailagent.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace RelayDesk {

class AgentActivityPanel;
class AgentListModel;
class AppConfigPanel;
class CredentialsPanel;
class DomainsPanel;
class ElidedLabel;
class LiveFeed;
class LiveRefresh;
class QueryRunner;
class SendingLimitsPanel;
class SuppressionPanel;

/// The Mail Agents page: the list of agents, their credentials, and the settings for their applications.
class AgentsPage final : public QWidget
{
    Q_OBJECT
public:
    explicit AgentsPage(QString dataDir, QWidget* parent = nullptr);

    /// Lists the agents on the worker thread; select (if given) is selected once the list is shown.
    void reload(const QString& select = QString());
    void selectAgent(const QString& name);
    AgentListModel* model() const { return m_model; }
    /// Names of deleted agents that no live agent has, read with the list (the log filters offer them).
    QStringList formerNames() const { return m_formerNames; }
    CredentialsPanel* credentialsPanel() const { return m_credentials; }
    AppConfigPanel* appConfigPanel() const { return m_appConfig; }
    SuppressionPanel* suppressionPanel() const { return m_suppressions; }
    SendingLimitsPanel* sendingLimitsPanel() const { return m_limits; }
    DomainsPanel* domainsPanel() const { return m_domains; }
    AgentActivityPanel* activityPanel() const { return m_activity; }
    /// Where the test message dialog and the sending limits hear of the engine's store changes.
    void setLiveFeed(LiveFeed* feed);
    /// Opens the test message dialog for the selected agent.
    void sendTestMessage();

Q_SIGNALS:
    /// The list was (re)loaded from the store.
    void agentsLoaded();
    /// The names of deleted agents changed while the live agents stayed as they were.
    void formerNamesChanged();
    /// "Show in Delivery Logs" on an agent's Activity tab.
    void showLogsRequested(const QString& agentName, int periodSeconds);
    /// The agent's refusals at submission (Delivery Logs, "Refused at submission").
    void showRefusalsRequested(const QString& agentName);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    /// Name, state and allowed addresses in view with their whole titles; the senders and the description
    /// are a scroll away.
    void fitColumns();
    void newAgent();
    void editAgent();
    void deleteAgent(); ///< counts the agent's waiting messages, then asks
    /// Asks whether to delete name, saying how many of its messages wait in the queue (-1: not known) and how
    /// many of those are held.
    void confirmDelete(const QString& name, int waiting, int held);
    void selectionChanged();
    void updateTestButton(); ///< Send test message only for an enabled agent
    void updateAppConfig();
    void showReadProblem(const QString& error); ///< empty: the agents were read
    /// Reads the agents and the shown agent's credentials again after the store changed (a credential's
    /// first use, an agent added from the command line), keeping the selection and the tabs as they are.
    void refreshLive();
    void resetKeepingSelection(const QList<RelayDesk::MailAgent>& agents);
    QString selectedName() const;

    QString m_dataDir;
    qint64 m_dkimStamp = -1; ///< the DKIM keys' change stamp of the last read
    AgentListModel* m_model = nullptr;
    QStringList m_formerNames;
    QTableView* m_view = nullptr;
    ElidedLabel* m_title = nullptr;
    QLabel* m_readProblem =
        nullptr; ///< why the agents could not be read (the store is away); hidden otherwise
    CredentialsPanel* m_credentials = nullptr;
    AppConfigPanel* m_appConfig = nullptr;
    SuppressionPanel* m_suppressions = nullptr;
    SendingLimitsPanel* m_limits = nullptr;
    DomainsPanel* m_domains = nullptr;
    AgentActivityPanel* m_activity = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_delete = nullptr;
    QPushButton* m_test = nullptr;
    LiveFeed* m_feed = nullptr;
    QueryRunner* m_runner = nullptr;
    LiveRefresh* m_live = nullptr;
    quint64 m_generation = 0;         ///< drops list results that a newer reload overtook
    bool m_askingToLeave = false;     ///< the selection goes back to the agent whose limits are edited
    bool m_countingForDelete = false; ///< a second Delete while the first one's count runs asks nothing
};

} // namespace RelayDesk

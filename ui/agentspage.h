#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace RelayDesk {

class AgentListModel;
class AppConfigPanel;
class CredentialsPanel;

/// The Mail Agents page: the list of agents, their credentials, and the settings for their applications.
class AgentsPage final : public QWidget
{
    Q_OBJECT
public:
    explicit AgentsPage(QString dataDir, QWidget* parent = nullptr);

    void reload();
    void selectAgent(const QString& name);
    AgentListModel* model() const { return m_model; }
    CredentialsPanel* credentialsPanel() const { return m_credentials; }

private:
    void newAgent();
    void editAgent();
    void deleteAgent();
    void selectionChanged();
    QString selectedName() const;

    QString m_dataDir;
    AgentListModel* m_model = nullptr;
    QTableView* m_view = nullptr;
    QLabel* m_title = nullptr;
    CredentialsPanel* m_credentials = nullptr;
    AppConfigPanel* m_appConfig = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_delete = nullptr;
};

} // namespace RelayDesk

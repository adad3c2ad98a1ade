#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace RelayDesk {

class LiveFeed;
class QueryRunner;
class TestMessageStatus;

/// Send test message: the Mail Agent it is sent as, From and To, a Send button, and below it the message's
/// delivery shown live (TestMessageStatus). The Mail Agents page's dialog and the wizard's last page use it.
class TestMessageForm final : public QWidget
{
    Q_OBJECT
public:
    TestMessageForm(QString dataDir, LiveFeed* feed, QWidget* parent = nullptr);

    /// Lists the agents on the worker thread and selects agent (if given) once they are shown.
    void loadAgents(const QString& agent = QString());
    QString agent() const;
    /// Queues the message on the worker thread (after checking the addresses here), then follows it.
    void send();
    TestMessageStatus* status() const { return m_status; }
    QString errorText() const;

Q_SIGNALS:
    void agentsLoaded();
    /// The message was queued with this id.
    void sent(const QString& queueId);
    void sendFailed(const QString& reason);

private:
    void updateSendButton();
    void fail(const QString& reason);

    QString m_dataDir;
    QueryRunner* m_runner = nullptr;
    QComboBox* m_agent = nullptr;
    QLineEdit* m_from = nullptr;
    QLineEdit* m_to = nullptr;
    QPushButton* m_send = nullptr;
    QLabel* m_error = nullptr;
    TestMessageStatus* m_status = nullptr;
    bool m_busy = false;
};

} // namespace RelayDesk

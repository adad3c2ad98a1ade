#pragma once

#include <QGroupBox>

class QLabel;
class QPushButton;

namespace RelayDesk {

class QueryRunner;

/// "Configure your application": the host, ports, TLS mode and username to paste into an application's
/// SMTP settings for one Mail Agent.
class AppConfigPanel final : public QGroupBox
{
    Q_OBJECT
public:
    explicit AppConfigPanel(QString dataDir, QWidget* parent = nullptr);
    /// username: an active credential of the agent, or empty when it has none (the text says so).
    void setAgent(const QString& agentName, const QString& username);
    QString text() const; ///< the settings as plain text (what Copy puts on the clipboard)

Q_SIGNALS:
    /// The text was rebuilt (the listener settings are read on a worker thread).
    void textChanged();

private:
    /// Host and ports as stored: server.hostname, submission port, SMTPS port.
    struct Endpoints
    {
        QString host;
        QString submissionPort;
        QString smtpsPort;
        /// This computer's address on the network, for other computers when host is not a full name.
        QString networkAddress;
    };
    /// What the worker reads: the settings, and this computer's network address when it may be needed.
    static Endpoints readEndpoints(const QString& dataDir);
    void showEndpoints(const QString& username, const Endpoints& endpoints);

    QString m_dataDir;
    QueryRunner* m_runner = nullptr;
    quint64 m_generation = 0;
    QLabel* m_body = nullptr;
    QPushButton* m_copy = nullptr;
    QString m_plain;
};

} // namespace RelayDesk

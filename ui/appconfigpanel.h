#pragma once

#include <QGroupBox>

class QLabel;

namespace RelayDesk {

/// "Configure your application": the host, ports, TLS mode and username to paste into an application's
/// SMTP settings for one Mail Agent.
class AppConfigPanel final : public QGroupBox
{
    Q_OBJECT
public:
    explicit AppConfigPanel(QString dataDir, QWidget* parent = nullptr);
    void setAgent(const QString& agentName, const QString& username);
    QString text() const; ///< the settings as plain text (what Copy puts on the clipboard)

private:
    QString m_dataDir;
    QLabel* m_body = nullptr;
    QString m_plain;
};

} // namespace RelayDesk

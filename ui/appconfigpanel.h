#pragma once

#include <QGroupBox>
#include <QSslCertificate>
#include <QStringList>

class QLabel;
class QPushButton;

namespace RelayDesk {

class QueryRunner;

/// How a Mail Agent's applications and devices reach the relay.
struct AgentAccess
{
    bool mayLogIn = true;       ///< its allowlist admits some address (logins on submission and SMTPS)
    QStringList trustedDevices; ///< addresses that send on the LAN relay port without a login
    QStringList senders;        ///< the domains and addresses it may send as (MailAgent::senders)
    bool anySender = false;     ///< it may send as anyone
};

/// "Configure your application": the host, ports, TLS mode and username to paste into an application's
/// SMTP settings for one Mail Agent.
class AppConfigPanel final : public QGroupBox
{
    Q_OBJECT
public:
    explicit AppConfigPanel(QString dataDir, QWidget* parent = nullptr);
    /// username: an active credential of the agent, or empty when it has none (the text says so).
    void setAgent(const QString& agentName, const QString& username, const AgentAccess& access = {});
    /// The agent's credentials could not be read: says so instead of settings that may be wrong.
    void setUnreadable(const QString& agentName, const QString& error);
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
        QString lanPort; ///< the LAN relay listener's, where trusted devices send without a login
        /// This computer's address on the network, for other computers when host is not a full name.
        QString networkAddress;
        /// A listener takes connections from other computers: they need a name they can look up.
        bool fromNetwork = false;
        /// Every listener switched on takes connections from this computer only (a loopback address).
        bool onlyThisComputer = false;
        /// The loopback address those listeners are on ("127.0.0.1"), for applications on this computer.
        QString loopbackAddress;
        /// Listeners on a loopback address while another takes the network: their ports are not for other
        /// computers (an outside tester's copied settings gave the SSL/TLS port at the network address).
        bool submissionHereOnly = false;
        bool smtpsHereOnly = false;
        bool lanHereOnly = false;
        /// This computer's address on the network, for the hint when a full host name does not resolve.
        QString ownAddress;
        /// The relay uses the certificate it made itself (no tls.certificate set): applications that check
        /// certificates refuse it until they are given it.
        bool ownCertificate = false;
        /// The certificate the listeners present (null when none can be read).
        QSslCertificate certificate;
        /// It is self-signed, made by the relay or imported: applications must be given it to trust it.
        bool selfSigned = false;
    };
    /// What the worker reads: the settings, and this computer's network address when it may be needed.
    static Endpoints readEndpoints(const QString& dataDir);
    void showEndpoints(const QString& username, const AgentAccess& access, const Endpoints& endpoints);
    /// What the agent's applications and devices must send as, in a line of the copied settings.
    static QString senderLine(const AgentAccess& access);
    /// Adds a note when host does not resolve to a loopback address, where every listener is.
    void checkHostReachesLoopback(const QString& host, const QString& loopback);
    /// Looks the full host name up (asynchronously: a slow resolver delays only the hint) and adds a hint to
    /// the text if this computer cannot find it.
    void checkHostResolves(const Endpoints& endpoints);

    QString m_dataDir;
    QueryRunner* m_runner = nullptr;
    quint64 m_generation = 0;
    QLabel* m_body = nullptr;
    QPushButton* m_copy = nullptr;
    /// The note that m_certificate does not name host (empty if it does, or no certificate is known).
    QString unnamedNote(const QString& host) const;

    QString m_plain;
    QString m_html;
    QSslCertificate m_certificate; ///< the listeners' certificate, as readEndpoints() found it
    QString m_unnamedNote;         ///< unnamedNote() of the host the text gives, as it stands in the text
};

} // namespace RelayDesk

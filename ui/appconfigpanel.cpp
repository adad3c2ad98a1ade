#include "ui/appconfigpanel.h"
#include "ui/storeerrortext.h"

#include "core/admin/certificateadmin.h"
#include "core/admin/settingsadmin.h"
#include "core/tls/certificatenames.h"
#include "core/util/hostport.h"
#include "ui/queryrunner.h"

#include <QApplication>
#include <QClipboard>
#include <QHostInfo>
#include <QLabel>
#include <QNetworkInterface>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace RelayDesk {

AppConfigPanel::AppConfigPanel(QString dataDir, QWidget* parent)
    : QGroupBox(tr("Configure your application"), parent), m_dataDir(std::move(dataDir))
{
    m_runner = new QueryRunner(QStringLiteral("app-config"), m_dataDir, this);
    m_body = new QLabel(this);
    m_body->setObjectName(QStringLiteral("appConfig"));
    m_body->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_body->setWordWrap(true);
    m_copy = new QPushButton(QIcon(QStringLiteral(":/icons/copy.svg")), tr("Copy settings"), this);
    m_copy->setObjectName(QStringLiteral("copySettings"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_body);
    layout->addWidget(m_copy, 0, Qt::AlignLeft);
    connect(m_copy, &QPushButton::clicked, this, [this]() { QApplication::clipboard()->setText(m_plain); });
    setAgent(QString(), QString());
}

QString AppConfigPanel::text() const
{
    return m_plain;
}

void AppConfigPanel::setAgent(const QString& agentName, const QString& username, const AgentAccess& access)
{
    const quint64 generation = ++m_generation;
    if (agentName.isEmpty()) {
        m_plain.clear();
        m_copy->setEnabled(false); // nothing to copy: it would empty the clipboard
        m_body->setText(tr("Select a Mail Agent to see the settings for its applications."));
        Q_EMIT textChanged();
        return;
    }
    m_runner->run<Endpoints>(
        this, [dataDir = m_dataDir]() { return readEndpoints(dataDir); },
        [this, generation, username, access](Endpoints endpoints) {
            if (generation == m_generation)
                showEndpoints(username, access, endpoints);
        });
}

void AppConfigPanel::setUnreadable(const QString& agentName, const QString& error)
{
    ++m_generation; // a read of the endpoints under way is not shown over this
    ++m_generation; // a host name lookup under way no longer adds to this text
    m_plain.clear();
    m_copy->setEnabled(false);
    m_body->setText(tr("The settings for the applications of %1 cannot be shown now: %2")
                        .arg(agentName, StoreErrorText::of(error)));
    Q_EMIT textChanged();
}

AppConfigPanel::Endpoints AppConfigPanel::readEndpoints(const QString& dataDir)
{
    const SettingsAdmin settings(dataDir);
    auto port = [&settings](const char* key) {
        const auto parsed = HostPort::parse(settings.value(QString::fromLatin1(key)));
        return parsed ? QString::number(parsed->port) : QStringLiteral("?");
    };
    // A listener switched off is not handed out: an application set up from it got "connection refused" (an
    // outside tester).
    auto enabled = [&settings](const char* key) {
        const QString value = settings.value(QString::fromLatin1(key)).trimmed().toLower();
        return value != QLatin1String("false") && value != QLatin1String("0");
    };
    Endpoints endpoints;
    endpoints.host = settings.value(QStringLiteral("server.hostname"));
    if (enabled("listener.submission.enabled"))
        endpoints.submissionPort = port("listener.submission.address");
    if (enabled("listener.smtps.enabled"))
        endpoints.smtpsPort = port("listener.smtps.address");
    if (enabled("listener.lan.enabled"))
        endpoints.lanPort = port("listener.lan.address");
    endpoints.ownCertificate = settings.value(QStringLiteral("tls.certificate")).isEmpty();
    if (const auto pem = CertificateAdmin(dataDir).certificatePem(); pem) {
        if (const QList<QSslCertificate> chain = QSslCertificate::fromData(pem.value()); !chain.isEmpty())
            endpoints.certificate = chain.first();
    }
    // As Settings, Security says it (QSslCertificate::isSelfSigned() also asks for a CA's key usage).
    const auto described = CertificateAdmin(dataDir).current();
    endpoints.selfSigned = endpoints.ownCertificate || (described && described->selfSigned);
    // The listener other computers reach: submission's, or the LAN relay's that devices send to (a device
    // agent's settings named the short host name of a relay whose LAN listener takes the network).
    auto network = HostPort::parse(settings.value(QStringLiteral("listener.submission.address")));
    if (!network || network->address.isLoopback())
        network = HostPort::parse(settings.value(QStringLiteral("listener.lan.address")));
    endpoints.fromNetwork = network && !network->address.isLoopback();
    endpoints.onlyThisComputer = true;
    QStringList loopbackListeners;
    for (const char* name : {"submission", "smtps", "lan"}) {
        const QString key = QStringLiteral("listener.%1.").arg(QLatin1String(name));
        const auto listening = HostPort::parse(settings.value(key + QStringLiteral("address")));
        if (!enabled(qPrintable(key + QStringLiteral("enabled"))) || !listening)
            continue;
        if (!listening->address.isLoopback()) {
            endpoints.onlyThisComputer = false;
            continue;
        }
        loopbackListeners << QLatin1String(name);
        if (endpoints.loopbackAddress.isEmpty())
            endpoints.loopbackAddress = listening->address.toString();
    }
    if (!endpoints.onlyThisComputer) {
        endpoints.submissionHereOnly = loopbackListeners.contains(QLatin1String("submission"));
        endpoints.smtpsHereOnly = loopbackListeners.contains(QLatin1String("smtps"));
        endpoints.lanHereOnly = loopbackListeners.contains(QLatin1String("lan"));
    }
    if (endpoints.fromNetwork) {
        const QHostAddress listening = network->address;
        if (listening != QHostAddress::Any && listening != QHostAddress::AnyIPv4 &&
            listening != QHostAddress::AnyIPv6) {
            endpoints.ownAddress = listening.toString();
        } else {
            // The first address of an interface that is up (IPv4 first: what office devices mostly use).
            for (const QHostAddress& address : QNetworkInterface::allAddresses()) {
                if (address.isLoopback() || address.isLinkLocal() || address.isMulticast())
                    continue;
                if (endpoints.ownAddress.isEmpty() ||
                    (address.protocol() == QAbstractSocket::IPv4Protocol &&
                     QHostAddress(endpoints.ownAddress).protocol() != QAbstractSocket::IPv4Protocol))
                    endpoints.ownAddress = address.toString();
            }
        }
        if (!endpoints.host.contains(QLatin1Char('.')))
            endpoints.networkAddress = endpoints.ownAddress;
    }
    return endpoints;
}

QString AppConfigPanel::senderLine(const AgentAccess& access)
{
    if (access.anySender)
        return tr("Sender address (envelope and From: header): any; this agent may send as anyone");
    if (access.senders.isEmpty())
        return tr("Sender address (envelope and From: header): none is allowed yet; add the agent's sender "
                  "domains (Sender domains tab), or every message is refused");
    QStringList shown;
    for (const QString& entry : access.senders)
        shown << (entry.contains(QLatin1Char('@')) ? entry : tr("an address at %1").arg(entry));
    return tr("Sender address (envelope and From: header): %1").arg(shown.join(tr(", or ")));
}

void AppConfigPanel::showEndpoints(const QString& username, const AgentAccess& access,
                                   const Endpoints& endpoints)
{
    // A short host name ("vm") is found only on this computer: other computers get its address (an outside
    // tester was told to enter "Server vm" into applications elsewhere).
    const bool useAddress = !endpoints.networkAddress.isEmpty();
    const QString host = useAddress ? endpoints.networkAddress : endpoints.host;
    // Never a revoked username: it would only fail at the application's first login.
    const QString user =
        username.isEmpty() ? tr("none: this agent has no active credential, generate one first") : username;
    // A device agent (trusted devices, nobody may log in) sends on the LAN relay port without a password: the
    // login settings alone sent an outside tester to generate a credential that could never work.
    const bool devices = !access.trustedDevices.isEmpty();
    const bool logins = access.mayLogIn || !devices;
    const QString deviceList = access.trustedDevices.join(QStringLiteral(", "));
    QStringList lines = {tr("SMTP server: %1").arg(host)};
    const bool submission = !endpoints.submissionPort.isEmpty();
    const bool smtps = !endpoints.smtpsPort.isEmpty();
    const QString ports =
        submission && smtps ? tr("Port %1 with STARTTLS (submission), or port %2 with SSL/TLS (implicit TLS)")
                                  .arg(endpoints.submissionPort, endpoints.smtpsPort)
        : submission ? tr("Port %1 with STARTTLS (submission; the SSL/TLS port is switched off)")
                           .arg(endpoints.submissionPort)
        : smtps ? tr("Port %1 with SSL/TLS (implicit TLS; the submission port is switched off)")
                      .arg(endpoints.smtpsPort)
                : tr("No port for applications: the submission and SSL/TLS ports are both switched off "
                     "(Settings, Listeners)");
    // A port of a listener on a loopback address, beside one that takes the network: not for other computers.
    const auto hereOnly = [](const QString& port) {
        return tr("Port %1 takes connections from this computer only: applications on other computers cannot "
                  "use it until its listener's address is this computer's network address (Settings, "
                  "Listeners).")
            .arg(port);
    };
    QStringList hereOnlyNotes;
    if (logins && submission && endpoints.submissionHereOnly)
        hereOnlyNotes << hereOnly(endpoints.submissionPort);
    if (logins && smtps && endpoints.smtpsHereOnly)
        hereOnlyNotes << hereOnly(endpoints.smtpsPort);
    if (devices && !endpoints.lanPort.isEmpty() && endpoints.lanHereOnly)
        hereOnlyNotes << hereOnly(endpoints.lanPort);
    if (logins)
        lines << ports << tr("Authentication: normal password (PLAIN or LOGIN)")
              << tr("Username: %1").arg(user)
              << tr("Password: the one shown when the credential was generated");
    const QString noLogin = !access.mayLogIn && logins
                                ? tr("No address may log in yet: add the applications' addresses to the "
                                     "agent's allowed addresses (Edit...).")
                                : QString();
    if (!noLogin.isEmpty())
        lines << noLogin;
    // What the application or device must send as: the setting a device most often gets wrong, missing from
    // the copied settings an outside tester pasted into a scanner's manual page.
    lines << senderLine(access);
    if (devices)
        lines << (endpoints.lanPort.isEmpty()
                      ? tr("Devices at %1: none can send now, the LAN relay port is switched off (Settings, "
                           "Listeners)")
                            .arg(deviceList)
                      : tr("Devices at %1: port %2 (LAN relay), no authentication, no encryption needed")
                            .arg(deviceList, endpoints.lanPort));
    const QString addressNote =
        useAddress
            ? tr("%1 is this computer's network address: the host name %2 is not a full name, so other "
                 "computers cannot look it up. A full name (Settings, Listeners, Host name) also lets "
                 "applications check the relay's certificate.")
                  .arg(host, endpoints.host)
            : QString();
    // An application told to use a name the certificate does not name refuses the relay as soon as it checks
    // the certificate (an outside tester's panel said "vm" beside a certificate for relay.office.test).
    m_certificate = endpoints.certificate;
    m_unnamedNote = unnamedNote(host);
    const bool named = m_unnamedNote.isEmpty();
    m_plain = lines.join(QLatin1Char('\n'));
    m_copy->setEnabled(true);
    QString html = QStringLiteral("<table cellspacing=\"4\">");
    QStringList labels = {tr("Host")};
    QStringList values = {host};
    QList<bool> marked = {endpoints.onlyThisComputer};
    if (logins) {
        if (submission) {
            labels << tr("Port (STARTTLS)");
            values << endpoints.submissionPort;
            marked << endpoints.submissionHereOnly;
        }
        if (smtps) {
            labels << tr("Port (SSL/TLS)");
            values << endpoints.smtpsPort;
            marked << endpoints.smtpsHereOnly;
        }
        labels << tr("Username");
        values << user;
        marked << false;
    }
    if (devices) {
        if (!endpoints.lanPort.isEmpty()) {
            labels << tr("Port (LAN relay, no login)");
            values << endpoints.lanPort;
            marked << endpoints.lanHereOnly;
        }
        labels << tr("Devices");
        values << deviceList;
        marked << false;
    }
    for (int i = 0; i < labels.size(); ++i) {
        QString note =
            marked[i] ? QStringLiteral(" ") + tr("(from this computer only now)").toHtmlEscaped() : QString();
        if (i == 0 && !named) // the host: a word beside it, the sentence in the tooltip and the copied text
            note += QStringLiteral(" ") + tr("(not named by the certificate)").toHtmlEscaped();
        html += QStringLiteral("<tr><td>%1</td><td><tt><b>%2</b></tt>%3</td></tr>")
                    .arg(labels[i].toHtmlEscaped(), values[i].toHtmlEscaped(), note);
    }
    html += QStringLiteral("</table>");
    if (logins && submission && smtps)
        html += QStringLiteral("<p>%1</p>")
                    .arg(tr("Use STARTTLS on the submission port or implicit TLS on the SSL/TLS port; "
                            "the relay offers login only over an encrypted connection.")
                             .toHtmlEscaped());
    else if (logins)
        html += QStringLiteral("<p>%1</p>").arg(ports.toHtmlEscaped());
    if (!noLogin.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(noLogin.toHtmlEscaped());
    if (devices)
        html += QStringLiteral("<p>%1</p>")
                    .arg((endpoints.lanPort.isEmpty() ? lines.last()
                                                      : tr("The devices listed send to the LAN relay port "
                                                           "without a login; mail from any other address is "
                                                           "refused there."))
                             .toHtmlEscaped());
    // The settings handed to the office's other computers, while the relay listens on this computer only
    // (the first start's loopback defaults): nothing said so (an outside tester).
    if (endpoints.onlyThisComputer) {
        const QString local =
            tr("The relay takes connections from this computer only (its listeners are on a "
               "loopback address): applications on other computers reach it once a "
               "listener's address is this computer's network address (Settings, "
               "Listeners).");
        // In the copied text in full; in the box a word beside the host (the whole sentence did not fit at
        // 1024x700), with the sentence as the box's tooltip.
        m_plain += QLatin1Char('\n') + local;
        m_body->setToolTip(local);
    } else {
        m_body->setToolTip(QString());
    }
    for (const QString& note : std::as_const(hereOnlyNotes)) {
        m_plain += QLatin1Char('\n') + note;
        html += QStringLiteral("<p>%1</p>").arg(note.toHtmlEscaped());
    }
    if (!addressNote.isEmpty()) {
        m_plain += QLatin1Char('\n') + addressNote;
        html += QStringLiteral("<p>%1</p>").arg(addressNote.toHtmlEscaped());
    }
    // The copied settings failed at the first try in msmtp ("The certificate is NOT trusted"): nothing said
    // that the relay's certificate is its own (an outside tester).
    // An imported self-signed certificate needs the same (a second tester's hint went with the import).
    if (logins && endpoints.selfSigned) {
        const QString certificateNote =
            endpoints.ownCertificate ? tr("Certificate: the relay's own (self-signed). Applications that "
                                          "check certificates refuse "
                                          "it until they are given it: save it with Settings, Security, "
                                          "\"Save certificate...\" and "
                                          "give the file to the application (in msmtp: tls_trust_file).")
                                     : tr("Certificate: self-signed. Applications that check certificates "
                                          "refuse it until they are "
                                          "given it: save it with Settings, Security, \"Save "
                                          "certificate...\" and give the file to "
                                          "the application (in msmtp: tls_trust_file).");
        m_plain += QLatin1Char('\n') + certificateNote;
        html += QStringLiteral("<p>%1</p>").arg(certificateNote.toHtmlEscaped());
    }
    if (!m_unnamedNote.isEmpty()) {
        m_plain += QLatin1Char('\n') + m_unnamedNote;
        m_body->setToolTip(m_body->toolTip().isEmpty()
                               ? m_unnamedNote
                               : m_body->toolTip() + QLatin1Char('\n') + m_unnamedNote);
    }
    m_html = html;
    m_body->setText(html);
    Q_EMIT textChanged();
    if (!useAddress)
        checkHostResolves(endpoints);
}

QString AppConfigPanel::unnamedNote(const QString& host) const
{
    const bool named =
        m_certificate.isNull() ||
        (QHostAddress(host).isNull() ? CertificateNames::namesHost(m_certificate, host)
                                     : CertificateNames::unnamed(m_certificate, {host}).isEmpty());
    if (named)
        return {};
    return tr("The relay's certificate does not name %1 (it names %2): applications that check the server's "
              "certificate refuse the relay. Give them one of those names as the server, or change the host "
              "name (Settings, Listeners, Host name) or the certificate (Settings, Security).")
        .arg(host, CertificateNames::of(m_certificate).join(QStringLiteral(", ")));
}

void AppConfigPanel::checkHostResolves(const Endpoints& endpoints)
{
    if (endpoints.onlyThisComputer && !endpoints.loopbackAddress.isEmpty() && !endpoints.host.isEmpty())
        return checkHostReachesLoopback(endpoints.host, endpoints.loopbackAddress);
    if (!endpoints.fromNetwork || !endpoints.host.contains(QLatin1Char('.')))
        return;
    // A full name this computer cannot look up was handed to applications without a word (an outside
    // tester typed relay.office.lan into the wizard; every application then failed at "host not found").
    const quint64 generation = m_generation;
    const QString host = endpoints.host;
    const QString address = endpoints.ownAddress;
    QHostInfo::lookupHost(host, this, [this, generation, host, address](const QHostInfo& info) {
        if (generation != m_generation || (info.error() == QHostInfo::NoError && !info.addresses().isEmpty()))
            return;
        const QString note =
            address.isEmpty()
                ? tr("The host name %1 does not resolve on this computer: applications cannot reach the "
                     "relay "
                     "by it until the office's DNS knows it (Settings, Listeners, Host name).")
                      .arg(host)
                : tr("The host name %1 does not resolve on this computer: applications cannot reach the "
                     "relay "
                     "by it until the office's DNS knows it with this computer's address %2. Until then give "
                     "them %2 as the server (they then cannot check the relay's certificate by name), or "
                     "change the name in Settings, Listeners, Host name.")
                      .arg(host, address);
        m_plain += QLatin1Char('\n') + note;
        m_html += QStringLiteral("<p>%1</p>").arg(note.toHtmlEscaped());
        m_body->setText(m_html);
        Q_EMIT textChanged();
    });
}

void AppConfigPanel::checkHostReachesLoopback(const QString& host, const QString& loopback)
{
    // Listeners on a loopback address only: the host name handed out must lead there. relay.office.example
    // resolved nowhere, and msmtp on this computer failed at "cannot locate host" (an outside tester).
    const quint64 generation = m_generation;
    QHostInfo::lookupHost(host, this, [this, generation, host, loopback](const QHostInfo& info) {
        if (generation != m_generation)
            return;
        const QList<QHostAddress> addresses =
            info.error() == QHostInfo::NoError ? info.addresses() : QList<QHostAddress>();
        if (std::any_of(addresses.cbegin(), addresses.cend(),
                        [](const QHostAddress& address) { return address.isLoopback(); }))
            return;
        // The address that works takes the name's place; the sentence goes into the copied text and the
        // tooltip (one more paragraph did not fit the box at 1024x700).
        const QString note =
            tr("The host name %1 does not lead to this computer's loopback address, where the relay listens "
               "now: applications on this computer are given %2 as the server until a listener takes the "
               "network (Settings, Listeners).")
                .arg(host, loopback);
        const QString named = tr("SMTP server: %1").arg(host);
        if (m_plain.startsWith(named))
            m_plain.replace(0, named.size(), tr("SMTP server: %1").arg(loopback));
        m_plain += QLatin1Char('\n') + note;
        const QString shownHost = QStringLiteral("<tt><b>%1</b></tt>").arg(host.toHtmlEscaped());
        const qsizetype at = m_html.indexOf(shownHost);
        if (at >= 0)
            m_html.replace(at, shownHost.size(),
                           QStringLiteral("<tt><b>%1</b></tt>").arg(loopback.toHtmlEscaped()));
        // The certificate's note is about the server the text gives, now the address (a second tester's text
        // gave 127.0.0.1 and warned that the certificate did not name the host name).
        if (const QString now = unnamedNote(loopback); now != m_unnamedNote) {
            if (!m_unnamedNote.isEmpty())
                m_plain.remove(QLatin1Char('\n') + m_unnamedNote);
            if (now.isEmpty())
                m_html.remove(QLatin1Char(' ') + tr("(not named by the certificate)").toHtmlEscaped());
            else
                m_plain += QLatin1Char('\n') + now;
            QStringList tips = m_body->toolTip().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
            tips.removeAll(m_unnamedNote);
            if (!now.isEmpty())
                tips << now;
            m_body->setToolTip(tips.join(QLatin1Char('\n')));
            m_unnamedNote = now;
        }
        m_body->setText(m_html);
        m_body->setToolTip(m_body->toolTip().isEmpty() ? note : m_body->toolTip() + QLatin1Char('\n') + note);
        Q_EMIT textChanged();
    });
}

} // namespace RelayDesk

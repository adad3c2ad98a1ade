#include "ui/wizarddeliverypage.h"

#include "core/admin/routeadmin.h"
#include "core/admin/settingsadmin.h"
#include "core/util/hostandport.h"
#include "ui/queryrunner.h"
#include "ui/settingcatalog.h"
#include "ui/smarthostpreset.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QVBoxLayout>

namespace RelayDesk {

namespace {

const QString deliveryKey = QStringLiteral("delivery.enabled");

struct Stored
{
    Expected<SmarthostConfig> smarthost;
    bool deliveryEnabled = true;
};

} // namespace

WizardDeliveryPage::WizardDeliveryPage(QString dataDir, QWidget* parent)
    : WizardStep(parent), m_dataDir(std::move(dataDir))
{
    setObjectName(QStringLiteral("wizardDelivery"));
    setTitle(tr("How mail leaves"));
    setIntroduction(tr("RelayDesk can hand each message straight to the recipients' mail servers, or pass "
                       "everything to a mail service (a smarthost) that sends it on."));
    m_runner = new QueryRunner(QStringLiteral("wizard-delivery"), m_dataDir, this);
    m_mx = new QRadioButton(tr("Directly to the recipients' mail servers (MX)"), this);
    m_mx->setObjectName(QStringLiteral("deliverByMx"));
    auto* mxNote = new QLabel(tr("Needs outgoing port 25, which many internet providers block; receivers "
                                 "may distrust mail from an office connection."),
                              this);
    mxNote->setWordWrap(true);
    mxNote->setIndent(24);
    m_smarthost = new QRadioButton(tr("Through a smarthost (a mail service such as ZeptoMail)"), this);
    m_smarthost->setObjectName(QStringLiteral("deliverBySmarthost"));
    auto* group = new QButtonGroup(this);
    group->addButton(m_mx);
    group->addButton(m_smarthost);
    m_mx->setChecked(true);

    m_presets = new QComboBox(this);
    m_presets->setObjectName(QStringLiteral("smarthostPreset"));
    for (const SmarthostPreset& preset : SmarthostPreset::all())
        m_presets->addItem(preset.name);
    m_host = new QLineEdit(this);
    m_host->setObjectName(QStringLiteral("smarthostHost"));
    m_host->setPlaceholderText(tr("host:port, e.g. smtp.example.com:587"));
    m_user = new QLineEdit(this);
    m_user->setObjectName(QStringLiteral("smarthostUser"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("smarthostPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    // The modes of Settings, Delivery, with the names it gives them; automatic keeps what the port implies.
    m_tls = new QComboBox(this);
    m_tls->setObjectName(QStringLiteral("smarthostTls"));
    m_tls->addItem(tr("Automatic (TLS from the start on port 465, STARTTLS otherwise)"), QString());
    for (const char* mode : {"starttls", "implicit", "opportunistic"})
        m_tls->addItem(
            SettingCatalog::choiceText(QStringLiteral("delivery.smarthost_tls"), QLatin1String(mode)),
            QLatin1String(mode));
    m_tlsNote = new QLabel(this);
    m_tlsNote->setObjectName(QStringLiteral("smarthostTlsNote"));
    m_tlsNote->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("Service:"), m_presets);
    form->addRow(tr("Server:"), m_host);
    form->addRow(tr("Encryption:"), m_tls);
    form->addRow(tr("User name:"), m_user);
    form->addRow(tr("Password:"), m_password);
    form->addRow(m_tlsNote);
    // Off, delivery was turned off on purpose (an outside tester's Next turned on delivery to the internet
    // while looking at the steps): it goes on only when the person says so.
    m_deliveryOff = new QLabel(tr("Delivery is turned off now: every message is held in the queue."), this);
    m_deliveryOff->setWordWrap(true);
    m_deliveryOff->hide();
    m_turnOn = new QCheckBox(tr("Turn delivery on"), this);
    m_turnOn->setObjectName(QStringLiteral("turnDeliveryOn"));
    m_turnOn->hide();

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(introductionLabel());
    layout->addWidget(m_mx);
    layout->addWidget(mxNote);
    layout->addWidget(m_smarthost);
    layout->addLayout(form);
    layout->addWidget(m_deliveryOff);
    layout->addWidget(m_turnOn);
    layout->addStretch();
    layout->addWidget(errorLabel());

    connect(m_presets, &QComboBox::activated, this, &WizardDeliveryPage::applyPreset);
    connect(m_smarthost, &QRadioButton::toggled, this, &WizardDeliveryPage::updateEnabled);
    connect(m_smarthost, &QRadioButton::toggled, this, &WizardDeliveryPage::clearError);
    for (QLineEdit* field : {m_host, m_user, m_password})
        connect(field, &QLineEdit::textChanged, this, &WizardDeliveryPage::clearError);
    connect(m_tls, &QComboBox::currentIndexChanged, this, &WizardDeliveryPage::updateTlsNote);
    connect(m_user, &QLineEdit::textChanged, this, &WizardDeliveryPage::updateTlsNote);
    updateEnabled();
    updateTlsNote();
}

void WizardDeliveryPage::updateTlsNote()
{
    // With a user name every mode is verified TLS (RouteTable::routeOf): "if offered" only helps a server
    // without a login.
    const bool opportunistic = m_tls->currentData().toString() == QLatin1String("opportunistic");
    m_tlsNote->setText(
        opportunistic && m_user->text().trimmed().isEmpty()
            ? tr("Without TLS when the server offers none, as an office server may: no password is sent.")
            : tr("TLS is required: RelayDesk sends the password only over an encrypted connection to a "
                 "server "
                 "whose certificate it verified."));
}

void WizardDeliveryPage::initializePage()
{
    m_runner->run<Stored>(
        this,
        [dataDir = m_dataDir]() {
            return Stored{RouteAdmin(dataDir).smarthost(),
                          SettingsAdmin(dataDir).value(deliveryKey) == QLatin1String("true")};
        },
        [this](Stored stored) {
            m_stored = stored.smarthost ? stored.smarthost.value() : SmarthostConfig();
            m_deliveryEnabled = stored.deliveryEnabled;
            m_deliveryOff->setVisible(!m_deliveryEnabled);
            m_turnOn->setVisible(!m_deliveryEnabled);
            if (!m_stored.host.isEmpty()) {
                m_smarthost->setChecked(true);
                m_host->setText(QStringLiteral("%1:%2").arg(m_stored.host).arg(m_stored.port));
                m_user->setText(QString::fromUtf8(m_stored.username));
                m_tls->setCurrentIndex(std::max(0, m_tls->findData(RouteAdmin::tlsName(m_stored.tls))));
                if (!m_stored.password.isEmpty())
                    m_password->setPlaceholderText(tr("(stored; type to replace)"));
                if (const int preset = SmarthostPreset::indexOf(m_stored.host, m_stored.port); preset >= 0)
                    m_presets->setCurrentIndex(preset);
            } else if (m_host->text().isEmpty()) {
                // The preset the combo box shows is the one Next uses, not an empty server.
                showPreset(m_presets->currentIndex());
            }
            Q_EMIT loaded();
        });
}

void WizardDeliveryPage::applyPreset(int index)
{
    m_smarthost->setChecked(true);
    showPreset(index);
    if (SmarthostPreset::all().value(index).host.isEmpty())
        m_host->setFocus();
}

void WizardDeliveryPage::showPreset(int index)
{
    const SmarthostPreset preset = SmarthostPreset::all().value(index);
    m_host->setText(preset.host.isEmpty() ? QString()
                                          : QStringLiteral("%1:%2").arg(preset.hostFor({})).arg(preset.port));
    m_user->setPlaceholderText(preset.userHint);
}

void WizardDeliveryPage::updateEnabled()
{
    const bool smarthost = m_smarthost->isChecked();
    for (QWidget* field :
         {static_cast<QWidget*>(m_presets), static_cast<QWidget*>(m_host), static_cast<QWidget*>(m_tls),
          static_cast<QWidget*>(m_user), static_cast<QWidget*>(m_password)})
        field->setEnabled(smarthost);
}

WizardStep::Save WizardDeliveryPage::startSave()
{
    const bool turnOn = !m_deliveryEnabled && m_turnOn->isChecked();
    if (m_mx->isChecked()) {
        const bool clear = !m_stored.host.isEmpty();
        if (!clear && !turnOn)
            return Save::Nothing;
        m_runner->run<Status>(
            this,
            [dataDir = m_dataDir, clear, turnOn]() {
                if (clear) {
                    if (Status status = RouteAdmin(dataDir).clearSmarthost(); !status)
                        return status;
                }
                return turnOn ? SettingsAdmin(dataDir).set(deliveryKey, QStringLiteral("true")) : Status();
            },
            [this, turnOn](Status status) {
                if (status) {
                    m_stored = SmarthostConfig();
                    m_deliveryEnabled = m_deliveryEnabled || turnOn;
                }
                finishSave(status ? QString() : SettingCatalog::humanError(status.error()));
            });
        return Save::Started;
    }

    const auto server = HostAndPort::parse(m_host->text().trimmed(), 587);
    if (m_host->text().trimmed().isEmpty() || !server) {
        showError(tr("Enter the smarthost as host:port, e.g. smtp.zeptomail.com:587%1")
                      .arg(server ? QString() : QStringLiteral(" (%1)").arg(server.error())));
        return Save::Refused;
    }
    const bool sameServer = server->host == m_stored.host && server->port == m_stored.port;
    // Nothing typed differs from what is stored: nothing is written (a setting made elsewhere, such as
    // opportunistic TLS for an office server, stays as it is).
    // "Automatic" is the port's mode (RFC 8314: TLS from the first byte on 465, STARTTLS elsewhere), whatever
    // was stored: an outside tester chose it over a stored "if offered", and the stored mode stayed. The page
    // opens on the stored mode, so an untouched choice keeps it.
    const QString chosen = m_tls->currentData().toString();
    const QString tls = !chosen.isEmpty()     ? chosen
                        : server->port == 465 ? QStringLiteral("implicit")
                                              : QStringLiteral("starttls");
    if (sameServer && m_user->text().trimmed().toUtf8() == m_stored.username &&
        m_password->text().isEmpty() && !turnOn && tls == RouteAdmin::tlsName(m_stored.tls))
        return Save::Nothing;
    SmarthostSettings settings;
    settings.host = server->host;
    settings.port = server->port;
    settings.tls = tls;
    settings.username = m_user->text().trimmed();
    settings.password = m_password->text().toUtf8();
    // An untouched password field keeps the stored password of the same host and user.
    if (settings.password.isEmpty() && settings.host == m_stored.host &&
        settings.username.toUtf8() == m_stored.username)
        settings.password = m_stored.password;
    // The same server keeps how its certificate is verified (a CA file, a pin; set on the Settings page);
    // another one, even on another port of the same host, is verified (Settings::exceptionsEndedBy).
    if (sameServer) {
        if (m_stored.trust.mode == PeerTrust::Mode::CaFile)
            settings.caFile = m_stored.trust.caFile;
        else if (m_stored.trust.mode == PeerTrust::Mode::Fingerprint)
            settings.fingerprint = PeerTrust::fingerprintText(m_stored.trust.sha256);
        else
            settings.insecureSkipVerify = m_stored.trust.mode == PeerTrust::Mode::Insecure;
    }
    m_runner->run<Status>(
        this,
        [dataDir = m_dataDir, settings, turnOn]() {
            if (Status status = RouteAdmin(dataDir).setSmarthost(settings); !status)
                return status;
            return turnOn ? SettingsAdmin(dataDir).set(deliveryKey, QStringLiteral("true")) : Status();
        },
        [this, settings, turnOn](Status status) {
            if (status) {
                m_stored.host = settings.host;
                m_stored.port = settings.port;
                m_stored.username = settings.username.toUtf8();
                m_stored.password = settings.password;
                m_stored.trust = settings.trust().ok() ? settings.trust().value() : PeerTrust();
                m_deliveryEnabled = m_deliveryEnabled || turnOn;
            }
            finishSave(status ? QString() : SettingCatalog::humanError(status.error()));
        });
    return Save::Started;
}

} // namespace RelayDesk

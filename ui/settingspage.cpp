#include "ui/settingspage.h"
#include "ui/confirmation.h"

#include "core/admin/queueadmin.h"
#include "core/admin/routeadmin.h"
#include "core/admin/settingsadmin.h"
#include "core/store/settingorder.h"
#include "core/util/clock.h"
#include "core/util/hostandport.h"
#include "core/util/serviceaccess.h"
#include "ui/backuppanel.h"
#include "ui/certificatepanel.h"
#include "ui/closeactionbox.h"
#include "ui/connectiontestdialog.h"
#include "ui/durationtext.h"
#include "ui/expirydate.h"
#include "ui/listenerdownnotice.h"
#include "ui/livefeed.h"
#include "ui/liverefresh.h"
#include "ui/mtastspanel.h"
#include "ui/queryrunner.h"
#include "ui/restartbanner.h"
#include "ui/routeseditor.h"
#include "ui/settingcatalog.h"
#include "ui/settingfield.h"
#include "ui/settingssave.h"
#include "ui/smarthostpreset.h"
#include "ui/statustray.h"
#include "ui/storeerrortext.h"
#include "ui/wheelguard.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QShortcut>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace RelayDesk {

namespace {

/// Not a setting: whether smarthost.secret holds a password, read with the settings.
const QString passwordStoredKey = QStringLiteral("#smarthost_password_stored");

Expected<QMap<QString, QString>> readAll(const QString& dataDir)
{
    QMap<QString, QString> values;
    // Not the defaults in place of settings that cannot be read: shown, they looked like the relay's, and a
    // save would have written them (an outside tester, while PostgreSQL was away).
    const auto settings = SettingsAdmin(dataDir).list();
    if (!settings)
        return Expected<QMap<QString, QString>>::failure(settings.error());
    for (const SettingInfo& setting : settings.value())
        values.insert(setting.key, setting.value);
    const auto smarthost = RouteAdmin(dataDir).smarthost();
    values.insert(passwordStoredKey,
                  smarthost && !smarthost->password.isEmpty() ? QStringLiteral("1") : QStringLiteral("0"));
    return values;
}

QString sectionOf(const QString& key)
{
    for (const SettingText& text : SettingCatalog::fields()) {
        if (text.key == key)
            return text.section;
    }
    return {};
}

} // namespace

SettingsPage::SettingsPage(QString dataDir, QWidget* parent) : QWidget(parent), m_dataDir(std::move(dataDir))
{
    m_banner = new RestartBanner(this);
    connect(m_banner, &RestartBanner::restartRequested, this, &SettingsPage::restartRequested);
    m_listenerNotice = new ListenerDownNotice(this);
    m_tabs = new QTabWidget(this);
    for (SettingsTab tab : {SettingsTab::Listeners, SettingsTab::Security, SettingsTab::Delivery,
                            SettingsTab::Retention, SettingsTab::Desktop}) {
        auto* scroll = new QScrollArea(m_tabs);
        scroll->setWidgetResizable(true);
        scroll->setFrameShape(QFrame::NoFrame);
        auto* page = new QWidget(scroll);
        new QVBoxLayout(page);
        scroll->setWidget(page);
        m_tabs->addTab(scroll, SettingCatalog::tabTitle(tab));
        m_pages.insert(tab, page);
    }
    m_runner = new QueryRunner(QStringLiteral("settings"), m_dataDir, this);
    buildCertificate();
    buildFields();
    buildSmarthostPassword();
    buildSmarthostPresets();
    buildDesktop();
    buildBackup();
    // Read-only: the MTA-STS policies cached for recipient domains (docs/operations.md, "MTA-STS").
    auto* mtaSts = new QGroupBox(tr("MTA-STS policies of recipient domains"), this);
    (new QVBoxLayout(mtaSts))->addWidget(new MtaStsPanel(m_dataDir, mtaSts));
    static_cast<QVBoxLayout*>(m_pages.value(SettingsTab::Delivery)->layout())->addWidget(mtaSts);
    for (QWidget* page : std::as_const(m_pages))
        static_cast<QVBoxLayout*>(page->layout())->addStretch(1);
    // The page is long: a wheel turn scrolls it, and changes a field only once the field has the focus.
    new WheelGuard(m_tabs);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("settingsStatus"));
    m_status->setWordWrap(true);
    auto* saveButton = new QPushButton(tr("Save"), this);
    saveButton->setObjectName(QStringLiteral("saveSettings"));
    // Not drawn as a dialog's default: Enter in a field does not save here (an outside tester pressed it and
    // nothing happened); Ctrl+S does.
    saveButton->setToolTip(tr("Save the changed settings (%1)")
                               .arg(QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText)));
    auto* saveKey = new QShortcut(QKeySequence::Save, this);
    saveKey->setContext(Qt::WidgetWithChildrenShortcut);
    // The focus leaves the field first, as a click takes it: the field takes (or refuses) what was typed.
    connect(saveKey, &QShortcut::activated, saveButton, [saveButton]() {
        saveButton->setFocus(Qt::ShortcutFocusReason);
        saveButton->click();
    });
    // Says what it does: in German "Zurücksetzen" read as "back to the defaults" (an outside tester).
    auto* revert = new QPushButton(tr("Discard changes"), this);
    revert->setObjectName(QStringLiteral("revertSettings"));
    revert->setToolTip(tr("Show the saved values again and drop the changes"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(revert);
    buttons->addWidget(saveButton);
    // Tab as they stand, "Discard changes" then Save: Save, made first, came first (an outside tester).
    setTabOrder(revert, saveButton);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(m_listenerNotice);
    layout->addWidget(m_tabs, 1);
    // "Certificate installed." under the Delivery tab read as about delivery (an outside tester): a tab's own
    // message gives way to the page's (the changes not saved yet) on another tab.
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (m_statusTabText.isEmpty() || m_status->text() != m_statusTabText)
            return;
        if (QWidget* shown = m_tabs->widget(index); shown && shown->isAncestorOf(m_pages.value(m_statusTab)))
            return;
        m_statusTabText.clear();
        updateStatus();
    });
    layout->addLayout(buttons);
    connect(saveButton, &QPushButton::clicked, this, &SettingsPage::save);
    connect(revert, &QPushButton::clicked, this, [this]() {
        // Edits are work: asked first, Cancel the default (an outside tester's were gone without a word).
        const QStringList changes = unsavedChanges();
        if (!changes.isEmpty() &&
            !Confirmation::ask(this, QStringLiteral("confirmDiscardSettings"), tr("Discard changes"),
                               tr("Drop the changes not saved yet (%1) and show the saved values again?")
                                   .arg(QLocale().createSeparatedList(changes)),
                               tr("Discard")))
            return;
        m_routes->reload();
        load();
    });
    setCertificate({}, {});
    m_live = new LiveRefresh(
        this, [this] { followStore(); }, 1000);
    load();
}

void SettingsPage::setLiveFeed(LiveFeed* feed)
{
    // Any commit may be a setting or a route changed from the command line; a busy relay's commits cost one
    // read of the settings table a second while the page is shown.
    connect(feed, &LiveFeed::storeChanged, this, [this](const StoreChanges& changes) {
        if (changes.written)
            m_live->request();
    });
}

void SettingsPage::followStore()
{
    if (m_busy)
        return;
    // The settings, and whether a smarthost password is stored (set from the command line, the window said
    // "none stored" on: an outside tester).
    struct Followed
    {
        Expected<QList<SettingInfo>> settings;
        bool passwordStored = false;
    };
    m_runner->run<Followed>(
        this,
        [dataDir = m_dataDir]() {
            const auto smarthost = RouteAdmin(dataDir).smarthost();
            return Followed{SettingsAdmin(dataDir).list(), smarthost && !smarthost->password.isEmpty()};
        },
        [this](const Followed& read) {
            const Expected<QList<SettingInfo>>& settings = read.settings;
            // A save or a load started meanwhile shows what it read itself.
            if (!settings || m_busy)
                return;
            // A password being typed, or marked for removal, is left as the person has it.
            if (m_smarthostPassword->text().isEmpty() && !m_forgetPassword->isChecked())
                showPasswordStored(read.passwordStored);
            QStringList followed;
            for (const SettingInfo& setting : settings.value()) {
                SettingField* field = m_fields.value(setting.key);
                if (field && !field->isModified() && field->stored() != setting.value) {
                    field->setStored(setting.value);
                    followed << SettingCatalog::label(setting.key);
                }
            }
            // Only then: the status may be saying "Saved." about this page's own commit. What it said gives
            // way to what changed, named, so that a field that changes under the person's eyes is explained
            // (the line used to go blank).
            if (!followed.isEmpty()) {
                updateInsecureWarning();
                showStoredPreset();
                m_status->setText(withUnsavedNote(
                    tr("Changed elsewhere (the command line or another window), shown here: %1.")
                        .arg(QLocale().createSeparatedList(followed))));
            }
        });
    m_routes->followStore();
}

QFormLayout* SettingsPage::section(SettingsTab tab, const QString& title)
{
    const QString id = QStringLiteral("%1/%2").arg(static_cast<int>(tab)).arg(title);
    if (QFormLayout* form = m_sections.value(id))
        return form;
    QWidget* page = m_pages.value(tab);
    auto* box = new QGroupBox(title, page);
    auto* form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    // A label too long for its column (in a narrow window or a longer language) puts its field below it.
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    page->layout()->addWidget(box);
    m_sections.insert(id, form);
    return form;
}

void SettingsPage::buildCertificate()
{
    QFormLayout* form = section(SettingsTab::Security, tr("TLS certificate"));
    m_certificate = new QLabel(this);
    m_certificate->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_certificate->setWordWrap(true);
    m_certificatePanel = new CertificatePanel(m_dataDir, this);
    form->addRow(tr("In use now:"), m_certificate);
    form->addRow(tr("Configured:"), m_certificatePanel);
    connect(m_certificatePanel, &CertificatePanel::certificateChanged, this, [this]() {
        // A running relay uses it for new connections within a second (docs/operations.md).
        const QString key = QStringLiteral("tls.certificate");
        if (SettingsAdmin::definition(key)->needsRestart)
            m_banner->add({SettingCatalog::label(key)});
        setTabStatus(SettingsTab::Security, tr("Certificate installed."));
    });
    connect(m_certificatePanel, &CertificatePanel::failed, this, [this](const QString& reason) {
        setTabStatus(SettingsTab::Security, tr("Certificate not changed: %1").arg(reason));
    });
    connect(m_certificatePanel, &CertificatePanel::remade, this, [this]() {
        m_status->setText(tr("The relay made its certificate again, to name its new hostname or listener "
                             "address: mail programs that verify the relay need the new one (Save "
                             "certificate... on the Security tab)."));
    });
    connect(m_certificatePanel, &CertificatePanel::saved, this, [this](const QString& path) {
        setTabStatus(SettingsTab::Security, tr("Certificate saved to %1.").arg(path));
    });
    connect(m_certificatePanel, &CertificatePanel::saveFailed, this, [this](const QString& reason) {
        setTabStatus(SettingsTab::Security, tr("Certificate not saved: %1").arg(reason));
    });
}

void SettingsPage::buildFields()
{
    for (const SettingText& text : SettingCatalog::fields()) {
        const auto setting = SettingsAdmin::definition(text.key);
        if (!setting)
            continue;
        auto* field = new SettingField(*setting, text, this);
        m_fields.insert(text.key, field);
        QFormLayout* form = section(text.tab, text.section);
        if (setting->kind == SettingKind::Flag) {
            form->addRow(field);
        } else {
            auto* label = new QLabel(tr("%1:").arg(text.label), this);
            label->setToolTip(text.help);
            label->setBuddy(field->focusProxy() ? field->focusProxy() : field);
            form->addRow(label, field);
        }
        connect(field, &SettingField::edited, this, &SettingsPage::updateStatus);
    }

    // Routes right after the smarthost: both say where mail goes.
    QFormLayout* smarthost = section(SettingsTab::Delivery, sectionOf(QStringLiteral("delivery.smarthost")));
    auto* routesBox = new QGroupBox(tr("Routes for particular domains"), this);
    m_routes = new RoutesEditor(m_dataDir, routesBox);
    (new QVBoxLayout(routesBox))->addWidget(m_routes);
    auto* delivery = static_cast<QVBoxLayout*>(m_pages.value(SettingsTab::Delivery)->layout());
    delivery->insertWidget(delivery->indexOf(smarthost->parentWidget()) + 1, routesBox);
    connect(m_routes, &RoutesEditor::edited, this, &SettingsPage::updateStatus);
}

void SettingsPage::buildSmarthostPassword()
{
    // The password is not a setting: it lives in its own file, readable by the owner only.
    QFormLayout* form = section(SettingsTab::Delivery, sectionOf(QStringLiteral("delivery.smarthost")));
    m_smarthostPassword = new QLineEdit(this);
    m_smarthostPassword->setObjectName(QStringLiteral("smarthostPassword"));
    m_smarthostPassword->setEchoMode(QLineEdit::Password);
    m_smarthostPassword->setPlaceholderText(tr("unchanged"));
    m_forgetPassword = new QCheckBox(tr("Remove the stored password"), this);
    m_forgetPassword->setObjectName(QStringLiteral("forgetSmarthostPassword"));
    form->addRow(tr("Password:"), m_smarthostPassword);
    form->addRow(m_forgetPassword);
    auto* test = new QPushButton(tr("Test connection"), this);
    test->setObjectName(QStringLiteral("testSmarthost"));
    test->setToolTip(tr("Connect to the smarthost as delivery would, log in, and send no mail"));
    form->addRow(QString(), test);
    connect(test, &QPushButton::clicked, this, &SettingsPage::testSmarthost);
    connect(m_smarthostPassword, &QLineEdit::textChanged, this, &SettingsPage::updateStatus);
    connect(m_forgetPassword, &QCheckBox::toggled, m_smarthostPassword, &QWidget::setDisabled);
    connect(m_forgetPassword, &QCheckBox::toggled, this, &SettingsPage::updateStatus);
}

void SettingsPage::buildSmarthostPresets()
{
    QFormLayout* form = section(SettingsTab::Delivery, sectionOf(QStringLiteral("delivery.smarthost")));
    m_presets = new QComboBox(this);
    m_presets->setObjectName(QStringLiteral("smarthostPresetBox"));
    m_presets->setToolTip(tr("Fills in the server, the port and the encryption of a known mail service"));
    m_presets->addItem(tr("Choose a mail service..."));
    for (const SmarthostPreset& preset : SmarthostPreset::all())
        m_presets->addItem(preset.name);
    m_region = new QComboBox(this);
    m_region->setObjectName(QStringLiteral("smarthostRegion"));
    m_region->addItems(SmarthostPreset::regions());
    m_regionLabel = new QLabel(tr("Region:"), this);
    m_regionLabel->setBuddy(m_region);
    auto* presetLabel = new QLabel(tr("Mail service:"), this);
    presetLabel->setBuddy(m_presets);
    form->insertRow(0, presetLabel, m_presets);
    form->insertRow(1, m_regionLabel, m_region);
    m_regionLabel->hide();
    m_region->hide();
    connect(m_presets, &QComboBox::activated, this, &SettingsPage::applyPreset);
    connect(m_region, &QComboBox::activated, this, &SettingsPage::applyPreset);

    // The insecure box in red, with what it means under it; ticking it asks first.
    SettingField* insecure = m_fields.value(QStringLiteral("delivery.smarthost_insecure_skip_verify"));
    if (!insecure || !insecure->checkBox())
        return;
    QPalette red = insecure->checkBox()->palette();
    red.setColor(QPalette::WindowText, QColor(0xc6, 0x28, 0x28));
    red.setColor(QPalette::ButtonText, QColor(0xc6, 0x28, 0x28));
    insecure->checkBox()->setPalette(red);
    m_insecureWarning = new QLabel(
        tr("Warning: the smarthost's certificate is not verified. Anyone on the network path can pose as the "
           "smarthost and receive its password and every message."),
        this);
    m_insecureWarning->setObjectName(QStringLiteral("insecureWarning"));
    m_insecureWarning->setWordWrap(true);
    m_insecureWarning->setPalette(red);
    m_insecureWarning->hide();
    const int row = [&] {
        int at = -1;
        QFormLayout::ItemRole role;
        form->getWidgetPosition(insecure, &at, &role);
        return at;
    }();
    form->insertRow(row + 1, m_insecureWarning);
    connect(insecure->checkBox(), &QCheckBox::clicked, this, &SettingsPage::confirmInsecure);
    connect(insecure, &SettingField::edited, this, &SettingsPage::updateInsecureWarning);
    if (SettingField* host = m_fields.value(QStringLiteral("delivery.smarthost"))) {
        connect(host, &SettingField::edited, this, &SettingsPage::followSmarthostEndpoint);
        if (host->lineEdit()) // edited fires for other kinds of change; the text is what names the server
            connect(host->lineEdit(), &QLineEdit::textChanged, this, &SettingsPage::followSmarthostEndpoint);
    }
    for (const char* key : {"delivery.smarthost", "delivery.smarthost_tls", "delivery.smarthost_username"}) {
        if (SettingField* field = m_fields.value(QLatin1String(key)))
            connect(field, &SettingField::edited, this, &SettingsPage::updateInsecureWarning);
    }
}

void SettingsPage::followSmarthostEndpoint()
{
    SettingField* host = m_fields.value(QStringLiteral("delivery.smarthost"));
    if (!host)
        return;
    // As saving compares them: host and port (another port may be another server).
    const bool storedServer =
        SettingsAdmin::smarthostEndpoint(host->value()) == SettingsAdmin::smarthostEndpoint(host->stored());
    const QString insecureKey = QStringLiteral("delivery.smarthost_insecure_skip_verify");
    const QString pinKey = QStringLiteral("delivery.smarthost_fingerprint");
    for (const QString& key : {insecureKey, pinKey}) {
        SettingField* field = m_fields.value(key);
        if (!field)
            continue;
        const QString ended = key == insecureKey ? QStringLiteral("false") : QString();
        const auto show = [field](const QString& value) {
            if (field->checkBox())
                field->checkBox()->setChecked(value == QLatin1String("true"));
            else if (field->lineEdit())
                field->lineEdit()->setText(value);
        };
        if (!storedServer && !field->isModified() && field->stored() != ended) {
            show(ended);
            m_endedByHost << key;
        } else if (storedServer && m_endedByHost.contains(key) && field->value() == ended) {
            show(field->stored());
            m_endedByHost.removeAll(key);
        }
    }
    updateInsecureWarning();
}

void SettingsPage::showStoredPreset()
{
    // The mail service the stored smarthost is: the box read "Choose a mail service..." beside the server
    // the wizard had set with Generic, as if none were set (an outside tester).
    const SettingField* field = m_fields.value(QStringLiteral("delivery.smarthost"));
    if (field->isModified())
        return; // the person's choice stands until saved or discarded
    const QString stored = field->stored();
    const auto hostPort = HostAndPort::parse(stored, 587);
    const int preset = hostPort ? SmarthostPreset::indexOf(hostPort->host, hostPort->port) : -1;
    m_presets->setCurrentIndex(preset + 1); // the first entry only asks to choose
    const bool regional = preset >= 0 && SmarthostPreset::all().value(preset).regional;
    if (regional) {
        const QString region = hostPort->host.section(QLatin1Char('.'), 1, 1);
        if (const int at = m_region->findText(region); at >= 0)
            m_region->setCurrentIndex(at);
    }
    m_regionLabel->setVisible(regional);
    m_region->setVisible(regional);
}

void SettingsPage::applyPreset()
{
    const int index = m_presets->currentIndex() - 1; // the first entry only asks to choose
    if (index < 0)
        return;
    const SmarthostPreset preset = SmarthostPreset::all().value(index);
    m_regionLabel->setVisible(preset.regional);
    m_region->setVisible(preset.regional);
    SettingField* host = m_fields.value(QStringLiteral("delivery.smarthost"));
    if (preset.host.isEmpty()) { // Generic: the person types host:port
        host->lineEdit()->setFocus();
        return;
    }
    host->lineEdit()->setText(
        QStringLiteral("%1:%2").arg(preset.hostFor(m_region->currentText())).arg(preset.port));
    if (QComboBox* tls = m_fields.value(QStringLiteral("delivery.smarthost_tls"))->choiceBox())
        tls->setCurrentIndex(std::max(0, tls->findData(preset.tls)));
    if (QLineEdit* user = m_fields.value(QStringLiteral("delivery.smarthost_username"))->lineEdit())
        user->setPlaceholderText(preset.userHint);
}

void SettingsPage::confirmInsecure(bool checked)
{
    if (!checked)
        return;
    QCheckBox* box = m_fields.value(QStringLiteral("delivery.smarthost_insecure_skip_verify"))->checkBox();
    auto* question = new QMessageBox(QMessageBox::Warning, tr("Do not verify the smarthost?"),
                                     tr("Without verification, RelayDesk sends the smarthost password and "
                                        "every message to whichever server "
                                        "answers, even one that only pretends to be the smarthost."),
                                     QMessageBox::Yes | QMessageBox::Cancel, this);
    question->setObjectName(QStringLiteral("confirmInsecure"));
    question->setInformativeText(
        tr("Use this only for a test server. A CA file or a pinned certificate keeps "
           "the connection verified."));
    question->button(QMessageBox::Yes)->setText(tr("Do not verify"));
    question->setDefaultButton(QMessageBox::Cancel);
    question->setEscapeButton(QMessageBox::Cancel);
    question->setAttribute(Qt::WA_DeleteOnClose);
    connect(question, &QMessageBox::finished, this, [question, box]() {
        if (question->standardButton(question->clickedButton()) != QMessageBox::Yes)
            box->setChecked(false);
    });
    question->open();
}

void SettingsPage::updateInsecureWarning()
{
    SettingField* insecure = m_fields.value(QStringLiteral("delivery.smarthost_insecure_skip_verify"));
    if (!m_insecureWarning || !insecure || !insecure->checkBox())
        return;
    if (insecure->checkBox()->isChecked()) {
        m_insecureWarning->setText(
            tr("Warning: the smarthost's certificate is not verified. Anyone on the network path can pose as "
               "the smarthost and receive its password and every message."));
        m_insecureWarning->setStyleSheet(QString());
        m_insecureWarning->show();
        return;
    }
    // "STARTTLS if offered" without a user name takes any certificate (nothing secret is sent), as the
    // command line says; the unticked box read as "the certificate is checked" (an outside tester).
    const auto value = [this](const char* key) {
        SettingField* field = m_fields.value(QLatin1String(key));
        return field ? field->value().trimmed() : QString();
    };
    const bool unchecked = !value("delivery.smarthost").isEmpty() &&
                           value("delivery.smarthost_tls") == QLatin1String("opportunistic") &&
                           value("delivery.smarthost_username").isEmpty();
    if (unchecked) {
        m_insecureWarning->setText(tr(
            "Note: with \"STARTTLS if offered\" and no user name the smarthost's certificate is not checked: "
            "mail is encrypted when the smarthost offers STARTTLS, but a server posing as it would get it. "
            "No "
            "password is sent. Choose \"STARTTLS, required\" to have it checked."));
        m_insecureWarning->setStyleSheet(QStringLiteral("color: #b08000;"));
    }
    m_insecureWarning->setVisible(unchecked);
}

void SettingsPage::testSmarthost()
{
    // The fields as they are now, saved or not; the stored password only while none is typed.
    SmarthostSettings pending;
    pending.tls = m_fields.value(QStringLiteral("delivery.smarthost_tls"))->value();
    const QString hostText = m_fields.value(QStringLiteral("delivery.smarthost"))->value().trimmed();
    const auto endpoint = HostAndPort::parse(hostText, pending.tls == QLatin1String("implicit") ? 465 : 587);
    if (endpoint) {
        pending.host = endpoint->host;
        pending.port = endpoint->port;
    }
    pending.username = m_fields.value(QStringLiteral("delivery.smarthost_username"))->value().trimmed();
    pending.password = m_forgetPassword->isChecked() ? QByteArray() : m_smarthostPassword->text().toUtf8();
    const bool useStored = !m_forgetPassword->isChecked() && m_smarthostPassword->text().isEmpty();
    pending.caFile = m_fields.value(QStringLiteral("delivery.smarthost_ca_file"))->value().trimmed();
    pending.fingerprint = m_fields.value(QStringLiteral("delivery.smarthost_fingerprint"))->value().trimmed();
    pending.insecureSkipVerify =
        m_fields.value(QStringLiteral("delivery.smarthost_insecure_skip_verify"))->value() ==
        QLatin1String("true");
    const QString what = hostText.isEmpty() ? tr("The smarthost") : tr("The smarthost %1").arg(hostText);
    auto* dialog = new ConnectionTestDialog(
        m_dataDir, what,
        [pending, useStored,
         parseError = endpoint || hostText.isEmpty() ? QString() : endpoint.error()](const QString& dataDir) {
            if (!parseError.isEmpty())
                return Expected<ProbePlan>::failure(parseError);
            return RouteAdmin(dataDir).probeSmarthost(pending, useStored);
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    dialog->start();
}

void SettingsPage::buildDesktop()
{
    QFormLayout* form = section(SettingsTab::Desktop, tr("This window"));
    m_startMinimized = new QCheckBox(tr("Start minimized to the tray"), this);
    m_startMinimized->setObjectName(QStringLiteral("startMinimized"));
    m_startMinimized->setEnabled(StatusTray::isAvailable()); // without a tray the window could not be found
    m_closeAction = new CloseActionBox(this);
    m_closeAction->setObjectName(QStringLiteral("closeAction"));
    m_closeAction->load(); // the stored choice at once, so that an unchanged page has nothing unsaved
    m_storedCloseAction = m_closeAction->choice();
    auto* dataDir = new QLabel(m_dataDir, this);
    dataDir->setWordWrap(true);
    dataDir->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(m_startMinimized);
    form->addRow(tr("When the window is closed:"), m_closeAction);
    form->addRow(tr("Data folder:"), dataDir);
    connect(m_startMinimized, &QCheckBox::toggled, this, &SettingsPage::updateStatus);
    connect(m_closeAction, &QComboBox::currentIndexChanged, this, &SettingsPage::updateStatus);
}

void SettingsPage::buildBackup()
{
    QFormLayout* form = section(SettingsTab::Desktop, tr("Backup"));
    m_backupPanel = new BackupPanel(m_dataDir, this);
    form->addRow(m_backupPanel);
    connect(m_backupPanel, &BackupPanel::restored, this, [this]() {
        m_status->setText(tr("Configuration restored: restart RelayDesk to use it."));
        Q_EMIT restoreFinished(true);
    });
    connect(m_backupPanel, &BackupPanel::restoreStarting, this, &SettingsPage::restoreStarting);
    connect(m_backupPanel, &BackupPanel::failed, this, [this]() { Q_EMIT restoreFinished(false); });
}

void SettingsPage::noteRelayStartedAgain()
{
    m_backupPanel->noteRelayStartedAgain();
    if (m_status->text() == tr("Configuration restored: restart RelayDesk to use it."))
        m_status->setText(tr("Configuration restored; the relay in this window runs with it."));
}

void SettingsPage::load()
{
    if (!m_unreadable) // while the store is away, its reason stays on the line between the tries
        setBusy(true, tr("Loading..."));
    using Values = Expected<QMap<QString, QString>>;
    m_runner->run<Values>(
        this, [dataDir = m_dataDir]() { return readAll(dataDir); },
        [this](Values values) {
            if (!values) {
                // Nothing to edit until the store answers: the page stays shut, says why, and reads again.
                setBusy(true, tr("Cannot read the settings: %1. They are shown again once the store answers.")
                                  .arg(StoreErrorText::of(values.error())));
                setCursor(Qt::ArrowCursor);
                m_unreadable = true;
                QTimer::singleShot(5000, this, &SettingsPage::load);
                Q_EMIT loaded();
                return;
            }
            m_unreadable = false;
            showStored(values.value());
            setBusy(false, QString());
            Q_EMIT loaded();
        });
}

void SettingsPage::showStored(const QMap<QString, QString>& values)
{
    for (SettingField* field : std::as_const(m_fields))
        field->setStored(values.value(field->key()));
    m_smarthostPassword->clear();
    m_forgetPassword->setChecked(false);
    showPasswordStored(values.value(passwordStoredKey) == QLatin1String("1"));
    updateInsecureWarning();
    showStoredPreset();
    const QSettings desktop;
    m_storedStartMinimized = desktop.value(QStringLiteral("ui/startMinimized"), false).toBool();
    m_startMinimized->setChecked(m_storedStartMinimized);
    m_closeAction->load();
    m_storedCloseAction = m_closeAction->choice();
}

void SettingsPage::showPasswordStored(bool stored)
{
    // "unchanged" and "Remove the stored password" only where there is one (an outside tester saw both with
    // no password stored).
    m_smarthostPassword->setPlaceholderText(stored ? tr("unchanged") : tr("none stored"));
    m_forgetPassword->setVisible(stored);
}

void SettingsPage::discard()
{
    for (SettingField* field : std::as_const(m_fields))
        field->revert();
    m_routes->revert();
    m_smarthostPassword->clear();
    m_forgetPassword->setChecked(false);
    m_startMinimized->setChecked(m_storedStartMinimized);
    m_closeAction->load();
    updateStatus();
}

QStringList SettingsPage::unsavedChanges() const
{
    QStringList labels;
    for (const SettingText& text : SettingCatalog::fields()) {
        if (const SettingField* field = m_fields.value(text.key); field && field->isModified())
            labels << SettingCatalog::label(text.key);
    }
    if (m_routes->isModified())
        labels << tr("Routes");
    if (!m_smarthostPassword->text().isEmpty() || m_forgetPassword->isChecked())
        labels << tr("Smarthost password");
    if (m_startMinimized->isChecked() != m_storedStartMinimized)
        labels << m_startMinimized->text();
    if (m_closeAction->choice() != m_storedCloseAction)
        labels << tr("When the window is closed");
    return labels;
}

bool SettingsPage::hasUnsavedChanges() const
{
    return !unsavedChanges().isEmpty();
}

QString SettingsPage::statusText() const
{
    return m_status->text();
}

void SettingsPage::updateStatus()
{
    if (m_busy)
        return;
    const QStringList changes = unsavedChanges();
    m_status->setText(
        changes.isEmpty() ? QString() : tr("Not saved yet: %1.").arg(QLocale().createSeparatedList(changes)));
}

void SettingsPage::setTabStatus(SettingsTab tab, const QString& text)
{
    m_statusTab = tab;
    m_statusTabText = text;
    m_status->setText(text);
}

void SettingsPage::setBusy(bool busy, const QString& message)
{
    m_busy = busy;
    m_tabs->setEnabled(!busy);
    for (QPushButton* button : findChildren<QPushButton*>(QString(), Qt::FindDirectChildrenOnly))
        button->setEnabled(!busy);
    m_status->setText(message);
    setCursor(busy ? Qt::BusyCursor : Qt::ArrowCursor);
}

void SettingsPage::askBeforeSaving(const QString& name, const QString& title, const QString& text,
                                   const QString& yesText, bool* confirmed, const QString& declined)
{
    auto* question =
        new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Yes | QMessageBox::Cancel, this);
    question->setObjectName(name);
    question->button(QMessageBox::Yes)->setText(yesText);
    question->setDefaultButton(QMessageBox::Cancel);
    question->setEscapeButton(QMessageBox::Cancel);
    question->setAttribute(Qt::WA_DeleteOnClose);
    connect(question, &QMessageBox::finished, this, [this, question, confirmed, declined]() {
        if (question->standardButton(question->clickedButton()) == QMessageBox::Yes) {
            *confirmed = true;
            save(); // the answers count until this save is sent or declined
            return;
        }
        m_shorteningConfirmed = m_clampsConfirmed = m_giveUpConfirmed = false;
        m_status->setText(tr("Not saved."));
        m_afterSave = nullptr;
        Q_EMIT saveFailed(declined);
    });
    question->open();
}

void SettingsPage::save()
{
    if (m_busy)
        return;
    // The click took the focus from a number field, whose refusal of what was typed there ("0", below the
    // smallest) is posted to the field: it marks the field before the values are read (an outside tester's 0
    // seconds for "Time to start TLS" was saved as 1 without the question).
    for (SettingField* field : std::as_const(m_fields))
        QCoreApplication::sendPostedEvents(field, QEvent::MetaCall);
    // Keeping the delivery log or the bodies for fewer days deletes what is older at the next purge: a
    // careless edit (an outside tester typed "6 mois" and saved 6 days) costs months of history. Asked
    // first, Cancel the default, as the other destructive actions are.
    QStringList shortened;
    const auto days = [](const QString& value) { return SettingOrder::spokenDays(value.toLongLong()); };
    for (const QString& key : {QStringLiteral("retention.log"), QStringLiteral("retention.bodies")}) {
        const SettingField* field = m_fields.value(key);
        if (!field || !field->isModified() || field->value().toLongLong() >= field->stored().toLongLong())
            continue;
        // 0 keeps nothing at all, not "what is older than 0 days" (an outside tester's question understated
        // it).
        if (field->value().toLongLong() == 0)
            shortened
                << (key == QLatin1String("retention.log")
                        ? tr("%1: none kept instead of %2: the whole delivery log and the security events "
                             "go, and no new attempt or event is kept")
                        : tr("%1: none kept instead of %2: every kept message body goes, and a body is "
                             "removed as soon as its last recipient is final"))
                       .arg(SettingCatalog::label(key), days(field->stored()));
        else
            shortened << tr("%1: %2 instead of %3")
                             .arg(SettingCatalog::label(key), days(field->value()), days(field->stored()));
    }
    if (!shortened.isEmpty() && !m_shorteningConfirmed) {
        askBeforeSaving(
            QStringLiteral("confirmShorterRetention"), tr("Keep less history?"),
            tr("%1.\n\nWhat is older is deleted at the next purge, within the hour, and cannot be "
               "brought back.")
                .arg(shortened.join(QLatin1Char('\n'))),
            tr("Keep less and save"), &m_shorteningConfirmed, tr("less history was not confirmed"));
        return;
    }
    // A number outside what a setting takes was changed to the nearest it takes, with a line under the field
    // that the next click may not have seen: an outside tester's 0 for "Connections from one address" was
    // saved as 1, and every application on the office computer was refused its second connection. Asked
    // first, Cancel the default.
    QStringList clamped;
    for (const SettingText& text : SettingCatalog::fields()) {
        const SettingField* field = m_fields.value(text.key);
        if (field && field->isModified() && !field->clampNote().isEmpty())
            clamped << tr("%1: %2").arg(SettingCatalog::label(text.key), field->clampNote());
    }
    if (!clamped.isEmpty() && !m_clampsConfirmed) {
        askBeforeSaving(QStringLiteral("confirmClampedValues"), tr("Save changed values?"),
                        tr("These values were outside what their settings take, and were changed:\n\n%1\n\n"
                           "Save them as they are now?")
                            .arg(clamped.join(QLatin1Char('\n'))),
                        tr("Save them"), &m_clampsConfirmed, tr("changed values were not confirmed"));
        return;
    }
    // A shorter give-up time bounces the waiting mail older than it at once, each sender told (an outside
    // tester's two waiting messages bounced within a second of the change, without a word). Asked first.
    // Only a value that can be saved: one the retry times refuse is said by the save itself, unasked (an
    // outside tester was asked, confirmed, and then read that nothing was saved).
    const auto valueOf = [this](const QString& key) {
        const SettingField* field = m_fields.value(key);
        return !field                ? SettingsAdmin(m_dataDir).value(key)
               : field->isModified() ? field->value()
                                     : field->stored();
    };
    const auto changes = [this](const QString& key) {
        const SettingField* field = m_fields.value(key);
        return field && field->isModified();
    };
    if (const SettingField* giveUp = m_fields.value(QStringLiteral("delivery.give_up_after"));
        giveUp && giveUp->isModified() && giveUp->value().toLongLong() < giveUp->stored().toLongLong() &&
        !m_giveUpConfirmed && SettingOrder::problem(valueOf, changes).isEmpty()) {
        const qint64 seconds = giveUp->value().toLongLong();
        const auto older = QueueAdmin(m_dataDir).waitingSince(nowMs() - seconds * 1000);
        if (older && older->messages + older->notices > 0) {
            const QString label = SettingCatalog::label(QStringLiteral("delivery.give_up_after"));
            const QString since = DurationText::of(seconds * 1000);
            QStringList said;
            if (older->messages > 0)
                said << tr("%Ln message(s) in the queue were received more than %1 ago. With \"%2\" set so, "
                           "their recipients still waiting bounce now, and each sender gets a bounce notice.",
                           nullptr, older->messages)
                            .arg(since, label);
            // The relay's own notices have no sender to tell (RFC 3464 2.2.1): they are dropped.
            if (older->notices > 0)
                said << tr("%Ln of the relay's own bounce or delay notices waiting in the queue was queued "
                           "more "
                           "than %1 ago: it is dropped now.",
                           nullptr, older->notices)
                            .arg(since);
            askBeforeSaving(QStringLiteral("confirmShorterGiveUp"), tr("Bounce waiting mail?"),
                            said.join(QStringLiteral("\n\n")), tr("Bounce them and save"), &m_giveUpConfirmed,
                            tr("bouncing the waiting mail was not confirmed"));
            return;
        }
    }
    m_shorteningConfirmed = m_clampsConfirmed = m_giveUpConfirmed = false; // asked again at the next Save
    SettingsSaveRequest request;
    QStringList restartLabels;
    for (const SettingText& text : SettingCatalog::fields()) {
        const SettingField* field = m_fields.value(text.key);
        if (!field || !field->isModified())
            continue;
        request.values.append({text.key, field->value()});
        request.readValues.insert(text.key, field->stored());
        if (SettingsAdmin::definition(text.key)->needsRestart)
            restartLabels << SettingCatalog::label(text.key);
    }
    request.routesChanged = m_routes->isModified();
    request.storedRoutes = m_routes->storedRoutes();
    request.routes = m_routes->routes();
    request.passwordChanged = !m_smarthostPassword->text().isEmpty() || m_forgetPassword->isChecked();
    request.password = m_forgetPassword->isChecked() ? QByteArray() : m_smarthostPassword->text().toUtf8();
    // Checked only when the user name or the password changes: another setting saves as before.
    const SettingField* user = m_fields.value(QStringLiteral("delivery.smarthost_username"));
    request.username = user->isModified() || request.passwordChanged ? user->value().trimmed() : QString();
    setBusy(true, tr("Saving..."));
    m_runner->run<SettingsSaveResult>(
        this, [dataDir = m_dataDir, request]() { return SettingsSave::run(dataDir, request); },
        [this, values = request.values, restartLabels, username = request.username,
         passwordChanged = request.passwordChanged,
         passwordStored = !request.password.isEmpty()](SettingsSaveResult result) {
            setBusy(false, QString());
            if (!result.changedElsewhere.isEmpty()) {
                refuseOverwriting(result.changedElsewhere);
                return;
            }
            if (result.passwordMissing) {
                refuseUserWithoutPassword(username);
                return;
            }
            if (!result.settings) {
                QString error = StoreErrorText::of(SettingCatalog::humanError(result.settings.error()));
                // Two settings out of order: what to do, as the command line says it (an outside tester).
                // The pair is (the one that must be at most the other, that other).
                const auto pairs = SettingOrder::pairsNamedIn(result.settings.error());
                QStringList fixes;
                for (const auto& [atMost, atLeast] : pairs)
                    fixes << tr("shorten %1 or lengthen %2")
                                 .arg(SettingCatalog::label(atMost), SettingCatalog::label(atLeast));
                if (!fixes.isEmpty())
                    error +=
                        QStringLiteral(". ") + tr("Nothing was changed: %1 (all may change before one Save).")
                                                   .arg(QLocale().createSeparatedList(fixes));
                m_status->setText(tr("Not saved: %1").arg(error));
                m_afterSave = nullptr;
                Q_EMIT saveFailed(error);
                return;
            }
            QStringList keys;
            for (const auto& [key, value] : values) {
                m_fields.value(key)->setStored(result.saved.value(key, value));
                keys << key;
            }
            QSettings desktop;
            desktop.setValue(QStringLiteral("ui/startMinimized"), m_startMinimized->isChecked());
            m_closeAction->save();
            m_storedStartMinimized = m_startMinimized->isChecked();
            m_storedCloseAction = m_closeAction->choice();
            if (result.routes)
                m_routes->markStored();
            if (result.password) {
                m_smarthostPassword->clear();
                m_forgetPassword->setChecked(false);
                if (passwordChanged)
                    showPasswordStored(passwordStored);
            }
            m_banner->add(restartLabels);
            QStringList problems;
            if (!result.routes)
                problems << SettingCatalog::humanError(result.routes.error());
            if (!result.password)
                problems << tr("smarthost password: %1").arg(result.password.error());
            if (!problems.isEmpty()) {
                const QString error = problems.join(
                    tr("; ",
                       "between the items of a list; French writes a no-break space before the semicolon"));
                m_status->setText(tr("Saved, except %1").arg(error));
                m_afterSave = nullptr;
                Q_EMIT saveFailed(error);
                return;
            }
            m_status->setText(tr("Saved.") + delayNoticeNote(keys) + fileAccessNote(keys));
            Q_EMIT settingsSaved(keys);
            if (auto proceed = std::exchange(m_afterSave, nullptr))
                proceed();
        });
}

QString SettingsPage::fileAccessNote(const QStringList& keys) const
{
    // A file the relay cannot read (the service runs as its own user and sees no home folder): the
    // connection test, run as the person, passed while every delivery failed (an outside tester).
    QString note;
    for (const QString& key : keys) {
        const auto definition = SettingsAdmin::definition(key);
        const SettingField* field = m_fields.value(key);
        if (!definition || !definition->filePath || !field)
            continue;
        if (const QString problem = ServiceAccess::readProblem(m_dataDir, field->value()); !problem.isEmpty())
            note += QLatin1Char(' ') + tr("Note: %1: %2.").arg(SettingCatalog::label(key), problem);
    }
    return note;
}

QString SettingsPage::delayNoticeNote(const QStringList& keys) const
{
    // A give-up time shorter than the delay notice is taken (as the command line takes it), and said: no
    // delay notice is sent then. Said when one of the two was saved, not after every later save of anything
    // else (an outside tester read it under the Listeners tab).
    if (!keys.contains(QStringLiteral("delivery.delay_notice_after")) &&
        !keys.contains(QStringLiteral("delivery.give_up_after")))
        return {};
    const SettingField* notice = m_fields.value(QStringLiteral("delivery.delay_notice_after"));
    const SettingField* giveUp = m_fields.value(QStringLiteral("delivery.give_up_after"));
    if (!notice || !giveUp)
        return {};
    const qint64 noticeAfter = notice->value().toLongLong();
    const qint64 giveUpAfter = giveUp->value().toLongLong();
    if (noticeAfter == 0 || noticeAfter <= giveUpAfter)
        return {};
    return QLatin1Char(' ') +
           tr("Note: \"%1\" (%2) is shorter than \"%3\" (%4), so a message is bounced before its delay "
              "notice "
              "would be sent, and none is sent.")
               .arg(SettingCatalog::label(giveUp->key()), SettingOrder::spokenSeconds(giveUpAfter),
                    SettingCatalog::label(notice->key()), SettingOrder::spokenSeconds(noticeAfter));
}

void SettingsPage::refuseOverwriting(const QList<std::pair<QString, QString>>& changedElsewhere)
{
    QStringList labels;
    for (const auto& [key, value] : changedElsewhere) {
        SettingField* field = m_fields.value(key);
        if (field)
            field->rebase(value); // a second Save replaces the new value, knowingly
        labels << tr("%1 (now %2)").arg(SettingCatalog::label(key), field ? field->spoken(value) : value);
    }
    const QString error =
        tr("%1 changed elsewhere (the command line, another window or another node) while you were editing. "
           "Your values are still shown: Save again to replace the new ones, or Discard changes to see them.")
            .arg(QLocale().createSeparatedList(labels));
    m_status->setText(tr("Not saved: %1").arg(error));
    m_afterSave = nullptr;
    Q_EMIT saveFailed(error);
}

void SettingsPage::refuseUserWithoutPassword(const QString& username)
{
    const QString error = tr("the smarthost user name %1 has no password").arg(username);
    m_status->setText(tr("Not saved: %1").arg(error));
    m_afterSave = nullptr;
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Smarthost password missing"),
                                tr("The smarthost user name %1 needs its password. Type it in the Password "
                                   "field, or clear the user name to send without AUTH.")
                                    .arg(username),
                                QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("smarthostPasswordMissing"));
    box->setInformativeText(tr("Nothing was saved."));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open(); // not exec(): the engine's updates keep arriving meanwhile
    m_smarthostPassword->setFocus();
    Q_EMIT saveFailed(error);
}

void SettingsPage::requestLeave(std::function<void()> proceed, std::function<void()> stay)
{
    if (!hasUnsavedChanges()) {
        proceed();
        return;
    }
    if (m_busy)
        return; // saving: stay until it is done
    auto* box = new QMessageBox(QMessageBox::Question, tr("Unsaved settings"),
                                tr("Save the changes to the settings?"),
                                QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("unsavedSettings"));
    box->setInformativeText(tr("Changed: %1.").arg(QLocale().createSeparatedList(unsavedChanges())));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setEscapeButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    // Not exec(): the box is window-modal and the engine's updates keep arriving meanwhile.
    connect(box, &QMessageBox::finished, this,
            [this, box, proceed = std::move(proceed), stay = std::move(stay)]() {
                const QMessageBox::StandardButton answer = box->standardButton(box->clickedButton());
                if (answer == QMessageBox::Save) {
                    m_afterSave = proceed;
                    save();
                } else if (answer == QMessageBox::Discard) {
                    discard();
                    proceed();
                } else if (stay) {
                    stay();
                }
            });
    box->open();
}

void SettingsPage::setCertificate(const QDateTime& expiry, const QString& fingerprint)
{
    m_certificate->setText(expiry.isValid()
                               ? tr("expires %1\nSHA-256 %2").arg(expiryDateText(expiry), fingerprint)
                               : tr("none (the relay is not running)"));
    if (expiry.isValid())
        m_certificatePanel->followInUse(fingerprint);
}

void SettingsPage::setListeners(const QList<ListenerStatus>& listeners)
{
    m_listenerNotice->setListeners(listeners);
}

void SettingsPage::setPendingRestart(const QStringList& labels)
{
    m_banner->setPending(labels);
}

void SettingsPage::restartRefused(const QString& reason)
{
    m_banner->restartRefused(reason);
    m_status->setText(withUnsavedNote(tr("Not restarted: %1").arg(reason)));
}

QString SettingsPage::withUnsavedNote(const QString& message) const
{
    // A restart applies what is stored: edits not saved yet are still only in the fields, and stay marked.
    const QStringList changes = unsavedChanges();
    if (changes.isEmpty())
        return message;
    return message + QLatin1Char(' ') + tr("Not saved yet: %1.").arg(QLocale().createSeparatedList(changes));
}

void SettingsPage::restartFinished(bool started, const QString& error)
{
    m_banner->restartFinished(started, error);
    m_status->setText(withUnsavedNote(started ? tr("The relay was restarted.")
                                              : tr("The relay did not start: %1").arg(error)));
}

} // namespace RelayDesk

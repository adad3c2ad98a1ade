#include "ui/settingspage.h"

#include "core/admin/routeadmin.h"
#include "core/admin/settingsadmin.h"
#include "ui/certificatepanel.h"
#include "ui/closeactionbox.h"
#include "ui/queryrunner.h"
#include "ui/routeseditor.h"
#include "ui/statustray.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QTabWidget>
#include <QVBoxLayout>

namespace RelayDesk {

namespace {

QString groupOf(const QString& key)
{
    if (key.startsWith(QLatin1String("listener.")) || key.startsWith(QLatin1String("server.")))
        return QStringLiteral("listeners");
    if (key.startsWith(QLatin1String("tls.")))
        return QStringLiteral("tls");
    if (key.startsWith(QLatin1String("delivery.smarthost")))
        return QStringLiteral("smarthost");
    if (key.startsWith(QLatin1String("delivery.retry")) || key == QLatin1String("delivery.give_up_after") ||
        key == QLatin1String("delivery.delay_notice_after"))
        return QStringLiteral("retry");
    if (key.startsWith(QLatin1String("delivery.")))
        return QStringLiteral("delivery");
    return QStringLiteral("limits");
}

QMap<QString, QString> readAll(const QString& dataDir)
{
    QMap<QString, QString> values;
    const auto settings = SettingsAdmin(dataDir).list();
    for (const SettingInfo& setting : settings ? settings.value() : SettingsAdmin::definitions())
        values.insert(setting.key, setting.value);
    return values;
}

} // namespace

SettingsPage::SettingsPage(QString dataDir, QWidget* parent) : QWidget(parent), m_dataDir(std::move(dataDir))
{
    m_tabs = new QTabWidget(this);
    const QList<std::pair<QString, QString>> groups = {
        {QStringLiteral("listeners"), tr("Listeners")}, {QStringLiteral("tls"), tr("TLS certificate")},
        {QStringLiteral("limits"), tr("Limits")},       {QStringLiteral("retry"), tr("Retry schedule")},
        {QStringLiteral("smarthost"), tr("Smarthost")}, {QStringLiteral("routes"), tr("Routes")},
        {QStringLiteral("delivery"), tr("Delivery")},   {QStringLiteral("desktop"), tr("Desktop")}};
    for (const auto& [id, title] : groups)
        m_groups.insert(id, groupPage(title));

    for (const SettingInfo& def : SettingsAdmin::definitions()) {
        auto* form = static_cast<QFormLayout*>(m_groups.value(groupOf(def.key))->layout());
        if (def.isBoolean()) {
            auto* check = new QCheckBox(def.description, this);
            m_checks.insert(def.key, check);
            form->addRow(QString(), check);
            continue;
        }
        auto* edit = new QLineEdit(this);
        edit->setObjectName(def.key);
        edit->setPlaceholderText(def.defaultValue);
        edit->setToolTip(def.key);
        auto* problem = new QLabel(this);
        problem->setStyleSheet(QStringLiteral("color: #d63939;"));
        problem->setWordWrap(true);
        problem->hide();
        m_fields.insert(def.key, edit);
        m_problems.insert(def.key, problem);
        form->addRow(def.description + QLatin1Char(':'), edit);
        form->addRow(QString(), problem);
        connect(edit, &QLineEdit::textChanged, this, [this, key = def.key]() { validateField(key); });
    }

    auto* tlsForm = static_cast<QFormLayout*>(m_groups.value(QStringLiteral("tls"))->layout());
    m_certificate = new QLabel(this);
    m_certificate->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_certificate->setWordWrap(true);
    m_certificatePanel = new CertificatePanel(m_dataDir, this);
    auto* import = new QPushButton(tr("Import PEM certificate and key..."), this);
    tlsForm->insertRow(0, tr("Running certificate:"), m_certificate);
    tlsForm->insertRow(1, tr("Configured certificate:"), m_certificatePanel);
    tlsForm->addRow(QString(), import);
    tlsForm->addRow(QString(),
                    new QLabel(tr("Leave both empty to use a generated self-signed certificate."), this));
    connect(import, &QPushButton::clicked, this, &SettingsPage::importPem);
    connect(m_certificatePanel, &CertificatePanel::certificateChanged, this, [this]() {
        load();
        m_status->setText(tr("Certificate saved. It takes effect when the relay restarts."));
    });
    connect(m_certificatePanel, &CertificatePanel::failed, this, [this](const QString& reason) {
        m_status->setText(tr("Certificate not changed: %1").arg(reason));
    });

    auto* routesForm = static_cast<QFormLayout*>(m_groups.value(QStringLiteral("routes"))->layout());
    m_routes = new RoutesEditor(m_dataDir, this);
    routesForm->addRow(m_routes);

    // The smarthost password is not a setting: it lives in smarthost.secret, readable by the owner only.
    auto* smarthostForm = static_cast<QFormLayout*>(m_groups.value(QStringLiteral("smarthost"))->layout());
    m_smarthostPassword = new QLineEdit(this);
    m_smarthostPassword->setObjectName(QStringLiteral("smarthostPassword"));
    m_smarthostPassword->setEchoMode(QLineEdit::Password);
    m_smarthostPassword->setPlaceholderText(tr("unchanged"));
    auto* setPassword = new QPushButton(tr("Set password"), this);
    setPassword->setObjectName(QStringLiteral("setSmarthostPassword"));
    auto* passwordRow = new QHBoxLayout;
    passwordRow->addWidget(m_smarthostPassword, 1);
    passwordRow->addWidget(setPassword);
    smarthostForm->addRow(tr("Smarthost password:"), passwordRow);
    connect(setPassword, &QPushButton::clicked, this, &SettingsPage::saveSmarthostPassword);

    auto* desktopForm = static_cast<QFormLayout*>(m_groups.value(QStringLiteral("desktop"))->layout());
    m_startMinimized = new QCheckBox(tr("Start minimized to the tray"), this);
    m_startMinimized->setEnabled(StatusTray::isAvailable()); // without a tray the window could not be found
    m_closeAction = new CloseActionBox(this);
    desktopForm->addRow(QString(), m_startMinimized);
    desktopForm->addRow(tr("When the window is closed:"), m_closeAction);
    desktopForm->addRow(tr("Data directory:"), new QLabel(m_dataDir, this));

    m_status = new QLabel(this);
    auto* saveButton = new QPushButton(tr("Save"), this);
    saveButton->setObjectName(QStringLiteral("saveSettings"));
    auto* revert = new QPushButton(tr("Revert"), this);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(revert);
    buttons->addWidget(saveButton);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(buttons);
    connect(saveButton, &QPushButton::clicked, this, &SettingsPage::save);
    connect(revert, &QPushButton::clicked, this, &SettingsPage::load);
    m_runner = new QueryRunner(QStringLiteral("settings"), m_dataDir, this);
    setCertificate({}, {});
    load();
}

QWidget* SettingsPage::groupPage(const QString& title)
{
    auto* scroll = new QScrollArea(m_tabs);
    scroll->setWidgetResizable(true);
    auto* page = new QWidget(scroll);
    auto* form = new QFormLayout(page);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    scroll->setWidget(page);
    m_tabs->addTab(scroll, title);
    return page;
}

void SettingsPage::load()
{
    setBusy(true, tr("Loading..."));
    m_runner->run<QMap<QString, QString>>(
        this, [dataDir = m_dataDir]() { return readAll(dataDir); },
        [this](QMap<QString, QString> values) {
            showStored(values);
            setBusy(false, QString());
            Q_EMIT loaded();
        });
}

void SettingsPage::showStored(const QMap<QString, QString>& values)
{
    m_stored = values;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (QLineEdit* edit = m_fields.value(it.key()))
            edit->setText(it.value());
        if (QCheckBox* check = m_checks.value(it.key()))
            check->setChecked(it.value() == QLatin1String("true"));
    }
    const QSettings desktop;
    m_startMinimized->setChecked(desktop.value(QStringLiteral("ui/startMinimized"), false).toBool());
    m_closeAction->load();
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

void SettingsPage::validateField(const QString& key)
{
    QLabel* problem = m_problems.value(key);
    const QString message = SettingsAdmin::valueProblem(key, m_fields.value(key)->text().trimmed());
    problem->setText(message);
    problem->setVisible(!message.isEmpty());
}

void SettingsPage::save()
{
    if (m_busy)
        return;
    QMap<QString, QString> changed;
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        const QString value = it.value()->text().trimmed();
        if (value != m_stored.value(it.key()))
            changed.insert(it.key(), value);
    }
    for (auto it = m_checks.cbegin(); it != m_checks.cend(); ++it) {
        const QString value = it.value()->isChecked() ? QStringLiteral("true") : QStringLiteral("false");
        if (value != m_stored.value(it.key()))
            changed.insert(it.key(), value);
    }
    setBusy(true, tr("Saving..."));
    // On the worker: every value is checked, then what they mean together (a certificate with its key, a
    // smarthost that is not this relay), and all are stored in one transaction, or none.
    QList<std::pair<QString, QString>> values;
    for (auto it = changed.cbegin(); it != changed.cend(); ++it)
        values.append({it.key(), it.value()});
    m_runner->run<Status>(
        this, [dataDir = m_dataDir, values]() { return SettingsAdmin(dataDir).set(values); },
        [this, changed](Status status) {
            setBusy(false, QString());
            if (!status) {
                const QString error = status.error();
                m_status->setText(tr("Not saved: %1").arg(error));
                Q_EMIT saveFailed(error);
                return;
            }
            for (auto it = changed.cbegin(); it != changed.cend(); ++it)
                m_stored.insert(it.key(), it.value());
            QSettings desktop;
            desktop.setValue(QStringLiteral("ui/startMinimized"), m_startMinimized->isChecked());
            m_closeAction->save();
            m_status->setText(
                changed.isEmpty()
                    ? tr("Saved.")
                    : tr("Saved. Listener and TLS changes take effect when the relay restarts."));
            Q_EMIT settingsSaved(changed.keys());
        });
}

void SettingsPage::saveSmarthostPassword()
{
    const QByteArray password = m_smarthostPassword->text().toUtf8();
    m_smarthostPassword->clear();
    setBusy(true, tr("Saving..."));
    m_runner->run<Status>(
        this,
        [dataDir = m_dataDir, password]() { return RouteAdmin(dataDir).setSmarthostPassword(password); },
        [this, cleared = password.isEmpty()](Status status) {
            setBusy(false, QString());
            m_status->setText(!status   ? tr("Password not saved: %1").arg(status.error())
                              : cleared ? tr("Smarthost password removed.")
                                        : tr("Smarthost password saved."));
        });
}

void SettingsPage::setCertificate(const QDateTime& expiry, const QString& fingerprint)
{
    m_certificate->setText(
        expiry.isValid()
            ? tr("expires %1\nSHA-256 %2").arg(QLocale().toString(expiry, QLocale::ShortFormat), fingerprint)
            : tr("not loaded (the relay is not running)"));
}

void SettingsPage::importPem()
{
    const QString certificate =
        QFileDialog::getOpenFileName(this, tr("Choose the PEM certificate"), QString(),
                                     tr("PEM files (*.pem *.crt *.cer);;All files (*)"));
    if (certificate.isEmpty())
        return;
    const QString key = QFileDialog::getOpenFileName(this, tr("Choose the PEM private key"), QString(),
                                                     tr("PEM files (*.pem *.key);;All files (*)"));
    if (key.isEmpty())
        return;
    m_fields.value(QStringLiteral("tls.certificate"))->setText(certificate);
    m_fields.value(QStringLiteral("tls.key"))->setText(key);
    m_tabs->setCurrentIndex(1);
}

} // namespace RelayDesk

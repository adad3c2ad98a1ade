#include "ui/settingspage.h"

#include "core/store/settings.h"

#include <QCheckBox>
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

bool isBoolean(const SettingDefinition& def)
{
    return def.defaultValue == QLatin1String("true") || def.defaultValue == QLatin1String("false");
}

} // namespace

SettingsPage::SettingsPage(QString dataDir, QWidget* parent) : QWidget(parent), m_dataDir(std::move(dataDir))
{
    m_tabs = new QTabWidget(this);
    const QList<std::pair<QString, QString>> groups = {
        {QStringLiteral("listeners"), tr("Listeners")}, {QStringLiteral("tls"), tr("TLS certificate")},
        {QStringLiteral("limits"), tr("Limits")},       {QStringLiteral("retry"), tr("Retry schedule")},
        {QStringLiteral("smarthost"), tr("Smarthost")}, {QStringLiteral("delivery"), tr("Delivery")},
        {QStringLiteral("desktop"), tr("Desktop")}};
    for (const auto& [id, title] : groups)
        m_groups.insert(id, groupPage(title));

    for (const SettingDefinition& def : Settings::definitions()) {
        auto* form = static_cast<QFormLayout*>(m_groups.value(groupOf(def.key))->layout());
        if (isBoolean(def)) {
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
    auto* import = new QPushButton(tr("Import PEM certificate and key..."), this);
    tlsForm->insertRow(0, tr("Current certificate:"), m_certificate);
    tlsForm->addRow(QString(), import);
    tlsForm->addRow(QString(),
                    new QLabel(tr("Leave both empty to use a generated self-signed certificate."), this));
    connect(import, &QPushButton::clicked, this, &SettingsPage::importPem);

    auto* desktopForm = static_cast<QFormLayout*>(m_groups.value(QStringLiteral("desktop"))->layout());
    m_startMinimized = new QCheckBox(tr("Start minimized to the tray"), this);
    m_closeToTray = new QCheckBox(tr("Closing the window keeps the relay running in the tray"), this);
    desktopForm->addRow(QString(), m_startMinimized);
    desktopForm->addRow(QString(), m_closeToTray);
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
    const Settings settings(m_dataDir);
    for (const SettingDefinition& def : Settings::definitions()) {
        const QString value = settings.value(def.key);
        m_stored.insert(def.key, value);
        if (QLineEdit* edit = m_fields.value(def.key))
            edit->setText(value);
        if (QCheckBox* check = m_checks.value(def.key))
            check->setChecked(value == QLatin1String("true"));
    }
    const QSettings desktop;
    m_startMinimized->setChecked(desktop.value(QStringLiteral("ui/startMinimized"), false).toBool());
    m_closeToTray->setChecked(desktop.value(QStringLiteral("ui/closeToTray"), true).toBool());
    m_status->clear();
}

void SettingsPage::validateField(const QString& key)
{
    const SettingDefinition* def = Settings::definition(key);
    QLabel* problem = m_problems.value(key);
    const QString message =
        def && def->validate ? def->validate(m_fields.value(key)->text().trimmed()) : QString();
    problem->setText(message);
    problem->setVisible(!message.isEmpty());
}

bool SettingsPage::save()
{
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
    // Validate everything first so that nothing is half-saved.
    for (auto it = changed.cbegin(); it != changed.cend(); ++it) {
        const SettingDefinition* def = Settings::definition(it.key());
        const QString problem = def && def->validate ? def->validate(it.value()) : QString();
        if (!problem.isEmpty()) {
            m_status->setText(tr("Not saved: %1: %2").arg(def->description, problem));
            return false;
        }
    }
    Settings settings(m_dataDir);
    for (auto it = changed.cbegin(); it != changed.cend(); ++it) {
        if (Status status = settings.set(it.key(), it.value()); !status) {
            m_status->setText(tr("Not saved: %1").arg(status.error()));
            return false;
        }
        m_stored.insert(it.key(), it.value());
    }
    QSettings desktop;
    desktop.setValue(QStringLiteral("ui/startMinimized"), m_startMinimized->isChecked());
    desktop.setValue(QStringLiteral("ui/closeToTray"), m_closeToTray->isChecked());
    m_status->setText(changed.isEmpty()
                          ? tr("Saved.")
                          : tr("Saved. Listener and TLS changes take effect when the relay restarts."));
    Q_EMIT settingsSaved(changed.keys());
    return true;
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

#include "ui/wizardlistenerspage.h"

#include "core/admin/nodeadmin.h"
#include "core/admin/settingsadmin.h"
#include "core/query/setupquery.h"
#include "core/store/enginelock.h"
#include "core/util/hostport.h"
#include "ui/portprobe.h"
#include "ui/queryrunner.h"
#include "ui/settingcatalog.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace RelayDesk {

namespace {

/// Not a listener: whether a relay runs on the data directory, in the port check's result.
const QString relayRunningKey = QStringLiteral("#relay_running");

const QString hostnameKey = QStringLiteral("server.hostname");

QString addressKey(const QString& listener)
{
    return QStringLiteral("listener.%1.address").arg(listener);
}

QString enabledKey(const QString& listener)
{
    return QStringLiteral("listener.%1.enabled").arg(listener);
}

enum class PortState
{
    Free,
    InUse,
    NotHere, ///< no interface of this computer has the address
    Invalid
};

/// Tries to listen where address says (on the worker thread: a bind, no waiting on the network).
PortState probe(const QString& address)
{
    const auto endpoint = HostPort::parse(address);
    if (!endpoint)
        return PortState::Invalid;
    const auto error = portBindError(endpoint.value());
    if (!error)
        return PortState::Free;
    // An address this computer does not have is no port another program holds (an outside tester was sent
    // looking for one).
    return *error == QAbstractSocket::SocketAddressNotAvailableError ? PortState::NotHere : PortState::InUse;
}

/// Whether two listen addresses would take the same port: the same port on the same address, or on any
/// address when one of them listens on all ("localhost" is 127.0.0.1 once parsed).
bool samePort(const QString& a, const QString& b)
{
    const auto first = HostPort::parse(a);
    const auto second = HostPort::parse(b);
    if (!first || !second || first->port != second->port)
        return false;
    const auto wildcard = [](const QHostAddress& address) {
        return address == QHostAddress::Any || address == QHostAddress::AnyIPv4 ||
               address == QHostAddress::AnyIPv6;
    };
    return first->address == second->address || wildcard(first->address) || wildcard(second->address);
}

} // namespace

QStringList WizardListenersPage::listenerNames()
{
    return {QStringLiteral("submission"), QStringLiteral("smtps"), QStringLiteral("lan")};
}

WizardListenersPage::WizardListenersPage(QString dataDir, QWidget* parent)
    : WizardStep(parent), m_dataDir(std::move(dataDir))
{
    setObjectName(QStringLiteral("wizardListeners"));
    setTitle(tr("Where applications and devices hand mail over"));
    // The relay service may bind ports below 1024 (its unit gives it the right): telling its admin they need
    // administrator rights sent them to 2587 for nothing (an outside tester).
    const auto holder = EngineLock::holder(m_dataDir);
    setIntroduction(
        holder && holder->face == EngineFace::Service
            ? tr("RelayDesk listens on three ports. The relay service may use the standard ones (587, 465 "
                 "and 25); the fields show the ports set now. "
                 "127.0.0.1 accepts mail from this computer only; 0.0.0.0 from every computer that can "
                 "reach it.")
            : tr("RelayDesk listens on three ports. Ports below 1024 (such as 587 and 465) need "
                 "administrator rights, so RelayDesk starts with 2587, 2465 and 2525; the fields show "
                 "the ports set now. "
                 "127.0.0.1 accepts mail from this computer only; 0.0.0.0 from every computer that can "
                 "reach it."));
    m_runner = new QueryRunner(QStringLiteral("wizard-listeners"), m_dataDir, this);
    // Each port under the title Settings gives it (the wizard's own names were a second set of words).
    const QStringList purposes = {
        tr("%1, like port 587: applications log in with a Mail Agent's credential after STARTTLS.")
            .arg(SettingCatalog::listenerTitle(QStringLiteral("submission"))),
        tr("%1, like port 465: the same, for applications that start with TLS.")
            .arg(SettingCatalog::listenerTitle(QStringLiteral("smtps"))),
        tr("%1: printers and scanners you trust by address send without a password.")
            .arg(SettingCatalog::listenerTitle(QStringLiteral("lan"))),
    };
    auto* grid = new QGridLayout;
    grid->setColumnStretch(0, 1);
    // The fields as wide as an IPv6 address with its port, or a long host name: at 125 px
    // "relay.buero.example" showed as "elay.buero.example" (an outside tester).
    grid->setColumnMinimumWidth(
        1, fontMetrics().horizontalAdvance(QStringLiteral("[2001:db8:1234::250]:65535")) +
               fontMetrics().averageCharWidth() * 3);
    int line = 0;
    const QStringList names = listenerNames(); // a reference into a temporary list would dangle
    for (int i = 0; i < names.size(); ++i) {
        const QString& name = names[i];
        Row row;
        auto* purpose = new QLabel(purposes[i], this);
        purpose->setWordWrap(true);
        row.enabled = new QCheckBox(tr("On"), this);
        row.enabled->setObjectName(QStringLiteral("%1Enabled").arg(name));
        row.address = new QLineEdit(this);
        row.address->setObjectName(QStringLiteral("%1Address").arg(name));
        row.address->setPlaceholderText(tr("address:port"));
        row.status = new QLabel(this);
        row.status->setObjectName(QStringLiteral("%1PortStatus").arg(name));
        row.status->setWordWrap(true);
        grid->addWidget(purpose, line, 0, 1, 3);
        grid->addWidget(row.enabled, line + 1, 0);
        grid->addWidget(row.address, line + 1, 1);
        grid->addWidget(row.status, line + 2, 0, 1, 3);
        line += 3;
        m_rows.insert(name, row);
        // A refusal under the page is about what was typed before: it goes with the next edit (an outside
        // tester saw "\"0\" is not a port" stay after the field was corrected).
        connect(row.address, &QLineEdit::textEdited, this, [this]() {
            clearError();
            m_checkTimer.start();
        });
        connect(row.enabled, &QCheckBox::toggled, this, [this]() {
            clearError();
            m_checkTimer.start();
        });
    }
    // The name the relay greets with (RFC 5321 4.1.1.1) and its generated certificate names: set here, before
    // the certificate page (an outside tester found the dashboard asking for it and no step to set it).
    m_hostname = new QLineEdit(this);
    m_hostname->setObjectName(QStringLiteral("wizardHostname"));
    m_hostname->setPlaceholderText(tr("e.g. relay.office.example"));
    m_hostnameNote = new QLabel(this);
    m_hostnameNote->setObjectName(QStringLiteral("wizardHostnameNote"));
    m_hostnameNote->setWordWrap(true);
    connect(m_hostname, &QLineEdit::textEdited, this, [this]() {
        clearError();
        noteHostname();
    });
    grid->addWidget(new QLabel(tr("Host name:"), this), line, 0);
    grid->addWidget(m_hostname, line, 1);
    grid->addWidget(m_hostnameNote, line + 1, 0, 1, 3);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(introductionLabel());
    layout->addLayout(grid);
    layout->addStretch();
    layout->addWidget(errorLabel());
    m_checkTimer.setSingleShot(true);
    m_checkTimer.setInterval(300);
    connect(&m_checkTimer, &QTimer::timeout, this, &WizardListenersPage::checkPorts);
}

void WizardListenersPage::initializePage()
{
    using Result = QHash<QString, QString>;
    m_runner->run<Result>(
        this,
        [dataDir = m_dataDir]() {
            Result values;
            const SettingsAdmin settings(dataDir);
            for (const QString& name : listenerNames()) {
                values.insert(addressKey(name), settings.value(addressKey(name)));
                values.insert(enabledKey(name), settings.value(enabledKey(name)));
            }
            values.insert(hostnameKey, settings.value(hostnameKey));
            return values;
        },
        [this](Result values) {
            m_stored = values;
            for (const QString& name : listenerNames()) {
                m_rows[name].address->setText(values.value(addressKey(name)));
                m_rows[name].enabled->setChecked(values.value(enabledKey(name)) == QLatin1String("true"));
            }
            m_hostname->setText(values.value(hostnameKey));
            noteHostname();
            Q_EMIT loaded();
            checkPorts();
        });
}

QString WizardListenersPage::portStatus(const QString& listener) const
{
    return m_rows.value(listener).status ? m_rows.value(listener).status->text() : QString();
}

void WizardListenersPage::checkPorts()
{
    m_checkTimer.stop();
    QHash<QString, QString> addresses;
    for (const QString& name : listenerNames()) {
        if (m_rows[name].enabled->isChecked())
            addresses.insert(name, m_rows[name].address->text().trimmed());
        else
            m_rows[name].status->setText(tr("Off: nothing listens here."));
    }
    const quint64 generation = ++m_checkGeneration;
    using Result = QHash<QString, int>;
    m_runner->run<Result>(
        this,
        [addresses, dataDir = m_dataDir]() {
            Result states;
            for (auto it = addresses.cbegin(); it != addresses.cend(); ++it)
                states.insert(it.key(), static_cast<int>(probe(it.value())));
            // Whose the stored addresses are: this data directory's relay's while one runs on it.
            states.insert(relayRunningKey, EngineLock::holder(dataDir) ? 1 : 0);
            return states;
        },
        [this, addresses, generation](Result states) {
            if (generation != m_checkGeneration)
                return;
            const bool relayRunning = states.take(relayRunningKey) == 1;
            m_heldElsewhere.clear();
            const QStringList names = listenerNames();
            for (auto it = states.cbegin(); it != states.cend(); ++it) {
                QLabel* status = m_rows[it.key()].status;
                const QString address = addresses.value(it.key());
                // Two listeners on one port: the second could never listen (an outside tester was told
                // "in use by another program" for the port typed twice on this page).
                const QString* first = nullptr;
                for (const QString& other : names) {
                    if (other == it.key())
                        break;
                    if (addresses.contains(other) && samePort(addresses.value(other), address))
                        first = &other;
                }
                if (first && static_cast<PortState>(it.value()) != PortState::Invalid) {
                    status->setText(tr("%1 is the same port as %2: each listener needs a port of its own.")
                                        .arg(address, SettingCatalog::listenerTitle(*first)));
                    status->setStyleSheet(QStringLiteral("color: #b00020;"));
                    continue;
                }
                // An outside tester read "in use, by this relay if it is running" beside the running relay,
                // and "by another program" for its own port written as "localhost".
                bool stored = false;
                for (const QString& name : names)
                    stored = stored || (relayRunning && samePort(address, m_stored.value(addressKey(name))) &&
                                        m_stored.value(enabledKey(name)) == QLatin1String("true") &&
                                        (!m_listening || m_listening->contains(name)));
                switch (static_cast<PortState>(it.value())) {
                case PortState::Free:
                    status->setText(tr("%1 is free.").arg(address));
                    status->setStyleSheet(QStringLiteral("color: #1b5e20;"));
                    break;
                case PortState::InUse:
                    if (!stored)
                        m_heldElsewhere.insert(it.key(), address);
                    status->setText(
                        stored ? tr("%1 is in use by this relay.").arg(address)
                               : tr("%1 is in use by another program: choose another port.").arg(address));
                    status->setStyleSheet(stored ? QString() : QStringLiteral("color: #b00020;"));
                    break;
                case PortState::NotHere:
                    status->setText(
                        tr("%1 is no address of this computer: use one it has (127.0.0.1 for this "
                           "computer alone, 0.0.0.0 for every network).")
                            .arg(address));
                    status->setStyleSheet(QStringLiteral("color: #b00020;"));
                    break;
                case PortState::Invalid:
                    status->setText(
                        SettingCatalog::humanError(SettingsAdmin::problem(addressKey(it.key()), address)));
                    status->setStyleSheet(QStringLiteral("color: #b00020;"));
                    break;
                }
            }
            Q_EMIT portsChecked();
        });
}

void WizardListenersPage::setListening(const QStringList& listening)
{
    if (m_listening == listening)
        return;
    m_listening = listening;
    checkPorts();
}

void WizardListenersPage::noteHostname()
{
    SetupState state;
    state.hostname = m_hostname->text().trimmed();
    // Checked as it is typed, as the ports are (an outside tester learned of a space only at Next).
    if (!state.hostname.isEmpty()) {
        if (const QString problem = SettingsAdmin::problem(hostnameKey, state.hostname); !problem.isEmpty()) {
            m_hostnameNote->setText(
                state.hostname.contains(QLatin1Char(' '))
                    ? tr("\"%1\" holds a space: a host name is letters, digits, hyphens and dots only.")
                          .arg(state.hostname)
                    : SettingCatalog::humanError(problem));
            m_hostnameNote->setStyleSheet(QStringLiteral("color: #d63939;"));
            return;
        }
    }
    if (state.hostnameIsFull()) {
        m_hostnameNote->setText(tr("The name the relay greets other mail servers with; its certificate names "
                                   "it, and applications should connect to it by this name."));
        m_hostnameNote->setStyleSheet(QString());
        return;
    }
    m_hostnameNote->setText(
        state.hostname.isEmpty()
            ? tr("Type the name this computer has in DNS, such as relay.office.example.")
            : tr("\"%1\" is not a full host name: many mail servers refuse a relay that greets them with it. "
                 "Type the name this computer has in DNS, such as relay.office.example; a relay that sends "
                 "only through a smarthost may keep it.")
                  .arg(state.hostname));
    m_hostnameNote->setStyleSheet(QStringLiteral("color: #b08000;"));
}

QString WizardListenersPage::portClash() const
{
    const QStringList names = listenerNames();
    for (int i = 0; i < names.size(); ++i) {
        if (!m_rows[names[i]].enabled->isChecked())
            continue;
        for (int j = i + 1; j < names.size(); ++j) {
            if (m_rows[names[j]].enabled->isChecked() && samePort(m_rows[names[i]].address->text().trimmed(),
                                                                  m_rows[names[j]].address->text().trimmed()))
                return tr("%1 and %2 have the same port: give each listener a port of its own.")
                    .arg(SettingCatalog::listenerTitle(names[i]), SettingCatalog::listenerTitle(names[j]));
        }
    }
    return {};
}

WizardStep::Save WizardListenersPage::startSave()
{
    if (const QString clash = portClash(); !clash.isEmpty()) {
        showError(clash);
        return Save::Refused;
    }
    // A port another program holds: the listener would stay down, and Next went on as if all was well (an
    // outside tester); refused as a port typed twice is.
    for (const QString& name : listenerNames()) {
        const auto held = m_heldElsewhere.constFind(name);
        if (m_rows[name].enabled->isChecked() && held != m_heldElsewhere.cend() &&
            held.value() == m_rows[name].address->text().trimmed()) {
            showError(
                tr("%1: %2 is in use by another program. Choose another port, or switch the listener off.")
                    .arg(SettingCatalog::listenerTitle(name), held.value()));
            return Save::Refused;
        }
    }
    QList<std::pair<QString, QString>> changes;
    for (const QString& name : listenerNames()) {
        const QString address = m_rows[name].address->text().trimmed();
        const QString enabled =
            m_rows[name].enabled->isChecked() ? QStringLiteral("true") : QStringLiteral("false");
        if (address != m_stored.value(addressKey(name)))
            changes.append({addressKey(name), address});
        if (enabled != m_stored.value(enabledKey(name)))
            changes.append({enabledKey(name), enabled});
    }
    if (const QString hostname = m_hostname->text().trimmed(); hostname != m_stored.value(hostnameKey)) {
        if (const QString problem = SettingsAdmin::problem(hostnameKey, hostname); !problem.isEmpty()) {
            showError(SettingCatalog::humanError(problem));
            return Save::Refused;
        }
        changes.append({hostnameKey, hostname});
    }
    if (changes.isEmpty())
        return Save::Nothing;
    m_runner->run<Status>(
        // As the Settings page saves them: for this node alone where several nodes share the store.
        this, [dataDir = m_dataDir, changes]() { return NodeAdmin(dataDir).saveWhereTheyBelong(changes); },
        [this, changes](Status status) {
            if (!status) {
                finishSave(SettingCatalog::humanError(status.error()));
                return;
            }
            for (const auto& [key, value] : changes)
                m_stored.insert(key, value);
            Q_EMIT setupSaved();
            finishSave(QString());
        });
    return Save::Started;
}

} // namespace RelayDesk

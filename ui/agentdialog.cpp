#include "ui/agentdialog.h"

#include "core/admin/agentadmin.h"
#include "core/admin/dkimadmin.h"
#include "core/util/readableaddress.h"
#include "ui/agentnametext.h"
#include "ui/cidrentryrules.h"
#include "ui/confirmation.h"
#include "ui/entrylisteditor.h"
#include "ui/queryrunner.h"
#include "ui/senderentryrules.h"

#include <QCheckBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace RelayDesk {

namespace {

/// rules with the text of their Remove button: each list's own mnemonic in this dialog (the labels have N, D,
/// S, A and T). "Add" has only A and D, both the labels', for three lists: Enter in the field adds instead.
EntryRules withRemoveText(EntryRules rules, const QString& removeText)
{
    rules.removeText = removeText;
    return rules;
}

/// A core message ("a Mail Agent named 'x' already exists") as the dialog's other sentences start.
QString sentence(QString text)
{
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

} // namespace

AgentDialog::AgentDialog(QString dataDir, const MailAgent& agent, QWidget* parent)
    : QDialog(parent), m_dataDir(std::move(dataDir)), m_agent(agent)
{
    m_runner = new QueryRunner(QStringLiteral("agent-save"), m_dataDir, this);
    setWindowTitle(agent.id == 0 ? tr("New Mail Agent") : tr("Edit Mail Agent %1").arg(agent.name));
    auto* form = new QFormLayout;
    m_name = new QLineEdit(agent.name, this);
    m_name->setObjectName(QStringLiteral("name"));
    m_name->setPlaceholderText(tr("for example: billing-app"));
    m_enabled = new QCheckBox(tr("Accept mail from this agent"), this);
    m_enabled->setObjectName(QStringLiteral("enabled"));
    m_enabled->setChecked(agent.id == 0 || agent.enabled);
    m_description = new QLineEdit(agent.description, this);
    m_description->setObjectName(QStringLiteral("description"));
    m_senders = new EntryListEditor(withRemoveText(SenderEntryRules::rules(), tr("&Remove")), this);
    m_senders->setObjectName(QStringLiteral("senders"));
    m_senders->setEntries(agent.senders);
    m_anySender = new QCheckBox(tr("Any sender (not recommended)"), this);
    m_anySender->setObjectName(QStringLiteral("anySender"));
    m_anySender->setChecked(agent.anySender);
    // Made after the left column's fields: Tab follows the order of creation, and went from the description
    // to the allowlist, so that a keyboard user typed the sender domain into the address field (an outside
    // tester).
    m_allowlist = new EntryListEditor(
        withRemoveText(CidrEntryRules::rules(tr("e.g. 192.0.2.7 or 10.0.0.0/8")), tr("Re&move")), this);
    m_allowlist->setObjectName(QStringLiteral("allowlist"));
    m_allowlist->setEntries(CidrEntryRules::entries(agent.allowlist));
    m_trusted = new EntryListEditor(
        withRemoveText(CidrEntryRules::rules(tr("device address, e.g. 192.168.1.50"), true), tr("Remo&ve")),
        this);
    m_trusted->setObjectName(QStringLiteral("trusted"));
    m_trusted->setEntries(CidrEntryRules::entries(agent.trustedDevices));
    m_senderWarning = new QLabel(this);
    m_senderWarning->setObjectName(QStringLiteral("senderWarning"));
    m_senderWarning->setWordWrap(true);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(QString(), m_enabled);
    form->addRow(tr("&Description:"), m_description);
    form->addRow(tr("&Sender domains:"), m_senders);
    auto* sendersHelp = new QLabel(tr("The agent may send only from addresses at these domains (the envelope "
                                      "sender and the From: header), or as the exact addresses listed."),
                                   this);
    sendersHelp->setWordWrap(true);
    form->addRow(QString(), sendersHelp);
    form->addRow(QString(), m_anySender);
    form->addRow(QString(), m_senderWarning);
    // The networks beside the identity, so that the dialog stays within a 1024x700 screen.
    auto* networks = new QFormLayout;
    networks->addRow(tr("&Allowed addresses:"), m_allowlist);
    auto* allowHelp = new QLabel(tr("Credentials of this agent work only from these addresses."), this);
    allowHelp->setWordWrap(true);
    networks->addRow(QString(), allowHelp);
    networks->addRow(tr("&Trusted devices:"), m_trusted);
    auto* trustedHelp =
        new QLabel(tr("Devices that cannot log in (printers, scanners) may send without a password "
                      "on the LAN relay port, and only from these addresses, as the sender domains allow."),
                   this);
    trustedHelp->setWordWrap(true);
    networks->addRow(QString(), trustedHelp);
    auto* identity = new QVBoxLayout;
    identity->addLayout(form);
    identity->addStretch(1);
    auto* access = new QVBoxLayout;
    access->addLayout(networks);
    access->addStretch(1);
    auto* columns = new QHBoxLayout;
    columns->addLayout(identity, 1);
    columns->addSpacing(12);
    columns->addLayout(access, 1);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setStyleSheet(QStringLiteral("color: #d63939;"));
    m_problem->setWordWrap(true);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addStretch(1);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &AgentDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &AgentDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &AgentDialog::validate);
    connect(m_allowlist, &EntryListEditor::changed, this, &AgentDialog::validate);
    connect(m_trusted, &EntryListEditor::changed, this, &AgentDialog::validate);
    connect(m_senders, &EntryListEditor::changed, this, &AgentDialog::validate);
    connect(m_anySender, &QCheckBox::toggled, this, &AgentDialog::validate);
    validate();
    loadKeyedDomains();
    // 900 wide, or what the words ask, but never wider than the 1024-pixel screen the window is made for: the
    // French dialog asked 1028 (an outside tester), its wrapping labels take the height they need instead.
    const int width = std::clamp(sizeHint().width(), 900, 1000);
    resize(width, std::max(sizeHint().height(), heightForWidth(width)));
}

void AgentDialog::validate()
{
    // docs/protocols.md, "Sender domains": any sender is the open door of upgrades; no domain, no mail.
    const bool noDomain = m_senders->entries().isEmpty();
    QStringList keptKeys; // the removed domains whose DKIM keys stay
    for (const QString& domain : removedKeyedDomains())
        keptKeys << ReadableAddress::domain(domain);
    if (m_anySender->isChecked()) {
        m_senderWarning->setStyleSheet(QStringLiteral("color: #d63939;"));
        m_senderWarning->setText(tr("Warning: this agent may send as any address, including other "
                                    "companies' domains. Add its domains and clear this box."));
    } else if (noDomain || !keptKeys.isEmpty()) {
        // The DKIM note also when the last domain went (an outside tester read only "no sender domain yet").
        QStringList said;
        if (noDomain)
            said << tr("No sender domain yet: this agent cannot send until you add one.");
        if (!keptKeys.isEmpty())
            said << tr("The DKIM keys of %1 are kept: mail any other agent sends as it is signed with them, "
                       "and so is this agent's mail if you add it again.",
                       nullptr, int(keptKeys.size()))
                        .arg(QLocale().createSeparatedList(keptKeys));
        m_senderWarning->setStyleSheet(noDomain ? QStringLiteral("color: #b08000;") : QString());
        m_senderWarning->setText(said.join(QLatin1Char(' ')));
    } else {
        m_senderWarning->clear();
    }
    const QString name = m_name->text().trimmed();
    QString problem = AgentNameText::problem(name);
    if (!problem.isEmpty()) {
        m_problem->setStyleSheet(QStringLiteral("color: #d63939;"));
        m_problem->setText(problem);
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
        return;
    }
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b08000;"));
    m_problem->setText(
        CidrEntryRules::ranges(m_allowlist->entries()).isEmpty()
            ? tr("The allowlist is empty: this agent's credentials will not work from anywhere yet.")
            : QString());
}

void AgentDialog::loadKeyedDomains()
{
    QStringList domains;
    for (const QString& sender : m_agent.senders) {
        if (!sender.contains(QLatin1Char('@')))
            domains << sender;
    }
    if (domains.isEmpty())
        return;
    m_runner->run<QStringList>(
        this,
        [dataDir = m_dataDir, domains]() {
            QStringList keyed;
            const auto keys = DkimAdmin(dataDir).keys();
            if (!keys)
                return keyed; // unreadable: nothing said, as before
            for (const QString& domain : domains) {
                const bool has =
                    std::any_of(keys->cbegin(), keys->cend(), [&domain](const DkimKeyRecord& key) {
                        return key.state != DkimKeyRecord::State::Retired &&
                               key.domain.compare(domain, Qt::CaseInsensitive) == 0;
                    });
                if (has)
                    keyed << domain;
            }
            return keyed;
        },
        [this](const QStringList& keyed) {
            m_keyedDomains = keyed;
            validate();
        });
}

QStringList AgentDialog::removedKeyedDomains() const
{
    const QStringList now = m_senders->entries();
    QStringList removed;
    for (const QString& domain : m_keyedDomains) {
        if (!now.contains(domain, Qt::CaseInsensitive))
            removed << domain;
    }
    return removed;
}

void AgentDialog::keyPressEvent(QKeyEvent* event)
{
    // In a new agent's name and description Enter goes on to the next field, as a form is filled: it saved
    // the agent at once, without sender domains or allowed addresses (an outside tester). Saving an agent
    // being edited, or from any other field, stays Enter's.
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    const bool plain = (event->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier;
    if (enter && plain && m_agent.id == 0 && !m_saving) {
        if (focusWidget() == m_name) {
            m_description->setFocus(Qt::TabFocusReason);
            event->accept();
            return;
        }
        if (focusWidget() == m_description) {
            focusNextChild(); // the sender domain's field
            event->accept();
            return;
        }
    }
    QDialog::keyPressEvent(event);
}

MailAgent AgentDialog::collect() const
{
    MailAgent agent = m_agent;
    agent.name = m_name->text().trimmed();
    agent.enabled = m_enabled->isChecked();
    agent.description = m_description->text().trimmed();
    agent.allowlist = CidrEntryRules::ranges(m_allowlist->entries());
    agent.trustedDevices = CidrEntryRules::ranges(m_trusted->entries());
    agent.senders = m_senders->entries();
    agent.anySender = m_anySender->isChecked();
    return agent;
}

void AgentDialog::setSaving(bool saving)
{
    m_saving = saving;
    for (QWidget* widget : std::initializer_list<QWidget*>{m_name, m_enabled, m_description, m_senders,
                                                           m_anySender, m_allowlist, m_trusted, m_buttons})
        widget->setEnabled(!saving);
    if (saving) {
        m_problem->setStyleSheet(QStringLiteral("color: palette(text);"));
        m_problem->setText(tr("Saving..."));
    }
    setCursor(saving ? Qt::BusyCursor : Qt::ArrowCursor);
}

void AgentDialog::accept()
{
    if (m_saving)
        return;
    if (!m_allowlist->pendingText().isEmpty() || !m_trusted->pendingText().isEmpty() ||
        !m_senders->pendingText().isEmpty()) {
        m_problem->setText(tr("An address is typed but not added: press Add or clear the field."));
        return;
    }
    const MailAgent wanted = collect();
    setSaving(true);
    if (m_agent.id == 0 || (wanted.allowlist == m_agent.allowlist && wanted.senders == m_agent.senders &&
                            wanted.anySender == m_agent.anySender)) {
        save(wanted);
        return;
    }
    // A narrower allowlist refuses the logins of applications that use the agent now (an outside tester's
    // client got a bare 535 and the window never said why), and fewer sender domains refuse their mail
    // (another tester's invoices stopped with 553 5.7.1 after one click): what the last week used is checked
    // first.
    struct RecentUse
    {
        QStringList addresses;
        QStringList senders;
    };
    m_runner->run<RecentUse>(
        this,
        [dataDir = m_dataDir, id = m_agent.id]() {
            const qint64 since = QDateTime::currentMSecsSinceEpoch() - AgentAdmin::recentUseMs;
            const AgentAdmin admin(dataDir);
            // Unreadable: saved without the question (it informs; the store still decides).
            const auto addresses = admin.recentLoginAddresses(id, since);
            const auto senders = admin.recentSenders(id, since);
            return RecentUse{addresses ? addresses.value() : QStringList(),
                             senders ? senders.value() : QStringList()};
        },
        [this, wanted](const RecentUse& used) {
            saveUnlessLockingOut(wanted, used.addresses, used.senders);
        });
}

void AgentDialog::saveUnlessLockingOut(const MailAgent& wanted, const QStringList& recentAddresses,
                                       const QStringList& recentSenders)
{
    const auto allows = [](const QList<CidrRange>& allowlist, const QHostAddress& address) {
        return std::any_of(allowlist.cbegin(), allowlist.cend(),
                           [&address](const CidrRange& range) { return range.contains(address); });
    };
    QStringList lockedOut;
    for (const QString& text : recentAddresses) {
        const QHostAddress address(text);
        if (allows(m_agent.allowlist, address) && !allows(wanted.allowlist, address))
            lockedOut << text;
    }
    if (!lockedOut.isEmpty()) {
        const QString question = tr("Applications at %1 logged in as %2 and sent mail in the last 7 days. "
                                    "The new allowlist leaves "
                                    "that out: their logins will be refused (535 5.7.8). Save anyway?")
                                     .arg(QLocale().createSeparatedList(lockedOut), m_agent.name);
        if (!Confirmation::ask(this, QStringLiteral("confirmNarrowAllowlist"), tr("Allowlist"), question,
                               tr("Save"))) {
            setSaving(false);
            m_problem->clear(); // "Saving..." stayed, though nothing was saved (an outside tester)
            return;
        }
    }
    QStringList refused;
    for (const QString& sender : AgentAdmin::sendersCutOff(m_agent, wanted, recentSenders))
        refused << ReadableAddress::address(sender);
    if (!refused.isEmpty()) {
        constexpr int named = 3;
        const QString list = refused.size() > named
                                 ? tr("%1 and %Ln more", nullptr, int(refused.size() - named))
                                       .arg(QLocale().createSeparatedList(refused.mid(0, named)))
                                 : QLocale().createSeparatedList(refused);
        const QString question =
            tr("Applications sent mail as %1 through %2 in the last 7 days. The new sender "
               "domains leave that out: their mail will be refused (553 5.7.1). Save anyway?")
                .arg(list, m_agent.name);
        if (!Confirmation::ask(this, QStringLiteral("confirmNarrowSenders"), tr("Sender domains"), question,
                               tr("Save"))) {
            setSaving(false);
            m_problem->clear();
            return;
        }
    }
    save(wanted);
}

void AgentDialog::save(const MailAgent& wanted)
{
    // Runs on the dialog's worker thread; a new agent that cannot be stored whole is not stored at all.
    m_runner->run<Expected<MailAgent>>(
        this, [dataDir = m_dataDir, wanted]() { return AgentAdmin(dataDir).save(wanted); },
        [this](Expected<MailAgent> result) {
            setSaving(false);
            if (!result) {
                m_problem->setStyleSheet(QStringLiteral("color: #d63939;"));
                m_problem->setText(sentence(result.error()));
                return;
            }
            m_agent = result.value();
            QDialog::accept();
        });
}

bool AgentDialog::hasEdits() const
{
    // Text typed into an add field and not added yet is work too (an outside tester's was dropped by Escape).
    for (const EntryListEditor* editor : {m_senders, m_allowlist, m_trusted}) {
        if (!editor->pendingText().isEmpty())
            return true;
    }
    const MailAgent now = collect();
    const bool wasEnabled = m_agent.id == 0 || m_agent.enabled; // a new agent starts enabled
    return now.name != m_agent.name.trimmed() || now.enabled != wasEnabled ||
           now.description != m_agent.description.trimmed() || now.allowlist != m_agent.allowlist ||
           now.trustedDevices != m_agent.trustedDevices || now.senders != m_agent.senders ||
           now.anySender != m_agent.anySender;
}

void AgentDialog::reject()
{
    // Closing while the worker saves would leave the caller unaware of a stored agent.
    if (m_saving)
        return;
    // Escape, pressed by reflex to close a hint, threw away a filled-in dialog without a word (an outside
    // tester); the Settings page asks, and so does this dialog (Cancel, the default, keeps it open).
    if (hasEdits() &&
        !Confirmation::ask(this, QStringLiteral("confirmDiscardAgentEdits"), tr("Discard changes"),
                           tr("Close without saving? What you entered for this Mail Agent is lost."),
                           tr("Discard")))
        return;
    QDialog::reject();
}

} // namespace RelayDesk

#include "ui/wizardagentpage.h"

#include "core/admin/agentadmin.h"
#include "ui/agentnametext.h"
#include "ui/cidrentryrules.h"
#include "ui/entrylisteditor.h"
#include "ui/passworddialog.h"
#include "ui/queryrunner.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace RelayDesk {

WizardAgentPage::WizardAgentPage(QString dataDir, QWidget* parent)
    : WizardStep(parent), m_dataDir(std::move(dataDir))
{
    setObjectName(QStringLiteral("wizardAgent"));
    setTitle(tr("The first Mail Agent"));
    setIntroduction(
        tr("A Mail Agent stands for one application or device that sends mail through RelayDesk: it "
           "gets its own SMTP user name and password, sends only from the addresses you allow, and only as "
           "its own domain. Leave the name empty to skip this step."));
    m_runner = new QueryRunner(QStringLiteral("wizard-agent"), m_dataDir, this);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("wizardAgentName"));
    m_name->setPlaceholderText(tr("e.g. Billing application"));
    m_domain = new QLineEdit(this);
    m_domain->setObjectName(QStringLiteral("wizardSenderDomain"));
    m_domain->setPlaceholderText(tr("e.g. example.com"));
    // After the domain, as the page shows them: Tab follows the order of creation (an outside tester's domain
    // went into the address field).
    m_allowlist = new EntryListEditor(CidrEntryRules::rules(tr("e.g. 192.168.1.20 or 192.168.1.0/24")), this);
    m_allowlist->setObjectName(QStringLiteral("wizardAllowlist"));
    // A public provider's domain (the office's staff use gmail.com) is taken, and said as it is typed: its
    // mail from here fails DMARC at the receivers.
    m_domainHint = new QLabel(this);
    m_domainHint->setObjectName(QStringLiteral("wizardSenderDomainHint"));
    m_domainHint->setWordWrap(true);
    m_domainHint->setStyleSheet(QStringLiteral("color: #b08000;"));
    m_domainHint->hide();
    connect(m_domain, &QLineEdit::textChanged, this, [this](const QString& text) {
        const QString warning = AgentAdmin::senderWarning(text);
        m_domainHint->setText(warning);
        m_domainHint->setVisible(!warning.isEmpty());
    });
    m_createdNote = new QLabel(this);
    m_createdNote->setObjectName(QStringLiteral("wizardAgentCreated"));
    m_createdNote->setWordWrap(true);
    m_createdNote->setStyleSheet(QStringLiteral("color: #2f7d32;"));
    m_createdNote->hide();
    connect(m_name, &QLineEdit::textEdited, m_createdNote, &QLabel::hide);
    auto* form = new QFormLayout;
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Sends as domain:"), m_domain);
    form->addRow(QString(), m_domainHint);
    form->addRow(tr("May send from:"), m_allowlist);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(introductionLabel());
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(m_createdNote);
    layout->addWidget(errorLabel());
}

WizardStep::Save WizardAgentPage::startSave()
{
    const QString name = m_name->text().trimmed();
    if (name.isEmpty() || name == m_created)
        return Save::Nothing;
    if (const QString problem = AgentNameText::problem(name); !problem.isEmpty()) {
        showError(problem);
        return Save::Refused;
    }
    if (!m_allowlist->pendingText().isEmpty()) {
        showError(tr("Add the address you typed to the list with Add, or clear it."));
        return Save::Refused;
    }
    // An empty allowlist admits no login, and the wizard's agent has no trusted devices: it could not send at
    // all (an outside tester's wizard made such an agent without a word, and every login was refused).
    if (m_allowlist->entries().isEmpty()) {
        showError(
            tr("Add at least one address its applications send from: its password works only from the "
               "addresses listed here (e.g. 127.0.0.1 for programs on this computer, 192.168.1.0/24 for "
               "the office network)."));
        return Save::Refused;
    }
    const QString domain = m_domain->text().trimmed();
    if (domain.isEmpty()) {
        showError(tr("Give the domain this agent sends as, e.g. example.com: it may send only from "
                     "addresses at that domain."));
        return Save::Refused;
    }
    if (const QString problem = AgentAdmin::senderProblem(domain); !problem.isEmpty()) {
        showError(tr("This domain cannot be used: %1").arg(problem));
        return Save::Refused;
    }
    const QList<CidrRange> allowlist = CidrEntryRules::ranges(m_allowlist->entries());
    using Result = Expected<CreatedAgent>;
    m_runner->run<Result>(
        this,
        [dataDir = m_dataDir, name, allowlist, domain]() {
            return AgentAdmin(dataDir).create(name, allowlist, {}, {}, {domain});
        },
        [this](Result created) {
            if (!created) {
                finishSave(tr("The Mail Agent was not created: %1").arg(created.error()));
                return;
            }
            m_created = created->agent.name;
            Q_EMIT agentCreated(m_created);
            // The password exists in clear only now: shown once, then the wizard moves on.
            m_password = new PasswordDialog(created->credential.credential.username,
                                            created->credential.password, this);
            m_password->setObjectName(QStringLiteral("wizardPasswordDialog"));
            m_password->setAttribute(Qt::WA_DeleteOnClose);
            // Closing the password stays on this page: a person clicks Next after it, and that click skipped
            // the step of how mail leaves when the wizard had moved on by itself (an outside tester).
            connect(m_password, &QDialog::finished, this, [this]() {
                m_password = nullptr;
                m_createdNote->setText(
                    tr("The Mail Agent \"%1\" is created. Click Next to choose how its mail leaves.")
                        .arg(m_created));
                m_createdNote->show();
                finishSave(QString(), false);
            });
            m_password->open();
        });
    return Save::Started;
}

bool WizardAgentPage::hasUnsavedInput() const
{
    const QString name = m_name->text().trimmed();
    if (!m_created.isEmpty() && name == m_created)
        return false; // what the fields show is the agent made
    return !name.isEmpty() || !m_domain->text().trimmed().isEmpty() || !m_allowlist->entries().isEmpty() ||
           !m_allowlist->pendingText().isEmpty();
}

void WizardAgentPage::initializePage()
{
    m_runner->run<Expected<QList<MailAgent>>>(
        this, [dataDir = m_dataDir]() { return AgentAdmin(dataDir).list(); },
        [this](const Expected<QList<MailAgent>>& agents) {
            if (agents && !agents->isEmpty())
                setTitle(tr("Another Mail Agent (optional)"));
        });
}

} // namespace RelayDesk

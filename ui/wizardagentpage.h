#pragma once

#include "ui/wizardstep.h"

class QLabel;
class QLineEdit;

namespace RelayDesk {

class EntryListEditor;
class PasswordDialog;
class QueryRunner;

/// Wizard page 3: the first Mail Agent, the addresses it may send from (EntryListEditor) and the domain it
/// sends as (docs/protocols.md, "Sender domains"). Next creates it
/// with its first credential and shows the password once (PasswordDialog); an empty name skips the step.
class WizardAgentPage final : public WizardStep
{
    Q_OBJECT
public:
    /// "The first Mail Agent" while there is none; "Another Mail Agent" once agents exist (an outside
    /// tester's wizard, opened again on a relay with three agents, still said "first").
    void initializePage() override;
    WizardAgentPage(QString dataDir, QWidget* parent = nullptr);

    QLineEdit* nameField() const { return m_name; }
    EntryListEditor* allowlist() const { return m_allowlist; }
    QLineEdit* domainField() const { return m_domain; }
    /// The agent this page created, empty until then.
    const QString& createdAgent() const { return m_created; }
    /// Whether the fields hold something typed that is not an agent yet (closing the wizard would drop it).
    bool hasUnsavedInput() const;
    /// The show-once dialog while it is open.
    PasswordDialog* passwordDialog() const { return m_password; }

Q_SIGNALS:
    void agentCreated(const QString& name);

protected:
    Save startSave() override;

private:
    QString m_dataDir;
    QueryRunner* m_runner = nullptr;
    QLineEdit* m_name = nullptr;
    EntryListEditor* m_allowlist = nullptr;
    QLineEdit* m_domain = nullptr;
    QLabel* m_domainHint = nullptr;  ///< a public mail provider's domain, said as it is typed
    QLabel* m_createdNote = nullptr; ///< the agent made, said once its password was closed, until Next
    PasswordDialog* m_password = nullptr;
    QString m_created;
};

} // namespace RelayDesk

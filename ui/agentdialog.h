#pragma once

#include "core/agents/mailagent.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QKeyEvent;
class QLabel;
class QLineEdit;

namespace RelayDesk {

class QueryRunner;
class EntryListEditor;

/// Creates or edits a Mail Agent: name, enabled, description, sender domains and any-sender, IP allowlist and
/// trusted devices. Bad input is
/// refused where it is typed; saving runs on a worker thread (the dialog is disabled meanwhile) and is undone
/// as a whole if any part fails, so nothing is ever half-saved.
class AgentDialog final : public QDialog
{
    Q_OBJECT
public:
    /// agent.id == 0 creates a new agent.
    AgentDialog(QString dataDir, const MailAgent& agent, QWidget* parent = nullptr);

    const MailAgent& agent() const { return m_agent; } ///< as saved, after accept()
    /// Starts saving on the worker; the dialog closes as accepted once the agent is stored.
    void accept() override;
    void reject() override;
    bool isSaving() const { return m_saving; }

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    void validate();
    void loadKeyedDomains();
    /// The sender domains with DKIM keys that the list no longer holds.
    QStringList removedKeyedDomains() const;
    MailAgent collect() const;
    /// Whether the fields differ from the agent the dialog opened with.
    bool hasEdits() const;
    void setSaving(bool saving);
    /// Stores wanted (on the worker) and closes the dialog, or says what is wrong.
    void save(const MailAgent& wanted);
    /// The addresses the agent's applications used in the last week that wanted's allowlist no longer lets
    /// in: asks first (Cancel is the default), then saves.
    /// Saves wanted, asking first when it would refuse what the agent's applications used in the last week:
    /// their addresses (a narrower allowlist) or their senders (fewer sender domains).
    void saveUnlessLockingOut(const MailAgent& wanted, const QStringList& recentAddresses,
                              const QStringList& recentSenders);

    QString m_dataDir;
    MailAgent m_agent;
    QLineEdit* m_name = nullptr;
    QCheckBox* m_enabled = nullptr;
    QLineEdit* m_description = nullptr;
    EntryListEditor* m_allowlist = nullptr;
    EntryListEditor* m_trusted = nullptr;
    EntryListEditor* m_senders = nullptr;
    QCheckBox* m_anySender = nullptr;
    QLabel* m_senderWarning = nullptr;
    QLabel* m_problem = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QueryRunner* m_runner = nullptr;
    bool m_saving = false;
    /// The agent's sender domains that have DKIM keys, read when the dialog opens: removing one keeps its
    /// keys, and the dialog says so (the command line did; the window did not).
    QStringList m_keyedDomains;
};

} // namespace RelayDesk

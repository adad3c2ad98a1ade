#pragma once

#include "core/agents/mailagent.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace RelayDesk {

class CidrListEditor;

/// Creates or edits a Mail Agent: name, enabled, description, IP allowlist and trusted devices. Bad input is
/// refused where it is typed; saving is one transaction, so nothing is ever half-saved.
class AgentDialog final : public QDialog
{
    Q_OBJECT
public:
    /// agent.id == 0 creates a new agent.
    AgentDialog(QString dataDir, const MailAgent& agent, QWidget* parent = nullptr);

    const MailAgent& agent() const { return m_agent; } ///< as saved, after accept()
    void accept() override;

private:
    void validate();
    MailAgent collect() const;

    QString m_dataDir;
    MailAgent m_agent;
    QLineEdit* m_name = nullptr;
    QCheckBox* m_enabled = nullptr;
    QLineEdit* m_description = nullptr;
    CidrListEditor* m_allowlist = nullptr;
    CidrListEditor* m_trusted = nullptr;
    QLabel* m_problem = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace RelayDesk

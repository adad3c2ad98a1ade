#pragma once

#include "ui/wizardstep.h"

namespace RelayDesk {

class LiveFeed;
class TestMessageForm;

/// Wizard page 5: a test message through what the earlier pages set up, its delivery (or the road sign of
/// its failure) shown live (TestMessageForm, as in the Mail Agents page's dialog).
class WizardTestPage final : public WizardStep
{
    Q_OBJECT
public:
    WizardTestPage(const QString& dataDir, LiveFeed* feed, QWidget* parent = nullptr);

    void initializePage() override;
    /// The agent to preselect (the one the wizard created).
    void setAgent(const QString& agent) { m_agent = agent; }
    TestMessageForm* form() const { return m_form; }

Q_SIGNALS:
    /// The page is shown: the relay should use what the earlier pages saved.
    void entered();

protected:
    Save startSave() override { return Save::Nothing; }

private:
    TestMessageForm* m_form = nullptr;
    QString m_agent;
};

} // namespace RelayDesk

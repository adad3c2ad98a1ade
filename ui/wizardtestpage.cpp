#include "ui/wizardtestpage.h"

#include "ui/testmessageform.h"

#include <QLabel>
#include <QVBoxLayout>

namespace RelayDesk {

WizardTestPage::WizardTestPage(const QString& dataDir, LiveFeed* feed, QWidget* parent) : WizardStep(parent)
{
    setObjectName(QStringLiteral("wizardTest"));
    setTitle(tr("A test message"));
    setIntroduction(
        tr("Send a message to a mailbox you can read and watch it leave. If it cannot be delivered, "
           "the reason shows here with what to do about it."));
    m_form = new TestMessageForm(dataDir, feed, this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(introductionLabel());
    layout->addWidget(m_form, 1);
    layout->addWidget(errorLabel());
}

void WizardTestPage::initializePage()
{
    Q_EMIT entered();
    m_form->loadAgents(m_agent);
}

} // namespace RelayDesk

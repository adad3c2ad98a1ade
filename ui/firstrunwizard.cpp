#include "ui/firstrunwizard.h"

#include "ui/certificatepanel.h"
#include "ui/confirmation.h"
#include "ui/livefeed.h"
#include "ui/wizardagentpage.h"
#include "ui/wizardcertificatepage.h"
#include "ui/wizarddeliverypage.h"
#include "ui/wizardlistenerspage.h"
#include "ui/wizardtestpage.h"

#include <QAbstractButton>
#include <QApplication>

namespace RelayDesk {

FirstRunWizard::FirstRunWizard(const QString& dataDir, LiveFeed* feed, QWidget* parent) : QWizard(parent)
{
    setObjectName(QStringLiteral("firstRunWizard"));
    setWindowTitle(tr("RelayDesk setup"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::HaveCustomButton1);
    setOption(QWizard::NoBackButtonOnStartPage);
    setButtonText(QWizard::CustomButton1, tr("Skip this step"));
    button(QWizard::CustomButton1)->setObjectName(QStringLiteral("skipStep"));
    setButtonLayout({QWizard::Stretch, QWizard::CustomButton1, QWizard::BackButton, QWizard::NextButton,
                     QWizard::FinishButton, QWizard::CancelButton});

    m_listeners = new WizardListenersPage(dataDir, this);
    m_certificate = new WizardCertificatePage(dataDir, this);
    m_agent = new WizardAgentPage(dataDir, this);
    m_delivery = new WizardDeliveryPage(dataDir, this);
    m_test = new WizardTestPage(dataDir, feed, this);
    setPage(Listeners, m_listeners);
    setPage(Certificate, m_certificate);
    setPage(Agent, m_agent);
    setPage(Delivery, m_delivery);
    setPage(Test, m_test);

    // The running relay applies what the pages save by itself (docs/operations.md): no restart.
    connect(m_listeners, &WizardStep::setupSaved, this, &FirstRunWizard::setupChanged);
    connect(m_certificate->panel(), &CertificatePanel::certificateChanged, this,
            &FirstRunWizard::setupChanged);
    connect(m_agent, &WizardAgentPage::agentCreated, this, [this](const QString& name) {
        m_test->setAgent(name);
        Q_EMIT setupChanged();
    });
    connect(m_test, &WizardTestPage::entered, this, [this]() {
        Q_EMIT setupChanged(); // the delivery page's choice is stored by now
    });
    connect(this, &QWizard::customButtonClicked, this, [this](int which) {
        if (which == QWizard::CustomButton1)
            skipPage();
    });
    connect(this, &QWizard::currentIdChanged, this,
            [this](int id) { button(QWizard::CustomButton1)->setVisible(id != Test); });
    // A page is disabled while it saves, and "Send test message" while it sends: the focus went round to
    // "< Back", the first button of the wizard, so that Enter after the once-only password or the test
    // message went a step back (an outside tester). It goes on to Next, or Finish, instead.
    m_focusWatch = connect(qApp, &QApplication::focusChanged, this, &FirstRunWizard::keepFocusForward);
    resize(760, 600);
}

FirstRunWizard::~FirstRunWizard()
{
    // The pages' fields give up the focus as they are destroyed, after this class's part of the wizard.
    disconnect(m_focusWatch);
}

void FirstRunWizard::keepFocusForward(QWidget* old, QWidget* now)
{
    if (!old || old->isEnabled() || !isAncestorOf(old))
        return;
    QAbstractButton* forward = button(QWizard::NextButton);
    if (!forward->isVisible() || !forward->isEnabled())
        forward = button(QWizard::FinishButton);
    if (now != forward && forward->isVisible() && forward->isEnabled())
        forward->setFocus(Qt::OtherFocusReason);
}

void FirstRunWizard::reject()
{
    // Escape, pressed by reflex, threw a filled-in agent page away without a word (an outside tester).
    if (currentPage() == m_agent && m_agent->hasUnsavedInput() &&
        !Confirmation::ask(this, QStringLiteral("confirmDiscardWizardAgent"), tr("Discard changes"),
                           tr("Close the setup wizard? What you entered for this Mail Agent is lost; what "
                              "the earlier steps saved stays."),
                           tr("Discard")))
        return;
    QWizard::reject();
}

void FirstRunWizard::skipPage()
{
    if (auto* step = qobject_cast<WizardStep*>(currentPage()); step && !step->isSaving()) {
        step->skipOnce();
        next();
    }
}

} // namespace RelayDesk

#pragma once

#include <QWizard>

namespace RelayDesk {

class LiveFeed;
class WizardAgentPage;
class WizardCertificatePage;
class WizardDeliveryPage;
class WizardListenersPage;
class WizardTestPage;

/// The setup wizard, shown at first start when nothing is set up and from Help > Setup wizard: listeners,
/// the TLS certificate, the first Mail Agent, how mail leaves, and a test message. Each page saves through
/// the admin facade when Next is pressed (one transaction a page) and may be skipped; Cancel undoes nothing
/// that was saved, and asks first only where it would drop what was typed on the agent page.
class FirstRunWizard final : public QWizard
{
    Q_OBJECT
public:
    enum PageId
    {
        Listeners,
        Certificate,
        Agent,
        Delivery,
        Test
    };

    FirstRunWizard(const QString& dataDir, LiveFeed* feed, QWidget* parent = nullptr);
    ~FirstRunWizard() override;

    /// Moves on without saving the current page.
    void skipPage();
    /// Cancel, Escape and the window's close: on an agent page filled in but not saved, asked first
    /// (Cancel, the default, keeps the wizard), as the New Mail Agent dialog does.
    void reject() override;

    WizardListenersPage* listenersPage() const { return m_listeners; }
    WizardCertificatePage* certificatePage() const { return m_certificate; }
    WizardAgentPage* agentPage() const { return m_agent; }
    WizardDeliveryPage* deliveryPage() const { return m_delivery; }
    WizardTestPage* testPage() const { return m_test; }

Q_SIGNALS:
    /// Something was saved (the window reloads what shows it).
    void setupChanged();

private:
    /// The focus a field hands on as it is disabled (a page while it saves, "Send test message" while it
    /// sends) goes to Next, or Finish on the last page.
    void keepFocusForward(QWidget* old, QWidget* now);

    QMetaObject::Connection m_focusWatch;
    WizardListenersPage* m_listeners = nullptr;
    WizardCertificatePage* m_certificate = nullptr;
    WizardAgentPage* m_agent = nullptr;
    WizardDeliveryPage* m_delivery = nullptr;
    WizardTestPage* m_test = nullptr;
};

} // namespace RelayDesk

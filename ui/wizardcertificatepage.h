#pragma once

#include "ui/wizardstep.h"

namespace RelayDesk {

class CertificatePanel;

/// Wizard page 2: the listeners' TLS certificate: generate a self-signed one, or import a PEM pair or a
/// PKCS#12 file, each checked as a pair before it is used; subject and expiry shown (CertificatePanel).
class WizardCertificatePage final : public WizardStep
{
    Q_OBJECT
public:
    WizardCertificatePage(const QString& dataDir, QWidget* parent = nullptr);

    void initializePage() override;
    /// The running relay presents the certificate with this fingerprint: read again if it is not the one
    /// shown (CertificatePanel::followInUse).
    void followInUse(const QString& fingerprint);
    CertificatePanel* panel() const { return m_panel; }

protected:
    /// The panel stores a certificate at once (its own confirmed step): Next has nothing left to save.
    Save startSave() override { return Save::Nothing; }

private:
    CertificatePanel* m_panel = nullptr;
};

} // namespace RelayDesk

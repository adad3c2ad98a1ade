#include "ui/wizardcertificatepage.h"

#include "ui/certificatepanel.h"

#include <QLabel>
#include <QVBoxLayout>

namespace RelayDesk {

WizardCertificatePage::WizardCertificatePage(const QString& dataDir, QWidget* parent) : WizardStep(parent)
{
    setObjectName(QStringLiteral("wizardCertificate"));
    setTitle(tr("The TLS certificate"));
    setIntroduction(
        tr("Applications log in only over TLS, so the listeners need a certificate. A self-signed one "
           "is enough for applications you configure yourself; import your organisation's "
           "certificate (PEM or PKCS#12) if applications check it."));
    m_panel = new CertificatePanel(dataDir, this);
    auto* note =
        new QLabel(tr("The running relay uses a new certificate for new connections within a second, "
                      "without a restart."),
                   this);
    note->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(introductionLabel());
    layout->addWidget(m_panel);
    layout->addWidget(note);
    layout->addStretch();
    layout->addWidget(errorLabel());
    connect(m_panel, &CertificatePanel::certificateChanged, this, &WizardStep::setupSaved);
}

void WizardCertificatePage::initializePage()
{
    m_panel->refresh();
}

void WizardCertificatePage::followInUse(const QString& fingerprint)
{
    m_panel->followInUse(fingerprint);
}

} // namespace RelayDesk

#include "ui/setupwizardlauncher.h"

#include "core/query/setupquery.h"
#include "ui/firstrunwizard.h"
#include "ui/queryrunner.h"
#include "ui/wizardcertificatepage.h"
#include "ui/wizardlistenerspage.h"

namespace RelayDesk {

SetupWizardLauncher::SetupWizardLauncher(QString dataDir, LiveFeed* feed, QWidget* window)
    : QObject(window), m_dataDir(std::move(dataDir)), m_feed(feed), m_window(window)
{
    m_runner = new QueryRunner(QStringLiteral("setup-state"), m_dataDir, this);
}

FirstRunWizard* SetupWizardLauncher::wizard() const
{
    return m_wizard;
}

void SetupWizardLauncher::open()
{
    if (m_wizard) {
        m_wizard->raise();
        m_wizard->activateWindow();
        return;
    }
    m_wizard = new FirstRunWizard(m_dataDir, m_feed, m_window);
    m_wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_wizard, &FirstRunWizard::setupChanged, this, &SetupWizardLauncher::setupChanged);
    connect(m_wizard, &QDialog::finished, this, &SetupWizardLauncher::setupChanged);
    if (m_listening)
        m_wizard->listenersPage()->setListening(*m_listening);
    m_wizard->show();
    Q_EMIT opened(m_wizard);
}

void SetupWizardLauncher::offerIfFresh()
{
    using Result = Expected<SetupState>;
    m_runner->run<Result>(
        this, [dataDir = m_dataDir]() { return SetupQuery(dataDir).load(); },
        [this](Result setup) {
            const bool fresh = setup && setup->isFresh();
            if (fresh)
                open();
            Q_EMIT offerChecked(fresh);
        });
}

void SetupWizardLauncher::followListening(const QStringList& listening)
{
    m_listening = listening;
    if (m_wizard)
        m_wizard->listenersPage()->setListening(listening);
}

void SetupWizardLauncher::followCertificateInUse(const QString& fingerprint)
{
    if (m_wizard)
        m_wizard->certificatePage()->followInUse(fingerprint);
}

} // namespace RelayDesk

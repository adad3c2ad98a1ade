#pragma once

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <optional>

class QWidget;

namespace RelayDesk {

class FirstRunWizard;
class LiveFeed;
class QueryRunner;

/// Opens the setup wizard (one at a time): from the Help menu, from the dashboard's "not set up" notice, and
/// at first start when nothing is set up yet (no Mail Agent and no certificate).
class SetupWizardLauncher final : public QObject
{
    Q_OBJECT
public:
    SetupWizardLauncher(QString dataDir, LiveFeed* feed, QWidget* window);

    /// Shows the wizard (raises it if it is open).
    void open();
    /// Reads the setup state on a worker thread and opens the wizard if nothing is set up;
    /// offerChecked(opened) follows.
    void offerIfFresh();
    FirstRunWizard* wizard() const;
    /// The certificate the running relay presents now (its SHA-256): an open wizard's certificate page
    /// shows it when it is not the one shown (the hostname page made it again: an outside tester read the
    /// old fingerprint there).
    void followCertificateInUse(const QString& fingerprint);
    /// The names of the running relay's listeners that listen (none while it is stopped): the wizard's port
    /// page says a port is this relay's only where its listener has it.
    void followListening(const QStringList& listening);

Q_SIGNALS:
    void opened(RelayDesk::FirstRunWizard* wizard);
    void offerChecked(bool opened);
    /// The wizard saved something, or closed.
    void setupChanged();

private:
    QString m_dataDir;
    LiveFeed* m_feed;
    QWidget* m_window;
    QueryRunner* m_runner = nullptr;
    QPointer<FirstRunWizard> m_wizard;
    std::optional<QStringList> m_listening;
};

} // namespace RelayDesk

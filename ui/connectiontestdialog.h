#pragma once

#include "core/outbound/probereport.h"
#include "core/util/expected.h"

#include <QDialog>

#include <functional>
#include <stop_token>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QThread;
class QTreeWidget;

namespace RelayDesk {

struct ProbePlan;

/// "Test connection" for the smarthost or a route: runs the connection test (RouteAdmin::testConnection) on a
/// thread of its own, never the GUI thread, and shows each step with its road sign and the transcript as they
/// complete. Cancel stops a running test; then the button closes the dialog.
class ConnectionTestDialog final : public QDialog
{
    Q_OBJECT
public:
    /// Makes the plan on the worker thread (it reads the store there).
    using PlanMaker = std::function<Expected<ProbePlan>(const QString& dataDir)>;

    /// what: the thing tested, in the window's words ("The smarthost mail.example.org:587").
    ConnectionTestDialog(QString dataDir, QString what, PlanMaker makePlan, QWidget* parent = nullptr);
    ~ConnectionTestDialog() override;

    /// A step's summary in the window's language where the relay wrote it ("421 4.7.5 Certificate of ...
    /// failed verification: ..."): an outside tester read it in English in the German window. A server's
    /// words stay.
    static QString shownSummary(const QString& summary);
    Q_DISABLE_COPY_MOVE(ConnectionTestDialog)

    /// Starts the test (again, after one has ended).
    void start();
    /// Stops a running test; finished() follows as soon as the worker has noticed.
    void cancel();
    bool isRunning() const { return m_thread != nullptr; }
    const ProbeReport& report() const { return m_report; }
    QTreeWidget* stepsView() const { return m_steps; }
    QString transcriptText() const;
    QString statusText() const;

Q_SIGNALS:
    /// The steps or the transcript changed.
    void reportChanged();
    /// The test ended (passed, failed or cancelled), or could not start (error is then set).
    void testFinished();

protected:
    void reject() override;

private:
    void showReport(const ProbeReport& report);
    void done(const ProbeReport& report, const QString& error);

    QString m_dataDir;
    QString m_what;
    PlanMaker m_makePlan;
    ProbeReport m_report;
    std::stop_source m_stop;
    QThread* m_thread = nullptr;
    QLabel* m_status = nullptr;
    QTreeWidget* m_steps = nullptr;
    QPlainTextEdit* m_transcript = nullptr;
    QPushButton* m_again = nullptr;
    QPushButton* m_cancel = nullptr;
};

} // namespace RelayDesk

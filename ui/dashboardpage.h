#pragma once

#include "core/engine/sessioninfo.h"
#include "core/engine/storechanges.h"
#include "core/query/dashboardquery.h"
#include "core/query/setupquery.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QResizeEvent>
#include <QTimer>
#include <QWidget>

class QChartView;
class QHBoxLayout;
class QLabel;
class QListWidget;
class QVBoxLayout;

namespace RelayDesk {

class CountLabel;
class LiveRefresh;
class QueryRunner;

/// The dashboard: each listener up or down, certificate expiry, today's counts, a per-agent chart over the
/// last two weeks, and alerts (queue growing, certificate expiring, a domain failing, a listener down).
class DashboardPage final : public QWidget
{
    Q_OBJECT
public:
    explicit DashboardPage(QString dataDir, QWidget* parent = nullptr);
    ~DashboardPage() override;

    QStringList alerts() const { return m_alerts; }
    QChartView* chartView() const { return m_chart; }
    /// The notice of what is not set up yet, with its button to the setup wizard (hidden once set up).
    QWidget* setupNotice() const { return m_setupNotice; }
    /// What the notice lists as not set up yet (empty once set up).
    QStringList setupGaps() const;

public Q_SLOTS:
    void setListeners(const QList<RelayDesk::ListenerStatus>& listeners);
    void setCertificate(const QDateTime& expiry, const QString& fingerprint);
    /// Reloads the counts on the worker thread.
    void refresh();
    /// The engine's batched report: reloads the counts within the live interval (even while hidden: the
    /// alerts colour the tray).
    void noteStoreChanges(const RelayDesk::StoreChanges& changes);
    void setSnapshot(const RelayDesk::DashboardSnapshot& snapshot);
    void setSetupState(const RelayDesk::SetupState& setup);
    /// The engine has been without its store since sinceMs (EngineControl::askStoreUnreachableSince): an
    /// earlier start of the outage than this window's first failed read replaces it.
    void noteStoreUnreachableSince(qint64 sinceMs);
    /// The relay of another process has not answered since sinceMs (0: it answers); runnerPid names it.
    void setRelaySilentSince(qint64 sinceMs, qint64 runnerPid);

Q_SIGNALS:
    /// Alerts changed; the tray colours itself from them.
    void alertsChanged(const QStringList& alerts);
    /// The notice's button: open the setup wizard.
    void setupRequested();
    /// New counts are on the tiles and the chart (after each refresh's query returns).
    void snapshotShown();
    /// The store could not be read, or can be read again (the window then reads its page again, so that what
    /// it shows is marked unread at once, not at the next change).
    void storeReadableChanged(bool readable);
    /// The setup state as each refresh read it (the queue page says when delivery is off).
    void setupStateRead(const RelayDesk::SetupState& setup);

protected:
    void resizeEvent(QResizeEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    /// Gives each wrapped line of the Relay box (listeners, certificate) the height its text needs at its
    /// width (the grid of the page does not ask word-wrapped labels for it).
    void fitRelayLines();
    /// A number over its title and a smaller line that says what was counted; returns the number's label.
    CountLabel* addTile(const QString& title, const QString& toolTip, QLabel** detail, QWidget* parent,
                        QHBoxLayout* row);
    void updateAlerts();
    void updateChart(const QList<AgentDayCounts>& history);

    QString m_dataDir;
    QueryRunner* m_runner = nullptr;
    LiveRefresh* m_live = nullptr;
    QTimer m_timer;
    /// One load at a time, and after each a pause of loadPauseFactor times its length before the next
    /// (refresh() meanwhile only notes that one is wanted): on a store of months one load takes seconds, and
    /// loads back to back kept a core busy and SQLite's write-ahead log from ever being checkpointed (an
    /// outside tester's grew to 3.9 GB).
    static constexpr int loadPauseFactor = 4;
    bool m_loading = false;
    bool m_loadWanted = false;
    QElapsedTimer m_loadTime;
    QTimer m_loadPause;
    QVBoxLayout* m_listenerBox = nullptr;
    QLabel* m_certificate = nullptr;
    QLabel* m_store = nullptr; ///< which store the relay keeps its mail in (SQLite, or PostgreSQL and where)
    bool m_storeLineRead = false; ///< m_store shows what the store said; read again after an outage
    CountLabel* m_accepted = nullptr;
    CountLabel* m_delivered = nullptr;
    CountLabel* m_waiting = nullptr;
    CountLabel* m_notDelivered = nullptr;
    CountLabel* m_notices = nullptr;
    QLabel* m_acceptedDetail = nullptr;
    QLabel* m_deliveredDetail = nullptr;
    QLabel* m_waitingDetail = nullptr;
    QLabel* m_notDeliveredDetail = nullptr;
    QLabel* m_noticesDetail = nullptr;
    QChartView* m_chart = nullptr;
    QListWidget* m_alertList = nullptr;
    QWidget* m_setupNotice = nullptr;
    QLabel* m_setupText = nullptr;
    SetupState m_setup;
    bool m_setupKnown = false;
    QList<ListenerStatus> m_listeners;
    QDateTime m_certificateExpiry;
    QString m_certificateFingerprint;
    qint64 m_relaySilentSince = 0; ///< the other process's relay has not answered since (0: it answers)
    qint64 m_relaySilentPid = 0;
    DashboardSnapshot m_snapshot;
    QString m_storeProblem;         ///< why the last snapshot could not be read (the store is away), or empty
    qint64 m_storeProblemSince = 0; ///< when reading first failed (ms since the epoch)
    qint64 m_snapshotReadAt = 0;    ///< when m_snapshot was read: the numbers shown are from then
    QStringList m_alerts;
};

} // namespace RelayDesk

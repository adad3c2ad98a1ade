#pragma once

#include "core/delivery/deliveriesinflight.h"
#include "core/engine/storechanges.h"

#include <QWidget>

class QLabel;
class QTabWidget;
class QTableView;
class QTextBrowser;

namespace RelayDesk {

class DeliveryLogModel;
class LiveRefresh;
class LogFilterBar;
class MessageViewerOpener;
class QueryRunner;
class RefusedSubmissionsPanel;

/// The Delivery Logs page: filter, sort and browse every recipient's fate; a details pane with each attempt,
/// its transcript and the road-sign explanation; export of the filtered rows to CSV. It follows the engine's
/// changes live, keeping the selection and the scroll position; the details pane follows the selected row and
/// clears when the row leaves or the filter changes.
/// A second tab lists what the relay refused at submission (RefusedSubmissionsPanel).
class DeliveryLogPage final : public QWidget
{
    Q_OBJECT
public:
    explicit DeliveryLogPage(QString dataDir, QWidget* parent = nullptr);
    ~DeliveryLogPage() override;

    DeliveryLogModel* model() const { return m_model; }
    LogFilterBar* filterBar() const { return m_filterBar; }
    QTableView* view() const { return m_view; }
    /// "Recipients" (what the relay took) and "Refused at submission".
    QTabWidget* tabs() const { return m_tabs; }
    RefusedSubmissionsPanel* refused() const { return m_refused; }
    /// Shows the "Refused at submission" tab with only the live agent's refusals.
    void showRefused(const QString& agent);
    QTextBrowser* details() const { return m_details; }
    /// Opens the message viewer (double-click, Enter, "View message").
    MessageViewerOpener* viewerOpener() const { return m_viewerOpener; }
    /// The engine's deliveries under way, for the message viewers this page opens.
    void setDeliveries(const QList<RelayDesk::DeliveryInFlight>& deliveries);
    /// "1,234 matches": every row the filter matches, counted on a worker after each reload.
    QLabel* matchCount() const { return m_count; }
    /// Counts the rows of the current filter again (after a filter change or a reload this runs by itself).
    void recount();
    /// Writes every row that matches the current filter (not only the loaded ones) to path, on the worker.
    void exportCsv(const QString& path);
    /// The agent filter offers names (the live agents), then formerNames (deleted ones, marked so).
    void refreshAgents(const QStringList& names, const QStringList& formerNames = {});

public Q_SLOTS:
    /// Reads the rows shown again now (F5, the Refresh button), keeping the selection and place.
    void refresh();
    /// The engine's batched report: reloads within the live interval when it touches the log.
    void noteStoreChanges(const RelayDesk::StoreChanges& changes);

Q_SIGNALS:
    void exportFinished(const QString& path, int rows, const QString& error);
    void countFinished(qint64 rows);
    /// A message viewer queued a copy of a message (the engine link wakes delivery).
    void messageResent(const QString& newQueueId);

private:
    void applyFilter();
    void showDetails();
    void clearDetails();
    /// The status line: the loaded rows (live) and the last action's result (kept until the filter changes).
    void showLoaded(const QString& text);
    void showNote(const QString& note);
    void chooseExportFile();

    QString m_dataDir;
    QString m_loadedText; ///< how many rows are loaded, or why none could be
    QString m_note;       ///< the result of the last export or resend, kept while the rows refresh
    DeliveryLogModel* m_model = nullptr;
    LogFilterBar* m_filterBar = nullptr;
    QTableView* m_view = nullptr;
    QTextBrowser* m_details = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_count = nullptr;
    QueryRunner* m_runner = nullptr;
    LiveRefresh* m_live = nullptr;
    MessageViewerOpener* m_viewerOpener = nullptr;
    qint64 m_shownKey = 0;  ///< recipient id in the details pane (0: none)
    QString m_shownVersion; ///< what of that row the pane shows, to redraw it only when it changed
    QTabWidget* m_tabs = nullptr;
    RefusedSubmissionsPanel* m_refused = nullptr;
    QueryRunner* m_countRunner = nullptr; ///< its own thread: a count over a million rows delays no page
    quint64 m_countGeneration = 0;
};

} // namespace RelayDesk

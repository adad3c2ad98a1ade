#pragma once

#include "core/delivery/deliveriesinflight.h"
#include "core/engine/storechanges.h"
#include "ui/queueaction.h"

#include <QWidget>

class QAction;
class QLabel;
class QTimer;
class QPushButton;
class QTableView;
class QTextBrowser;

namespace RelayDesk {

class LiveRefresh;
class LogFilterBar;
class QueryRunner;
class MessageViewerOpener;
class QueueModel;
struct QueueRow;

/// The Queue page: messages waiting for delivery with their state, recipients, next retry and last reply;
/// retry now / hold / release / delete / bounce on a selection, with confirmation for the destructive ones.
/// The page asks for actions through actionRequested; the engine link performs them off the GUI thread. It
/// follows the engine's changes live, keeping the selection and the scroll position; the details pane follows
/// the selected message and clears when it leaves or the filter changes.
class QueuePage final : public QWidget
{
    Q_OBJECT
public:
    explicit QueuePage(QString dataDir, QWidget* parent = nullptr);

    QueueModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    LogFilterBar* filterBar() const { return m_filterBar; }
    QTextBrowser* details() const { return m_details; }
    /// "1,204 messages": how many the filter matches, over every page.
    QLabel* countLabel() const { return m_count; }
    /// Under the table: the result of the last action, or that a selection holds only the loaded rows.
    QLabel* statusLabel() const { return m_status; }
    /// Opens the message viewer (double-click, Enter, "View message").
    MessageViewerOpener* viewerOpener() const { return m_viewerOpener; }
    /// The queue ids (messages.queue_id) of the selected rows, sorted.
    QStringList selectedQueueIds() const;
    /// The queue ids of the selected rows that are on hold, as the table last read them.
    QSet<QString> selectedHeldIds() const;
    /// Asks for confirmation where needed, then emits actionRequested for the selection.
    void perform(QueueAction action);
    /// The agent filter offers names (the live agents), then formerNames (deleted ones, marked so).
    void refreshAgents(const QStringList& names, const QStringList& formerNames = {});

public Q_SLOTS:
    /// Forgets the rows and reads the first page again (selection and place are gone).
    void reload();
    /// Reads the rows shown again now (F5, the Refresh button, after a queue action), keeping the selection
    /// and place; the details pane shows what changed (a held message says it is held).
    void refresh();
    /// The engine's batched report: reloads within the live interval when it touches the queue.
    void noteStoreChanges(const RelayDesk::StoreChanges& changes);
    /// The result of an action, shown under the table.
    void showActionResult(const QString& message);
    /// Disables the action buttons while an action runs on the engine.
    void setActionRunning(bool running);
    /// How many of the messages of the last Delete or Bounce asked for were being delivered then: that
    /// delivery may still complete (the result says so).
    int underWayInAction() const { return m_underWayInAction; }
    /// After a refresh: a Retry now whose messages all left the queue says so.
    void noteRetriedGone();
    /// Whether delivery is on (delivery.enabled, as the dashboard last read it): while it is off, no message
    /// promises a next attempt and a retry says that nothing is sent.
    void setDeliveryEnabled(bool enabled);
    /// Whether the relay of this computer runs (this window's, or the service's it shows): while it does
    /// not, no message promises a next attempt either.
    void setRelayRunning(bool running);
    /// The running engine's deliveries under way (EngineControl::deliveriesChanged).
    void setDeliveries(const QList<RelayDesk::DeliveryInFlight>& deliveries);
    bool deliveryEnabled() const;

Q_SIGNALS:
    void actionRequested(RelayDesk::QueueAction action, const QStringList& queueIds);
    /// A message viewer queued a copy of a message (the engine link wakes delivery).
    void messageResent(const QString& newQueueId);

private:
    void applyFilter();
    void updateButtons();
    void showDetails();
    void clearDetails();
    /// Counts the messages the filter matches on a worker thread (after a reload and each live refresh).
    void recount();
    /// When every loaded row is selected and more match the filter (Ctrl+A before scrolling to the end): says
    /// that the rest is not selected. Empty otherwise.
    QString partialSelectionNote(int selected) const;

    QString m_dataDir;
    QueueModel* m_model = nullptr;
    LogFilterBar* m_filterBar = nullptr;
    QTableView* m_view = nullptr;
    QTextBrowser* m_details = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_count = nullptr;
    QueryRunner* m_countRunner = nullptr;
    QueryRunner* m_repliesRunner = nullptr; ///< the shown message's recipients' last replies
    quint64 m_countGeneration = 0;          ///< the latest count asked for; older answers are dropped
    qint64 m_matching = -1;                 ///< how many messages the filter matches (-1: not counted yet)
    QString m_selectionNote;                ///< the partial-selection note m_status shows, if it shows one
    QString m_actionResult;                 ///< the last action's result while m_status shows it
    QTimer* m_resultExpiry = nullptr;       ///< clears m_actionResult once it is no longer news
    QList<QPushButton*> m_actionButtons;
    QList<QAction*> m_menuActions; ///< the same actions in the rows' context menu, in the same order
    bool m_actionRunning = false;
    int m_underWayInAction = 0;
    /// The messages of the last Retry now: once none of them is in the queue, the result ("will be retried
    /// now") says they have left it (an outside tester read it after they were delivered).
    QStringList m_retried;
    LiveRefresh* m_live = nullptr;
    MessageViewerOpener* m_viewerOpener = nullptr;
    /// Below head (the pane's text before the explanation), each reply the message's waiting recipients got,
    /// with the recipients that got it, once they are read: the pane explained one of them only (an outside
    /// tester's 421 of one recipient was not said beside another's greylisting).
    void explainEachRecipient(const QueueRow& row, const QString& head);
    qint64 m_shownKey = 0;  ///< message id in the details pane (0: none)
    QString m_shownVersion; ///< what of that message the pane shows, to redraw it only when it changed
};

} // namespace RelayDesk

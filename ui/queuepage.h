#pragma once

#include "ui/queueaction.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;
class QTextBrowser;

namespace RelayDesk {

class LogFilterBar;
class QueueModel;

/// The Queue page: messages waiting for delivery with their state, recipients, next retry and last reply;
/// retry now / hold / release / delete / bounce on a selection, with confirmation for the destructive ones.
/// The page asks for actions through actionRequested; the engine link performs them off the GUI thread.
class QueuePage final : public QWidget
{
    Q_OBJECT
public:
    explicit QueuePage(QString dataDir, QWidget* parent = nullptr);

    QueueModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    LogFilterBar* filterBar() const { return m_filterBar; }
    /// The queue ids (messages.queue_id) of the selected rows, sorted.
    QStringList selectedQueueIds() const;
    /// Asks for confirmation where needed, then emits actionRequested for the selection.
    void perform(QueueAction action);
    void refreshAgents(const QStringList& names);

public Q_SLOTS:
    void reload();
    /// The result of an action, shown under the table.
    void showActionResult(const QString& message);
    /// Disables the action buttons while an action runs on the engine.
    void setActionRunning(bool running);

Q_SIGNALS:
    void actionRequested(RelayDesk::QueueAction action, const QStringList& queueIds);

private:
    void applyFilter();
    void updateButtons();
    void showDetails();

    QString m_dataDir;
    QueueModel* m_model = nullptr;
    LogFilterBar* m_filterBar = nullptr;
    QTableView* m_view = nullptr;
    QTextBrowser* m_details = nullptr;
    QLabel* m_status = nullptr;
    QList<QPushButton*> m_actionButtons;
    bool m_actionRunning = false;
};

} // namespace RelayDesk

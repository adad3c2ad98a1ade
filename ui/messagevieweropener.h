#pragma once

#include "core/delivery/deliveriesinflight.h"
#include "core/engine/storechanges.h"

#include <QObject>
#include <QString>

#include <functional>

class QAbstractItemView;
class QAction;

namespace RelayDesk {

class MessageViewer;

/// Opens the message viewer from a table of messages or recipients: double-click, Enter, or the "View
/// message" action (in the table's context menu, and for a button of the page). Each viewer is its own
/// window, so several messages can be compared.
class MessageViewerOpener final : public QObject
{
    Q_OBJECT
public:
    using QueueIdOfRow = std::function<QString(int row)>;

    MessageViewerOpener(QAbstractItemView* view, QString dataDir, QueueIdOfRow queueIdOf);

    /// "View message": enabled while the table has a current row.
    QAction* action() const { return m_action; }
    /// Opens the message of the table's current row, if any.
    void openCurrent();
    MessageViewer* open(const QString& queueId);
    /// The engine's batched report, passed on to every viewer this opened: they show new attempts and states
    /// as the page does.
    void noteStoreChanges(const RelayDesk::StoreChanges& changes);
    /// The engine's deliveries under way, passed on to every viewer (this one's and those it opens later):
    /// a recipient being delivered says so, as on the Queue page.
    void setDeliveries(const QList<RelayDesk::DeliveryInFlight>& deliveries);

Q_SIGNALS:
    void opened(RelayDesk::MessageViewer* viewer);
    /// A viewer queued a copy of its message under this new queue id.
    void messageResent(const QString& newQueueId);
    /// The store changed (noteStoreChanges): the open viewers reload.
    void storeChanged(const RelayDesk::StoreChanges& changes);
    void deliveriesChanged(const QList<RelayDesk::DeliveryInFlight>& deliveries);

private:
    void updateAction();

    QAbstractItemView* m_view;
    QString m_dataDir;
    QueueIdOfRow m_queueIdOf;
    QAction* m_action = nullptr;
    QList<DeliveryInFlight> m_deliveries;
};

} // namespace RelayDesk

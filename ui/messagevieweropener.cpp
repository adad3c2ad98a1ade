#include "ui/messagevieweropener.h"

#include "ui/messageviewer.h"

#include <QAbstractItemView>
#include <QAction>

namespace RelayDesk {

MessageViewerOpener::MessageViewerOpener(QAbstractItemView* view, QString dataDir, QueueIdOfRow queueIdOf)
    : QObject(view), m_view(view), m_dataDir(std::move(dataDir)), m_queueIdOf(std::move(queueIdOf))
{
    m_action = new QAction(tr("View message"), view);
    m_action->setObjectName(QStringLiteral("viewMessageAction"));
    m_action->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    m_action->setShortcutContext(Qt::WidgetShortcut); // Enter in the table, not in a filter field
    view->addAction(m_action);
    view->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_action, &QAction::triggered, this, &MessageViewerOpener::openCurrent);
    connect(view, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex& index) {
        if (index.isValid())
            open(m_queueIdOf(index.row()));
    });
    connect(view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MessageViewerOpener::updateAction);
    connect(view->model(), &QAbstractItemModel::modelReset, this, &MessageViewerOpener::updateAction);
    updateAction();
}

void MessageViewerOpener::updateAction()
{
    m_action->setEnabled(m_view->currentIndex().isValid());
}

void MessageViewerOpener::openCurrent()
{
    const QModelIndex current = m_view->currentIndex();
    if (current.isValid())
        open(m_queueIdOf(current.row()));
}

MessageViewer* MessageViewerOpener::open(const QString& queueId)
{
    if (queueId.isEmpty())
        return nullptr;
    auto* viewer = new MessageViewer(m_dataDir, queueId, m_view->window());
    viewer->setAttribute(Qt::WA_DeleteOnClose);
    connect(viewer, &MessageViewer::resent, this, &MessageViewerOpener::messageResent);
    connect(this, &MessageViewerOpener::storeChanged, viewer, &MessageViewer::noteStoreChanges);
    viewer->setDeliveries(m_deliveries);
    connect(this, &MessageViewerOpener::deliveriesChanged, viewer, &MessageViewer::setDeliveries);
    viewer->show();
    Q_EMIT opened(viewer);
    return viewer;
}

void MessageViewerOpener::setDeliveries(const QList<DeliveryInFlight>& deliveries)
{
    m_deliveries = deliveries;
    Q_EMIT deliveriesChanged(deliveries);
}

void MessageViewerOpener::noteStoreChanges(const StoreChanges& changes)
{
    Q_EMIT storeChanged(changes);
}

} // namespace RelayDesk

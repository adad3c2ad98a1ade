#pragma once

#include "core/query/noderow.h"

#include <QTimer>
#include <QWidget>

class QLabel;
class QTreeWidget;

namespace RelayDesk {

class QueryRunner;

/// The nodes that share this relay's store (docs/scaling.md): name, address, version, last heartbeat, alive
/// or not, deliveries in flight. Reloaded every few seconds while it is shown (the nodes' heartbeat).
class NodesPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit NodesPanel(QString dataDir, QWidget* parent = nullptr);

    void reload();
    QTreeWidget* list() const { return m_list; }
    QLabel* status() const { return m_status; }

Q_SIGNALS:
    void nodesLoaded(int count);

protected:
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    void showNodes(const QList<NodeRow>& nodes);

    QString m_dataDir;
    QTreeWidget* m_list = nullptr;
    QLabel* m_status = nullptr;
    QueryRunner* m_runner = nullptr;
    QTimer m_timer;
    quint64 m_generation = 0;
};

} // namespace RelayDesk

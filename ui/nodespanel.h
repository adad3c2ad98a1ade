#pragma once

#include "core/query/noderow.h"

#include <QTimer>

#include <QWidget>
#include <optional>

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
    /// This node's open sessions as Live Sessions counts them now: its row shows them instead of its last
    /// heartbeat's, so that the two counts on one page agree (an outside tester read 0 beside 1).
    void setOwnSessions(int open);
    QTreeWidget* list() const { return m_list; }
    QLabel* status() const { return m_status; }

Q_SIGNALS:
    void nodesLoaded(int count);

protected:
    void showEvent(QShowEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    void showNodes(const QList<NodeRow>& nodes);
    /// Every column but the address as wide as its words; the address what is left, at most its own width
    /// (cut at the end, the whole in its tooltip), so that nothing is behind a scroll bar.
    void fitColumns();

    QString m_dataDir;
    QTreeWidget* m_list = nullptr;
    QLabel* m_status = nullptr;
    QueryRunner* m_runner = nullptr;
    QTimer m_timer;
    quint64 m_generation = 0;
    std::optional<int> m_ownSessions; ///< setOwnSessions(); none until Live Sessions has counted
    QList<NodeRow> m_shown;           ///< the rows shown, to show again when this node's count moves
};

} // namespace RelayDesk

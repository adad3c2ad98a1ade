#include "ui/nodespanel.h"

#include "core/admin/nodeadmin.h"
#include "ui/queryrunner.h"
#include "ui/storeerrortext.h"
#include "ui/timecolumn.h"

#include <QDateTime>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace RelayDesk {

namespace {

constexpr int kNodeAddressColumn = 1;

} // namespace

NodesPanel::NodesPanel(QString dataDir, QWidget* parent) : QWidget(parent), m_dataDir(std::move(dataDir))
{
    m_runner = new QueryRunner(QStringLiteral("nodes"), m_dataDir, this);
    auto* title = new QLabel(tr("Nodes sharing this store"), this);
    title->setStyleSheet(QStringLiteral("font-weight: bold;"));
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("nodes"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Name"), tr("Address"), tr("Version"), tr("Last heartbeat"), tr("State"),
                             tr("In flight"), tr("Sessions")});
    // Every column as wide as its words, the last one taking the rest: name and address, stretched to share
    // the rest before, were cut at 1024 px ("127.0.0.…", "node2 (…": an outside tester), and "In Zustellung"
    // behind a scroll bar before that. The address takes only what the others leave (fitColumns): a node's
    // three listener addresses put "In Zustellung" and "Sitzungen" behind a scroll bar (another tester).
    m_list->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_list->header()->setStretchLastSection(false);
    m_list->setTextElideMode(Qt::ElideRight);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title);
    layout->addWidget(m_list);
    layout->addWidget(m_status);

    m_timer.setInterval(NodeAdmin::heartbeatIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &NodesPanel::reload);
}

void NodesPanel::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    reload();
    m_timer.start();
}

void NodesPanel::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    fitColumns();
}

void NodesPanel::fitColumns()
{
    QHeaderView* header = m_list->header();
    const auto* view = static_cast<const QAbstractItemView*>(m_list);
    const auto wanted = [&](int column) {
        return std::max(view->sizeHintForColumn(column), header->sectionSizeHint(column));
    };
    const int last = m_list->columnCount() - 1;
    int others = 0;
    for (int column = 0; column < m_list->columnCount(); ++column) {
        if (column == kNodeAddressColumn)
            continue;
        others += wanted(column);
        header->resizeSection(column, wanted(column));
    }
    const int room = m_list->viewport()->width();
    const int title = header->sectionSizeHint(kNodeAddressColumn);
    const int address = std::clamp(room - others, title, std::max(title, wanted(kNodeAddressColumn)));
    header->resizeSection(kNodeAddressColumn, address);
    // The last one takes the rest (a stretched last section kept at least 100 px and scrolled).
    header->resizeSection(last, std::max(wanted(last), room - others - address + wanted(last)));
}

void NodesPanel::hideEvent(QHideEvent* event)
{
    QWidget::hideEvent(event);
    m_timer.stop();
}

void NodesPanel::reload()
{
    const quint64 generation = ++m_generation;
    using List = Expected<QList<NodeRow>>;
    m_runner->run<List>(
        this, [dir = m_dataDir]() { return NodeAdmin(dir).nodes(); },
        [this, generation](List list) {
            if (generation != m_generation)
                return;
            if (!list) {
                m_status->setText(tr("Cannot read the nodes: %1").arg(StoreErrorText::of(list.error())));
                return;
            }
            showNodes(list.value());
        });
}

void NodesPanel::setOwnSessions(int open)
{
    if (m_ownSessions == open)
        return;
    m_ownSessions = open;
    if (!m_shown.isEmpty())
        showNodes(QList<NodeRow>(m_shown));
}

void NodesPanel::showNodes(const QList<NodeRow>& nodes)
{
    m_shown = nodes;
    m_list->clear();
    const QLocale locale;
    int alive = 0;
    for (const NodeRow& node : nodes) {
        const QString state = node.alive           ? tr("Alive")
                              : node.stoppedAt > 0 ? tr("Stopped")
                                                   : tr("Not responding");
        const QString name = node.self ? tr("%1 (this node)").arg(node.name) : node.name;
        auto* item = new QTreeWidgetItem(
            m_list,
            {name, node.address.isEmpty() ? tr("(none)") : node.address, node.version,
             // With seconds in every language: heartbeats come every few seconds (German showed "16:37").
             tableTimeText(node.lastHeartbeat), state,
             node.held > 0
                 ? tr("%Ln held until %1", nullptr, node.held)
                       .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(node.heldUntil).time(),
                                               QStringLiteral("HH:mm:ss")))
                 : locale.toString(node.inFlight),
             // Clients connected to each node at its last heartbeat: which node takes the office's mail;
             // this node's as Live Sessions counts them now.
             locale.toString(node.self && m_ownSessions ? *m_ownSessions : node.sessions)});
        item->setToolTip(0, tr("%1\nNode id %2").arg(name, node.id));
        item->setToolTip(1, item->text(1));
        if (!node.alive && node.stoppedAt == 0)
            item->setToolTip(4,
                             tr("No heartbeat for a while: the node may have died. Its deliveries are taken "
                                "over by the other nodes once their leases run out."));
        if (node.held > 0)
            item->setToolTip(5,
                             tr("The node still holds the leases of %Ln recipient(s): no node delivers them "
                                "before their leases run out. If the node is gone for good, 'relaydesk node "
                                "forget %1' hands them to the other nodes now.",
                                nullptr, node.held)
                                 .arg(node.id));
        alive += node.alive ? 1 : 0;
    }
    if (nodes.isEmpty())
        m_status->setText(tr("No node has run on this store yet."));
    else
        m_status->setText(tr("%n node(s) alive", nullptr, alive));
    fitColumns();
    Q_EMIT nodesLoaded(static_cast<int>(nodes.size()));
}

} // namespace RelayDesk

#include "ui/sessionspage.h"

#include "ui/lockoutspanel.h"
#include "ui/nodespanel.h"
#include "ui/sessionsmodel.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace RelayDesk {

SessionsPage::SessionsPage(QString dataDir, QWidget* parent) : QWidget(parent)
{
    m_model = new SessionsModel(this);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("sessionsView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    fitColumns();
    m_summary = new QLabel(this);
    m_disconnect = new QPushButton(tr("Disconnect..."), this);
    m_disconnect->setObjectName(QStringLiteral("disconnectSession"));
    m_disconnect->setToolTip(tr("End the selected session now; the client is told to try again later"));
    m_lockouts = new LockoutsPanel(dataDir, this);
    m_nodes = new NodesPanel(std::move(dataDir), this);

    auto* top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_disconnect);
    auto* sessions = new QWidget(this);
    auto* sessionsLayout = new QVBoxLayout(sessions);
    sessionsLayout->setContentsMargins(0, 0, 0, 0);
    sessionsLayout->addLayout(top);
    sessionsLayout->addWidget(m_view);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(sessions);
    splitter->addWidget(m_lockouts);
    splitter->addWidget(m_nodes);
    splitter->setSizes({360, 170, 150});
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_disconnect, &QPushButton::clicked, this, &SessionsPage::confirmDisconnect);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SessionsPage::updateButtons);
    m_clock.setInterval(1000);
    connect(&m_clock, &QTimer::timeout, this, &SessionsPage::tick);
    setSessions({});
}

void SessionsPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    tick();
    m_clock.start();
}

void SessionsPage::hideEvent(QHideEvent* event)
{
    QWidget::hideEvent(event);
    m_clock.stop();
}

void SessionsPage::tick()
{
    m_model->tick(QDateTime::currentMSecsSinceEpoch());
    updateButtons();
}

void SessionsPage::fitColumns()
{
    // Every column as wide as its widest text in this language, and Agent the rest: all seven fit at
    // 1024x700 without a horizontal scroll bar, and "receiving message" does not wrap.
    QHeaderView* header = m_view->horizontalHeader();
    const QFontMetrics cells = m_view->fontMetrics();
    const QFontMetrics titles = header->fontMetrics();
    constexpr int margin = 20; // the cell's padding and the grid line
    for (int column = 0; column < SessionsModel::ColumnCount; ++column) {
        if (column == SessionsModel::Agent) {
            header->setSectionResizeMode(column, QHeaderView::Stretch);
            continue;
        }
        int width = titles.horizontalAdvance(m_model->headerData(column, Qt::Horizontal).toString());
        for (const QString& text : SessionsModel::widestTexts(SessionsModel::Column(column)))
            width = qMax(width, cells.horizontalAdvance(text));
        m_view->setColumnWidth(column, width + margin);
    }
}

void SessionsPage::refresh()
{
    Q_EMIT refreshRequested();
}

void SessionsPage::setSessions(const QList<SessionInfo>& sessions)
{
    m_model->applySnapshot(sessions, QDateTime::currentMSecsSinceEpoch());
    int open = 0;
    for (const SessionInfo& session : sessions)
        open += session.endedMs == 0 ? 1 : 0;
    m_summary->setText(tr("%n open session(s)", nullptr, open));
    updateButtons();
}

void SessionsPage::updateButtons()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    m_disconnect->setEnabled(!rows.isEmpty() && m_model->sessionAt(rows.first().row()).endedMs == 0);
}

void SessionsPage::confirmDisconnect()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const SessionInfo session = m_model->sessionAt(rows.first().row());
    if (session.endedMs != 0)
        return;
    // Not exec(): window-modal, so that the engine's updates keep arriving while the question is open.
    auto* box = new QMessageBox(
        QMessageBox::Question, tr("Disconnect session"),
        tr("Disconnect %1? The client is told that the connection is closing (421) and a message it has not "
           "finished sending is not accepted; most clients try again later.")
            .arg(session.agent.isEmpty() ? session.client : tr("%1 (%2)").arg(session.client, session.agent)),
        QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("confirmDisconnect"));
    QPushButton* yes = box->addButton(tr("Disconnect"), QMessageBox::DestructiveRole);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, yes, id = session.id]() {
        if (box->clickedButton() == yes)
            Q_EMIT disconnectRequested(id);
    });
    box->open();
}

} // namespace RelayDesk

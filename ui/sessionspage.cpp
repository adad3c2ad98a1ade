#include "ui/sessionspage.h"

#include "ui/lockoutspanel.h"
#include "ui/nodespanel.h"
#include "ui/refusedloginspanel.h"
#include "ui/sessionsmodel.h"

#include <algorithm>

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
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setTabKeyNavigation(false); // Tab goes on to Disconnect, as on the Queue page
    m_view->verticalHeader()->hide();
    fitColumns();
    m_summary = new QLabel(this);
    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("sessionsNote"));
    m_note->setWordWrap(true);
    m_note->hide();
    m_disconnect = new QPushButton(tr("Disconnect..."), this);
    m_disconnect->setObjectName(QStringLiteral("disconnectSession"));
    m_disconnect->setToolTip(tr("End the selected sessions now; their clients are told to try again later"));
    m_lockouts = new LockoutsPanel(dataDir, this);
    m_refused = new RefusedLoginsPanel(dataDir, this);
    m_nodes = new NodesPanel(std::move(dataDir), this);

    auto* top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_disconnect);
    auto* sessions = new QWidget(this);
    auto* sessionsLayout = new QVBoxLayout(sessions);
    sessionsLayout->setContentsMargins(0, 0, 0, 0);
    sessionsLayout->addLayout(top);
    sessionsLayout->addWidget(m_note);
    sessionsLayout->addWidget(m_view);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(sessions);
    splitter->addWidget(m_lockouts);
    splitter->addWidget(m_refused);
    splitter->addWidget(m_nodes);
    splitter->setSizes({300, 130, 150, 110});
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
    m_note->hide(); // about the last disconnect: old news when the page is next shown
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
    m_nodes->setOwnSessions(open);
    updateButtons();
}

QList<SessionInfo> SessionsPage::selectedOpenSessions() const
{
    QList<int> rows;
    for (const QModelIndex& index : m_view->selectionModel()->selectedRows())
        rows.append(index.row());
    std::sort(rows.begin(), rows.end());
    QList<SessionInfo> open;
    for (int row : rows) {
        const SessionInfo& session = m_model->sessionAt(row);
        if (session.endedMs == 0)
            open.append(session);
    }
    return open;
}

void SessionsPage::updateButtons()
{
    m_disconnect->setEnabled(!selectedOpenSessions().isEmpty());
}

void SessionsPage::confirmDisconnect()
{
    const QList<SessionInfo> sessions = selectedOpenSessions();
    if (sessions.isEmpty())
        return;
    QString question;
    if (sessions.size() == 1) {
        const SessionInfo& session = sessions.first();
        question =
            tr("Disconnect %1? The client is told that the connection is closing (421) and a message it "
               "has not finished sending is not accepted; most clients try again later.")
                .arg(session.agent.isEmpty() ? session.client
                                             : tr("%1 (%2)").arg(session.client, session.agent));
    } else {
        question =
            tr("Disconnect %n sessions? Their clients are told that the connection is closing (421) and "
               "a message one has not finished sending is not accepted; most clients try again later.",
               nullptr, static_cast<int>(sessions.size()));
    }
    // Not exec(): window-modal, so that the engine's updates keep arriving while the question is open.
    auto* box =
        new QMessageBox(QMessageBox::Question, tr("Disconnect session"), question, QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("confirmDisconnect"));
    QPushButton* yes = box->addButton(tr("Disconnect"), QMessageBox::DestructiveRole);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, yes, sessions]() {
        if (box->clickedButton() == yes)
            disconnectConfirmed(sessions);
    });
    box->open();
}

void SessionsPage::disconnectConfirmed(const QList<SessionInfo>& asked)
{
    // While the question was open, a client may have finished on its own: the table knows, so the person is
    // told rather than left to wonder whether the disconnect did anything.
    int ended = 0;
    for (const SessionInfo& session : asked) {
        const int row = m_model->rowOfSession(session.id);
        // A relay restarted meanwhile numbers its sessions from 1 again: the same id from another client, or
        // from the same address at another time, is another session, not the one asked about.
        if (row < 0 || m_model->sessionAt(row).endedMs != 0 ||
            m_model->sessionAt(row).client != session.client ||
            m_model->sessionAt(row).startedMs != session.startedMs) {
            ++ended;
            continue;
        }
        Q_EMIT disconnectRequested(session.id);
    }
    if (ended == 0) {
        m_note->hide();
        return;
    }
    if (asked.size() == 1)
        m_note->setText(
            tr("The session had already ended before the disconnect: its client left on its own."));
    else if (ended == asked.size())
        m_note->setText(tr("All %n sessions had already ended before the disconnect: their clients left on "
                           "their own.",
                           nullptr, ended));
    else
        m_note->setText(tr("%n of the selected sessions had already ended before the disconnect; the others "
                           "are being disconnected.",
                           nullptr, ended));
    m_note->show();
}

} // namespace RelayDesk

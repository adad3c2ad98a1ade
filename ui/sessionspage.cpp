#include "ui/sessionspage.h"

#include "ui/sessionsmodel.h"

#include <QDateTime>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace RelayDesk {

SessionsPage::SessionsPage(QWidget* parent) : QWidget(parent)
{
    m_model = new SessionsModel(this);
    auto* view = new QTableView(this);
    view->setModel(m_model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setColumnWidth(SessionsModel::Client, 190);
    view->setColumnWidth(SessionsModel::Tls, 280);
    view->setColumnWidth(SessionsModel::Agent, 160);
    m_summary = new QLabel(this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(view);
    setSessions({});
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
}

} // namespace RelayDesk

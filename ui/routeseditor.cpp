#include "ui/routeseditor.h"

#include "core/admin/routeadmin.h"
#include "ui/queryrunner.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace RelayDesk {

RoutesEditor::RoutesEditor(QString dataDir, QWidget* parent) : QWidget(parent), m_dataDir(std::move(dataDir))
{
    m_runner = new QueryRunner(QStringLiteral("routes"), m_dataDir, this);
    m_table = new QTableWidget(0, 4, this);
    m_table->setObjectName(QStringLiteral("routes"));
    m_table->setHorizontalHeaderLabels({tr("Domain"), tr("Host"), tr("Port"), tr("TLS")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_pattern = new QLineEdit(this);
    m_pattern->setObjectName(QStringLiteral("routePattern"));
    m_pattern->setPlaceholderText(tr("example.com or *.example.com"));
    m_host = new QLineEdit(this);
    m_host->setObjectName(QStringLiteral("routeHost"));
    m_host->setPlaceholderText(tr("mail.example.com"));
    m_port = new QSpinBox(this);
    m_port->setObjectName(QStringLiteral("routePort"));
    m_port->setRange(1, 65535);
    m_port->setValue(25);
    m_tls = new QComboBox(this);
    m_tls->setObjectName(QStringLiteral("routeTls"));
    for (TlsPolicy policy :
         {TlsPolicy::Opportunistic, TlsPolicy::Required, TlsPolicy::Verify, TlsPolicy::None})
        m_tls->addItem(tlsPolicyName(policy), tlsPolicyName(policy));
    m_tls->addItem(tr("implicit (port 465)"), QStringLiteral("implicit"));
    m_add = new QPushButton(tr("Add or replace"), this);
    m_add->setObjectName(QStringLiteral("addRoute"));
    m_remove = new QPushButton(tr("Remove"), this);
    m_remove->setObjectName(QStringLiteral("removeRoute"));
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("routeProblem"));
    m_problem->setStyleSheet(QStringLiteral("color: #d63939;"));
    m_problem->setWordWrap(true);

    auto* fields = new QHBoxLayout;
    fields->addWidget(m_pattern, 2);
    fields->addWidget(m_host, 2);
    fields->addWidget(m_port);
    fields->addWidget(m_tls);
    fields->addWidget(m_add);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(
        new QLabel(tr("Mail for these domains goes to the given host instead of the domain's MX "
                      "or the smarthost."),
                   this));
    layout->addWidget(m_table, 1);
    layout->addLayout(fields);
    layout->addWidget(m_problem);
    layout->addWidget(m_remove, 0, Qt::AlignLeft);
    connect(m_add, &QPushButton::clicked, this, &RoutesEditor::addRoute);
    connect(m_remove, &QPushButton::clicked, this, &RoutesEditor::removeSelected);
    reload();
}

int RoutesEditor::routeCount() const
{
    return m_table->rowCount();
}

QString RoutesEditor::problem() const
{
    return m_problem->text();
}

void RoutesEditor::reload()
{
    using Result = Expected<QList<RouteEntry>>;
    m_runner->run<Result>(
        this, [dataDir = m_dataDir]() { return RouteAdmin(dataDir).routes(); },
        [this](Result routes) {
            if (!routes)
                m_problem->setText(routes.error());
            showRoutes(routes ? routes.value() : QList<RouteEntry>());
            Q_EMIT routesLoaded();
        });
}

void RoutesEditor::showRoutes(const QList<RouteEntry>& routes)
{
    m_table->setRowCount(static_cast<int>(routes.size()));
    for (int row = 0; row < routes.size(); ++row) {
        const RouteEntry& route = routes.at(row);
        const QStringList cells = {route.pattern, route.host, QString::number(route.port),
                                   RouteAdmin::tlsName(route)};
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
}

void RoutesEditor::addRoute()
{
    RouteEntry entry;
    entry.pattern = m_pattern->text().trimmed();
    entry.host = m_host->text().trimmed();
    entry.port = static_cast<quint16>(m_port->value());
    const QString tls = m_tls->currentData().toString();
    entry.implicitTls = tls == QLatin1String("implicit");
    entry.tls =
        entry.implicitTls ? TlsPolicy::Required : parseTlsPolicy(tls).value_or(TlsPolicy::Opportunistic);
    m_add->setEnabled(false);
    m_runner->run<Status>(
        this, [dataDir = m_dataDir, entry]() { return RouteAdmin(dataDir).setRoute(entry); },
        [this](Status status) {
            m_add->setEnabled(true);
            if (!status) {
                m_problem->setText(status.error());
                Q_EMIT routeSaveFailed(status.error());
                return;
            }
            m_problem->clear();
            m_pattern->clear();
            m_host->clear();
            reload();
        });
}

void RoutesEditor::removeSelected()
{
    const QList<QTableWidgetItem*> selected = m_table->selectedItems();
    if (selected.isEmpty())
        return;
    const QString pattern = m_table->item(selected.first()->row(), 0)->text();
    m_runner->run<Status>(
        this, [dataDir = m_dataDir, pattern]() { return RouteAdmin(dataDir).removeRoute(pattern); },
        [this](Status status) {
            if (!status)
                m_problem->setText(status.error());
            reload();
        });
}

} // namespace RelayDesk

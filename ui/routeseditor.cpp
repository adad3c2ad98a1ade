#include "ui/routeseditor.h"

#include "core/admin/routeadmin.h"
#include "ui/connectiontestdialog.h"
#include "ui/deletekey.h"
#include "ui/queryrunner.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace RelayDesk {

namespace {

bool sameRoute(const RouteEntry& a, const RouteEntry& b)
{
    return a.pattern == b.pattern && a.host == b.host && a.port == b.port && a.tls == b.tls &&
           a.implicitTls == b.implicitTls;
}

bool sameRoutes(const QList<RouteEntry>& a, const QList<RouteEntry>& b)
{
    return std::is_permutation(a.cbegin(), a.cend(), b.cbegin(), b.cend(), sameRoute);
}

} // namespace

RoutesEditor::RoutesEditor(QString dataDir, QWidget* parent) : QWidget(parent), m_dataDir(std::move(dataDir))
{
    m_runner = new QueryRunner(QStringLiteral("routes"), m_dataDir, this);
    m_table = new QTableWidget(0, 4, this);
    m_table->setObjectName(QStringLiteral("routes"));
    m_table->setHorizontalHeaderLabels({tr("Domain"), tr("Host"), tr("Port"), tr("Encryption")});
    // The domain and the host take the room; port and encryption as wide as they need ("customer.exa…" was
    // cut beside an Encryption column mostly empty: an outside tester).
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(3, QHeaderView::ResizeToContents);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setMinimumHeight(120);
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
    m_tls->addItem(tr("STARTTLS if offered"), QStringLiteral("opportunistic"));
    m_tls->addItem(tr("STARTTLS, required"), QStringLiteral("required"));
    m_tls->addItem(tr("STARTTLS, verified certificate"), QStringLiteral("verify"));
    m_tls->addItem(tr("No encryption"), QStringLiteral("none"));
    m_tls->addItem(tr("TLS from the start (port 465)"), QStringLiteral("implicit"));
    m_add = new QPushButton(tr("Add or replace"), this);
    m_add->setObjectName(QStringLiteral("addRoute"));
    m_remove = new QPushButton(tr("Remove"), this);
    m_remove->setObjectName(QStringLiteral("removeRoute"));
    bindDeleteKey(m_table, m_remove);
    m_test = new QPushButton(tr("Test connection"), this);
    m_test->setObjectName(QStringLiteral("testRoute"));
    m_test->setToolTip(tr("Connect to the selected route's host as delivery would, without sending mail"));
    m_test->setEnabled(false);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("routeProblem"));
    m_problem->setStyleSheet(QStringLiteral("color: #d63939;"));
    m_problem->setWordWrap(true);
    m_problem->hide();

    // Two rows, so that the fields keep their width in a narrow window.
    auto* fields = new QGridLayout;
    fields->addWidget(m_pattern, 0, 0);
    fields->addWidget(m_host, 0, 1);
    fields->addWidget(m_port, 0, 2);
    fields->addWidget(m_tls, 1, 0, 1, 2);
    fields->addWidget(m_add, 1, 2);
    fields->setColumnStretch(0, 1);
    fields->setColumnStretch(1, 1);
    auto* intro = new QLabel(tr("Mail for these domains goes to the given host instead of the domain's own "
                                "mail servers or the smarthost."),
                             this);
    intro->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addLayout(fields);
    layout->addWidget(m_problem);
    auto* rowButtons = new QHBoxLayout;
    rowButtons->addWidget(m_remove);
    rowButtons->addWidget(m_test);
    rowButtons->addStretch(1);
    layout->addLayout(rowButtons);
    connect(m_add, &QPushButton::clicked, this, &RoutesEditor::addRoute);
    connect(m_remove, &QPushButton::clicked, this, &RoutesEditor::removeSelected);
    connect(m_test, &QPushButton::clicked, this, &RoutesEditor::testSelected);
    // Remove, like Test, acts on the selected route: greyed while none is (an outside tester).
    m_remove->setEnabled(false);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this]() {
        m_test->setEnabled(!m_table->selectedItems().isEmpty());
        m_remove->setEnabled(!m_table->selectedItems().isEmpty());
    });
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

bool RoutesEditor::isModified() const
{
    return !sameRoutes(m_stored, m_routes);
}

void RoutesEditor::markStored()
{
    m_stored = m_routes;
}

void RoutesEditor::revert()
{
    m_routes = m_stored;
    m_problem->clear();
    m_problem->hide();
    showRoutes();
}

void RoutesEditor::reload()
{
    readStored(true);
}

void RoutesEditor::followStore()
{
    readStored(false);
}

void RoutesEditor::readStored(bool always)
{
    using Result = Expected<QList<RouteEntry>>;
    m_runner->run<Result>(
        this, [dataDir = m_dataDir]() { return RouteAdmin(dataDir).routes(); },
        [this, always](Result routes) {
            if (always) {
                m_problem->setText(routes ? QString() : routes.error());
                m_problem->setVisible(!routes);
            } else if (!routes || isModified() || sameRoutes(routes.value(), m_stored)) {
                return; // following: a failed read, a pending edit or nothing new leaves the table as it is
            }
            m_stored = routes ? routes.value() : QList<RouteEntry>();
            m_routes = m_stored;
            showRoutes();
            Q_EMIT routesLoaded();
        });
}

void RoutesEditor::showRoutes()
{
    std::sort(m_routes.begin(), m_routes.end(),
              [](const RouteEntry& a, const RouteEntry& b) { return a.pattern < b.pattern; });
    m_table->setRowCount(static_cast<int>(m_routes.size()));
    for (int row = 0; row < m_routes.size(); ++row) {
        const RouteEntry& route = m_routes.at(row);
        const QString tls = m_tls->itemText(m_tls->findData(RouteAdmin::tlsName(route)));
        const QStringList cells = {route.pattern, route.host, QString::number(route.port), tls};
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
}

void RoutesEditor::addRoute()
{
    // The words are checked here; whether the host is this relay itself is checked when the page saves.
    const QString destination = QStringLiteral("%1:%2").arg(m_host->text().trimmed()).arg(m_port->value());
    const auto entry =
        RouteAdmin::parseRoute(m_pattern->text().trimmed(), destination, m_tls->currentData().toString());
    if (!entry || m_host->text().trimmed().isEmpty()) {
        const QString reason = entry ? tr("Enter the host that receives the mail.") : entry.error();
        m_problem->setText(reason);
        m_problem->show();
        Q_EMIT routeSaveFailed(reason);
        return;
    }
    m_problem->clear();
    m_problem->hide();
    m_routes.erase(std::remove_if(m_routes.begin(), m_routes.end(),
                                  [&](const RouteEntry& route) { return route.pattern == entry->pattern; }),
                   m_routes.end());
    m_routes.append(entry.value());
    m_pattern->clear();
    m_host->clear();
    showRoutes();
    Q_EMIT edited();
}

void RoutesEditor::removeSelected()
{
    const QList<QTableWidgetItem*> selected = m_table->selectedItems();
    if (selected.isEmpty())
        return;
    m_routes.removeAt(selected.first()->row());
    showRoutes();
    Q_EMIT edited();
}

void RoutesEditor::testSelected()
{
    const QList<QTableWidgetItem*> selected = m_table->selectedItems();
    if (selected.isEmpty())
        return;
    const RouteEntry route = m_routes.value(selected.first()->row());
    auto* dialog = new ConnectionTestDialog(
        m_dataDir, tr("The route for %1").arg(route.pattern),
        [route](const QString& dataDir) { return RouteAdmin(dataDir).probeRoute(route); }, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    dialog->start();
}

Status RoutesEditor::check(const QString& dataDir, const QList<RouteEntry>& stored,
                           const QList<RouteEntry>& wanted)
{
    const RouteAdmin admin(dataDir);
    for (const RouteEntry& route : wanted) {
        const bool same = std::any_of(stored.cbegin(), stored.cend(),
                                      [&](const RouteEntry& old) { return sameRoute(old, route); });
        if (same)
            continue;
        if (const QString problem = admin.routeProblem(route); !problem.isEmpty())
            return Status::failure(tr("route for %1: %2").arg(route.pattern, problem));
    }
    return {};
}

Status RoutesEditor::apply(const QString& dataDir, const QList<RouteEntry>& stored,
                           const QList<RouteEntry>& wanted)
{
    RouteAdmin admin(dataDir);
    for (const RouteEntry& old : stored) {
        const bool kept = std::any_of(wanted.cbegin(), wanted.cend(),
                                      [&](const RouteEntry& route) { return route.pattern == old.pattern; });
        if (kept)
            continue;
        if (Status removed = admin.removeRoute(old.pattern); !removed)
            return Status::failure(tr("route for %1: %2").arg(old.pattern, removed.error()));
    }
    for (const RouteEntry& route : wanted) {
        const bool same = std::any_of(stored.cbegin(), stored.cend(),
                                      [&](const RouteEntry& old) { return sameRoute(old, route); });
        if (same)
            continue;
        if (Status set = admin.setRoute(route); !set)
            return Status::failure(tr("route for %1: %2").arg(route.pattern, set.error()));
    }
    return {};
}

} // namespace RelayDesk

#include "ui/routeseditor.h"

#include "core/admin/routeadmin.h"
#include "ui/confirmation.h"
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
    // A password typed anew is a change even under the same user name.
    return a.pattern == b.pattern && a.host == b.host && a.port == b.port && a.tls == b.tls &&
           a.implicitTls == b.implicitTls && a.username == b.username && a.password.isEmpty() &&
           b.password.isEmpty();
}

bool sameRoutes(const QList<RouteEntry>& a, const QList<RouteEntry>& b)
{
    return std::is_permutation(a.cbegin(), a.cend(), b.cbegin(), b.cend(), sameRoute);
}

} // namespace

RoutesEditor::RoutesEditor(QString dataDir, QWidget* parent) : QWidget(parent), m_dataDir(std::move(dataDir))
{
    m_runner = new QueryRunner(QStringLiteral("routes"), m_dataDir, this);
    m_table = new QTableWidget(0, 5, this);
    m_table->setObjectName(QStringLiteral("routes"));
    m_table->setHorizontalHeaderLabels({tr("Domain"), tr("Host"), tr("Port"), tr("Encryption"), tr("Login")});
    // The domain and the host take the room; port and encryption as wide as they need ("customer.exa…" was
    // cut beside an Encryption column mostly empty: an outside tester).
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(3, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(4, QHeaderView::ResizeToContents);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Tab goes on to the fields below, the arrows move between routes: Tab went cell by cell and at a row's
    // end selected the next route, and nothing after the table could be reached (an outside tester).
    m_table->setTabKeyNavigation(false);
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
    // Not "required": the smarthost's "STARTTLS, required" checks the certificate, this one does not (an
    // outside tester read them as the same on one tab).
    m_tls->addItem(tr("STARTTLS, any certificate"), QStringLiteral("required"));
    m_tls->addItem(tr("STARTTLS, verified certificate"), QStringLiteral("verify"));
    m_tls->addItem(tr("No encryption"), QStringLiteral("none"));
    m_tls->addItem(tr("TLS from the start (port 465)"), QStringLiteral("implicit"));
    m_username = new QLineEdit(this);
    m_username->setObjectName(QStringLiteral("routeUsername"));
    m_username->setPlaceholderText(tr("user name, if it asks for one"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("routePassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("password (empty: the stored one stays)"));
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
    fields->addWidget(m_username, 2, 0);
    fields->addWidget(m_password, 2, 1);
    fields->addWidget(m_add, 2, 2);
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
    connect(m_tls, &QComboBox::currentIndexChanged, this, &RoutesEditor::updateLoginFields);
    updateLoginFields();
    connect(m_add, &QPushButton::clicked, this, &RoutesEditor::addRoute);
    connect(m_remove, &QPushButton::clicked, this, &RoutesEditor::removeSelected);
    connect(m_test, &QPushButton::clicked, this, &RoutesEditor::testSelected);
    // Remove, like Test, acts on the selected route: greyed while none is (an outside tester).
    m_remove->setEnabled(false);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this]() {
        m_test->setEnabled(!m_table->selectedItems().isEmpty());
        m_remove->setEnabled(!m_table->selectedItems().isEmpty());
        // The selected route in the fields, to change one thing and Add or replace (an outside tester typed
        // the whole route again for a new port). The password stays empty: the stored one stays.
        const QList<QTableWidgetItem*> selected = m_table->selectedItems();
        if (selected.isEmpty())
            return;
        const RouteEntry route = m_routes.value(selected.first()->row());
        m_pattern->setText(route.pattern);
        m_host->setText(route.host);
        m_tls->setCurrentIndex(std::max(0, m_tls->findData(RouteAdmin::tlsName(route))));
        m_port->setValue(route.port);
        m_username->setText(QString::fromUtf8(route.username));
        m_password->clear();
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
    // The passwords are stored now: the window keeps none of them.
    for (RouteEntry& route : m_routes) {
        route.password.fill('\0');
        route.password.clear();
    }
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
        // TLS from the start on the route's own port, not "(port 465)" beside another (an outside tester).
        QString tls = route.implicitTls ? tr("TLS from the start")
                                        : m_tls->itemText(m_tls->findData(RouteAdmin::tlsName(route)));
        if (route.trust.mode == PeerTrust::Mode::CaFile)
            tls = tr("%1, CA file %2").arg(tls, route.trust.caFile);
        else if (route.trust.mode == PeerTrust::Mode::Fingerprint)
            tls = tr("%1, pinned certificate").arg(tls);
        const QStringList cells = {route.pattern, route.host, QString::number(route.port), tls,
                                   route.username.isEmpty() ? tr("none") : QString::fromUtf8(route.username)};
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
    RouteEntry route = entry.value();
    if (m_username->isEnabled()) {
        route.username = m_username->text().trimmed().toUtf8();
        route.password = m_password->text().toUtf8();
    }
    // A login without a password of its own or stored for the same user name would log in with an empty
    // one: said here, before Save.
    const auto sameLogin = [&route](const RouteEntry& stored) {
        return stored.pattern == route.pattern && stored.username == route.username && stored.passwordSet;
    };
    if (route.password.isEmpty() && !route.username.isEmpty() &&
        std::none_of(m_stored.cbegin(), m_stored.cend(), sameLogin)) {
        const QString reason = tr("Enter the password for %1.").arg(QString::fromUtf8(route.username));
        m_problem->setText(reason);
        m_problem->show();
        Q_EMIT routeSaveFailed(reason);
        return;
    }
    if (route.username.isEmpty() && !route.password.isEmpty()) {
        const QString reason = tr("Enter the user name that goes with the password.");
        m_problem->setText(reason);
        m_problem->show();
        Q_EMIT routeSaveFailed(reason);
        return;
    }
    // Kept from the stored route, so that the table and a test say it logs in.
    route.passwordSet = !route.password.isEmpty() || !route.username.isEmpty();
    // The CA file or pin set on the command line (this page has no field for them) stays with a route that is
    // still verified: a port changed here dropped it, and the partner's mail was deferred (an outside
    // tester).
    const auto same = std::find_if(m_routes.cbegin(), m_routes.cend(),
                                   [&route](const RouteEntry& old) { return old.pattern == route.pattern; });
    if (same != m_routes.cend() && same->trust.mode != PeerTrust::Mode::System &&
        (route.tls == TlsPolicy::Verify || route.implicitTls)) {
        route.trust = same->trust;
        route.tls = TlsPolicy::Verify;
    }
    m_problem->clear();
    m_problem->hide();
    m_routes.erase(std::remove_if(m_routes.begin(), m_routes.end(),
                                  [&](const RouteEntry& old) { return old.pattern == route.pattern; }),
                   m_routes.end());
    m_routes.append(route);
    m_pattern->clear();
    m_host->clear();
    m_username->clear();
    m_password->clear();
    showRoutes();
    Q_EMIT edited();
}

void RoutesEditor::updateLoginFields()
{
    // TLS from the first byte is port 465's (RFC 8314); STARTTLS is port 25's or 587's. The port follows a
    // change of mode where it still was the other one's default (an outside tester's route said "TLS from
    // the start (port 465)" beside port 25).
    const bool implicit = m_tls->currentData().toString() == QLatin1String("implicit");
    if (implicit && m_port->value() == 25)
        m_port->setValue(465);
    else if (!implicit && m_port->value() == 465)
        m_port->setValue(25);
    // docs/architecture.md, "credentials only to verified peers": the same rule as RouteStore's.
    const QString tls = m_tls->currentData().toString();
    const bool verified = tls == QLatin1String("verify") || tls == QLatin1String("implicit");
    m_username->setEnabled(verified);
    m_password->setEnabled(verified);
    const QString why = verified
                            ? tr("AUTH at the route's host, sent only after its certificate is verified.")
                            : tr("A login needs \"STARTTLS, verified certificate\" or \"TLS from the "
                                 "start\": a password goes only to a server whose certificate is checked.");
    m_username->setToolTip(why);
    m_password->setToolTip(why);
}

void RoutesEditor::removeSelected()
{
    const QList<QTableWidgetItem*> selected = m_table->selectedItems();
    if (selected.isEmpty())
        return;
    const int row = selected.first()->row();
    // Asked first, Cancel the default, as deleting an agent or lifting a suppression: the Delete key removed
    // the route at once (an outside tester).
    if (!Confirmation::ask(this, QStringLiteral("confirmRemoveRoute"), tr("Remove route"),
                           tr("Remove the route for %1? Once the settings are saved, its mail goes to the "
                              "domain's own mail servers or the smarthost again.")
                               .arg(m_routes.value(row).pattern),
                           tr("Remove")))
        return;
    m_routes.removeAt(row);
    showRoutes();
    // The fields showed the removed route, ready to be added again by the next Enter (an outside tester);
    // the row that took its place is not selected either, so that a second Delete is not aimed at it.
    m_table->clearSelection();
    clearFields();
    Q_EMIT edited();
}

void RoutesEditor::clearFields()
{
    m_pattern->clear();
    m_host->clear();
    m_tls->setCurrentIndex(0);
    m_port->setValue(25);
    m_username->clear();
    m_password->clear();
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

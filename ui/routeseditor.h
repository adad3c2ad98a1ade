#pragma once

#include "core/routing/routetable.h"
#include "core/util/expected.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace RelayDesk {

class QueryRunner;

/// The per-domain routes ("example.com" or "*.example.com" to host:port with a TLS policy and, with a
/// verified certificate, a login): a table, a row of fields to add or replace one, and Remove. Edits are
/// pending, like every other field of the Settings page, until the page's Save stores them (apply(), on a
/// worker thread) or Revert drops them.
class RoutesEditor final : public QWidget
{
    Q_OBJECT
public:
    RoutesEditor(QString dataDir, QWidget* parent = nullptr);

    /// Reads the stored routes on a worker thread (dropping pending edits).
    void reload();
    /// Adds or replaces the route in the fields in the table; refused at once if it cannot be a route.
    void addRoute();
    void removeSelected();
    /// Opens "Test connection" for the selected route as it stands in the table (saved or not).
    void testSelected();
    int routeCount() const;
    QString problem() const;
    bool isModified() const;
    /// The pending routes, to store with apply().
    QList<RouteEntry> routes() const { return m_routes; }
    QList<RouteEntry> storedRoutes() const { return m_stored; }
    /// After a successful apply(): what was pending is now stored.
    void markStored();
    /// Shows the stored routes again, dropping pending edits.
    void revert();
    /// Reads the stored routes on a worker thread and shows them if they changed elsewhere (the command
    /// line) while nothing is pending here; pending edits stay as they are.
    void followStore();
    /// Stores wanted in place of stored (removes what went, sets what is new or changed); on a worker
    /// thread. Stops at the first route refused, saying which.
    /// What apply() would refuse first (checked without storing anything), saying which route.
    static Status check(const QString& dataDir, const QList<RouteEntry>& stored,
                        const QList<RouteEntry>& wanted);
    static Status apply(const QString& dataDir, const QList<RouteEntry>& stored,
                        const QList<RouteEntry>& wanted);

Q_SIGNALS:
    void routesLoaded();
    void routeSaveFailed(const QString& reason);
    void edited();

private:
    /// Reads the stored routes on a worker thread; always: show them (reload), else only if they changed
    /// and nothing is pending (followStore).
    void readStored(bool always);
    void showRoutes();
    /// The login fields only where a password may go: a verified certificate (verify, or TLS from the start).
    void updateLoginFields();
    /// Empties the fields for a new route.
    void clearFields();

    QString m_dataDir;
    QueryRunner* m_runner = nullptr;
    QList<RouteEntry> m_stored;
    QList<RouteEntry> m_routes;
    QTableWidget* m_table = nullptr;
    QLineEdit* m_pattern = nullptr;
    QLineEdit* m_host = nullptr;
    QSpinBox* m_port = nullptr;
    QComboBox* m_tls = nullptr;
    QLineEdit* m_username = nullptr;
    QLineEdit* m_password = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_remove = nullptr;
    QPushButton* m_test = nullptr;
    QLabel* m_problem = nullptr;
};

} // namespace RelayDesk

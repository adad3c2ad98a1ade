#pragma once

#include "core/routing/routetable.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace RelayDesk {

class QueryRunner;

/// The per-domain routes ("example.com" or "*.example.com" to host:port with a TLS policy): a table, a row of
/// fields to add or replace one, and Remove. Reads and writes RouteStore on a worker thread.
class RoutesEditor final : public QWidget
{
    Q_OBJECT
public:
    RoutesEditor(QString dataDir, QWidget* parent = nullptr);

    void reload();
    /// Adds or replaces the route in the fields; refused with a message if the store finds it invalid.
    void addRoute();
    void removeSelected();
    int routeCount() const;
    QString problem() const;

Q_SIGNALS:
    void routesLoaded();
    void routeSaveFailed(const QString& reason);

private:
    void showRoutes(const QList<RouteEntry>& routes);

    QString m_dataDir;
    QueryRunner* m_runner = nullptr;
    QTableWidget* m_table = nullptr;
    QLineEdit* m_pattern = nullptr;
    QLineEdit* m_host = nullptr;
    QSpinBox* m_port = nullptr;
    QComboBox* m_tls = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_remove = nullptr;
    QLabel* m_problem = nullptr;
};

} // namespace RelayDesk

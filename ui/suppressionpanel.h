#pragma once

#include "core/delivery/suppressionlist.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace RelayDesk {

class QueryRunner;

/// The suppression list of one Mail Agent: the addresses its mail no longer goes to (after a hard bounce),
/// why, and since when; "Suppress..." adds one by hand (a customer who asked to get no more mail), "Lift"
/// lets mail to the selected address go out again.
class SuppressionPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit SuppressionPanel(QString dataDir, QWidget* parent = nullptr);

    void setAgent(const QString& agentName);
    void reload();
    QTreeWidget* list() const { return m_list; }
    QPushButton* liftButton() const { return m_lift; }
    QPushButton* addButton() const { return m_add; }
    QLabel* status() const { return m_status; }
    /// Shows only the addresses (or reasons) that hold the text typed here.
    QLineEdit* filter() const { return m_filter; }
    /// "404 suppressed addresses", or "12 of 404 shown" while filtered.
    QLabel* count() const { return m_count; }

Q_SIGNALS:
    /// The list was read from the store (after setAgent, reload or a lift).
    void suppressionsLoaded(int count);
    void lifted(const QString& address);
    void added(const QString& address);

private:
    void show(const QList<Suppression>& suppressions);
    void lift();
    /// Asks for an address and a reason (again with what was typed and why it was refused) and adds it.
    void addAddress(const QString& address = {}, const QString& reason = {}, const QString& problem = {});
    /// Hides the rows the filter does not match and says how many are shown.
    void applyFilter();

    QString m_dataDir;
    QString m_agent;
    QTreeWidget* m_list = nullptr;
    QPushButton* m_lift = nullptr;
    QPushButton* m_add = nullptr;
    QLabel* m_status = nullptr;
    QLineEdit* m_filter = nullptr;
    QLabel* m_count = nullptr;
    QueryRunner* m_runner = nullptr;
    quint64 m_generation = 0;   ///< drops lists that a newer request overtook
    QList<Suppression> m_shown; ///< what the list shows, to leave it alone when a reload reads the same
    bool m_shownOnce = false;
};

} // namespace RelayDesk

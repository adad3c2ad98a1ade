#pragma once

#include "core/security/authlockouts.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace RelayDesk {

class QueryRunner;

/// The addresses locked out of AUTH after repeated failures: since when, until when, why; "Unlock" lifts the
/// selected lockout (a running relay lets the address try again within a second).
class LockoutsPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit LockoutsPanel(QString dataDir, QWidget* parent = nullptr);

    void reload();
    QTreeWidget* list() const { return m_list; }
    QPushButton* unlockButton() const { return m_unlock; }
    QLabel* status() const { return m_status; }

Q_SIGNALS:
    void lockoutsLoaded(int count);
    void unlocked(const QString& address);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void show(const QList<AuthLockout>& lockouts);
    void unlock();

    QString m_dataDir;
    QTreeWidget* m_list = nullptr;
    QPushButton* m_unlock = nullptr;
    QLabel* m_status = nullptr;
    QueryRunner* m_runner = nullptr;
    quint64 m_generation = 0;
};

} // namespace RelayDesk

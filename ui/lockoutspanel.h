#pragma once

#include "core/engine/storechanges.h"
#include "core/security/authlockouts.h"

#include <QTimer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace RelayDesk {

class LiveRefresh;
class QueryRunner;

/// The addresses locked out of AUTH after repeated failures: since when, until when, why; "Unlock" lifts the
/// selected lockout (a running relay lets the address try again within a second).
class LockoutsPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit LockoutsPanel(QString dataDir, QWidget* parent = nullptr);

    void reload();
    /// The engine's report: a lockout began or was lifted (reloads within a second).
    void noteStoreChanges(const RelayDesk::StoreChanges& changes);
    QTreeWidget* list() const { return m_list; }
    QPushButton* unlockButton() const { return m_unlock; }
    QLabel* status() const { return m_status; }
    /// A lockout's last failure ("credential revoked") in the window's language.
    static QString failureText(const QString& detail);

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
    LiveRefresh* m_live = nullptr;
    QTimer m_expiry;           ///< fires when the first lockout shown ends
    bool m_readFailed = false; ///< the status says the last read failed
    QString m_unlocked;        ///< the address the status says was unlocked ("" if it says nothing of one)
    quint64 m_generation = 0;
};

} // namespace RelayDesk

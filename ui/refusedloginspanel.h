#pragma once

#include "core/admin/securityadmin.h"
#include "core/engine/storechanges.h"

#include <QWidget>

class QLabel;
class QTreeWidget;

namespace RelayDesk {

class LiveRefresh;
class QueryRunner;

/// The logins refused in the last 24 hours, and why: each address, agent and reason once, with how often and
/// when last. The answer to "why can the printer not send since this morning?" without the operator log.
class RefusedLoginsPanel final : public QWidget
{
    Q_OBJECT
public:
    /// How far back the list looks.
    static constexpr qint64 windowMs = 24 * 3600 * 1000;

    explicit RefusedLoginsPanel(QString dataDir, QWidget* parent = nullptr);

    void reload();
    /// The engine's report: the store was written (a batch of refused logins among others).
    void noteStoreChanges(const RelayDesk::StoreChanges& changes);
    QTreeWidget* list() const { return m_list; }
    QLabel* status() const { return m_status; }
    /// The reason in the window's language, as a person acts on it ("wrong password: the device has an old
    /// one; rotate it or type it again").
    static QString reasonText(RefusedLoginReason reason);
    /// What to do about it, for the tooltip.
    static QString adviceText(RefusedLoginReason reason);

Q_SIGNALS:
    void refusedLoginsLoaded(int count);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void show(const QList<RefusedLoginView>& logins);

    QString m_dataDir;
    QTreeWidget* m_list = nullptr;
    QLabel* m_status = nullptr;
    QueryRunner* m_runner = nullptr;
    LiveRefresh* m_live = nullptr;
    bool m_readFailed = false;
    quint64 m_generation = 0;
};

} // namespace RelayDesk

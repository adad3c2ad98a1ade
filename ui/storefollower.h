#pragma once

#include "core/engine/storechanges.h"

#include <QObject>

class QThread;

namespace RelayDesk {

class AdminChangeWatch;

/// While no running engine reports the store's changes (the relay service the window showed has stopped, or
/// the window's own relay stopped for a restore), the window looks at the store itself, once a second on a
/// thread of its own, and reports what another process wrote (another node delivering, the command line) as
/// the engine would: an outside tester's Queue page showed "being delivered by" a stopped node for minutes
/// while the other node had delivered it.
class StoreFollower final : public QObject
{
    Q_OBJECT
public:
    static constexpr int intervalMs = 1000;

    explicit StoreFollower(QString dataDir, QObject* parent = nullptr);
    ~StoreFollower() override;
    Q_DISABLE_COPY_MOVE(StoreFollower)

    /// Starts or stops looking (idempotent).
    void setActive(bool active);
    bool isActive() const { return m_thread != nullptr; }

Q_SIGNALS:
    /// As EngineControl::storeChanged: written, and lockouts when an admin lifted one.
    void storeChanged(const RelayDesk::StoreChanges& changes);

private:
    QString m_dataDir;
    QThread* m_thread = nullptr;
    AdminChangeWatch* m_watch = nullptr; ///< lives on m_thread
};

} // namespace RelayDesk

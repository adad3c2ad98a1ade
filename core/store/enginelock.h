#pragma once

#include "core/store/enginelockholder.h"
#include "core/util/expected.h"

#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace RelayDesk {

/// One engine per data directory (docs/operations.md): an exclusive flock(2) on DATA_DIR/engine.lock, held
/// while an engine runs, with the holder's pid, start time and face written into the file. The kernel drops
/// the lock when the process ends however it ends (kill -9 included), so a crash leaves no stale lock. The
/// admin command line never takes it: it works beside a running engine.
class EngineLock final
{
public:
    ~EngineLock(); ///< clears the details and releases the lock
    Q_DISABLE_COPY_MOVE(EngineLock)

    /// Takes the lock for this process (creating the directory, mode 0700, if needed). Fails without
    /// waiting, naming the holder, when another engine (in this or another process) already has it.
    static Expected<std::unique_ptr<EngineLock>> acquire(const QString& dataDir, EngineFace face);
    /// The engine that runs on dataDir now, if one does (read without taking the lock).
    static std::optional<EngineLockHolder> holder(const QString& dataDir);
    static QString lockPath(const QString& dataDir);

    const EngineLockHolder& self() const { return m_self; }

    /// Makes the lock file again and locks it when it was removed or replaced by hand while this engine
    /// ran (a second engine would otherwise take the directory, and commands would not see this one).
    /// Logs what it did; false when another engine holds the file now named so.
    bool keepInPlace();
    /// Says in the file that this engine is stopping (EngineLockHolder::stopping), until it lets go.
    void markStopping();
    /// Waits while the engine that holds dataDir's lock is stopping, at most timeoutMs; the holder then, if
    /// any. onWait runs about every 100 ms while it waits (a window keeps its event loop going).
    static std::optional<EngineLockHolder> waitWhileStopping(const QString& dataDir, int timeoutMs,
                                                             const std::function<void()>& onWait = {});

private:
    EngineLock(int fd, QString dataDir, EngineLockHolder self);

    int m_fd;
    QString m_dataDir;
    EngineLockHolder m_self;
    bool m_toldLost = false; ///< the loss to another engine was logged once
};

} // namespace RelayDesk

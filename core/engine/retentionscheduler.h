#pragma once

#include "core/store/retentionpurge.h"

#include <QObject>
#include <QTimer>

#include <chrono>
#include <functional>
#include <memory>

namespace RelayDesk {

class StoreWriter;

/// Runs the retention purge shortly after the engine starts and then every hour, as a chain of small
/// StoreWriter jobs (RetentionPurge::purgeBatch): each batch is its own job, so accepted messages keep
/// committing between batches instead of waiting for the whole purge. Lives on the engine's thread; the
/// policy is read on the writer thread, so this thread does no disk I/O (docs/architecture.md, "the GUI never
/// waits").
class RetentionScheduler final : public QObject
{
    Q_OBJECT
public:
    /// Called on the writer thread when a purge has run to its end (or failed: ok false).
    using Finished = std::function<void(const PurgeCounts& totals, bool ok)>;

    RetentionScheduler(QString dataDir, StoreWriter* writer, QObject* parent = nullptr);
    ~RetentionScheduler() override; ///< stops the chain: no batch is submitted after this returns
    Q_DISABLE_COPY_MOVE(RetentionScheduler)

    void setFinishedCallback(Finished finished) { m_finished = std::move(finished); }
    void start(std::chrono::milliseconds firstDelay = std::chrono::seconds(30),
               std::chrono::milliseconds interval = std::chrono::hours(1));
    /// Cancels the purge under way after the batch at hand; keep the writer alive until that batch ran.
    void stop();
    /// Starts a purge now unless one is under way.
    void runNow();

private:
    struct Run;
    static void submitBatch(const std::shared_ptr<Run>& run);

    QString m_dataDir;
    StoreWriter* m_writer;
    QTimer m_timer;
    std::chrono::milliseconds m_interval{std::chrono::hours(1)};
    std::shared_ptr<Run> m_run; ///< the purge under way or the last one
    Finished m_finished;
};

} // namespace RelayDesk

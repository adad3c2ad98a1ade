#include "core/engine/retentionscheduler.h"
#include "core/store/database.h"
#include "core/store/settings.h"
#include "core/store/storewriter.h"
#include "core/util/clock.h"
#include "core/util/logcategories.h"
#include "core/util/logline.h"

#include <atomic>

namespace RelayDesk {

/// One purge: shared by the jobs of its chain, which outlive neither the writer nor a stop().
struct RetentionScheduler::Run
{
    QString dataDir;
    StoreWriter* writer = nullptr;
    RetentionScheduler::Finished finished;
    std::atomic<bool> cancelled{false};
    std::atomic<bool> done{false};
    // Written and read on the writer thread only.
    bool policyRead = false;
    RetentionPolicy policy;
    qint64 nowMs = 0;
    PurgeCounts last;
    PurgeCounts totals;
};

RetentionScheduler::RetentionScheduler(QString dataDir, StoreWriter* writer, QObject* parent)
    : QObject(parent), m_dataDir(std::move(dataDir)), m_writer(writer), m_timer(this)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        runNow();
        m_timer.start(m_interval);
    });
}

RetentionScheduler::~RetentionScheduler()
{
    stop();
}

void RetentionScheduler::start(std::chrono::milliseconds firstDelay, std::chrono::milliseconds interval)
{
    m_interval = interval;
    m_timer.start(firstDelay);
}

void RetentionScheduler::stop()
{
    m_timer.stop();
    if (m_run)
        m_run->cancelled = true;
}

void RetentionScheduler::runNow()
{
    if (m_run && !m_run->done && !m_run->cancelled)
        return; // the last purge is still running: an hour's worth of rows is more than one interval's
    auto run = std::make_shared<Run>();
    run->dataDir = m_dataDir;
    run->writer = m_writer;
    run->finished = m_finished;
    run->nowMs = nowMs();
    m_run = run;
    submitBatch(run);
}

void RetentionScheduler::submitBatch(const std::shared_ptr<Run>& run)
{
    run->writer->submit(
        [run](QSqlDatabase& db) {
            run->last = PurgeCounts();
            if (run->cancelled)
                return Status();
            if (!run->policyRead) { // on the writer's own connection, inside its transaction
                run->policy = RetentionPolicy::fromSettings(Settings(run->dataDir));
                run->policyRead = true;
            }
            const auto batch = RetentionPurge::purgeBatch(db, run->policy.bodyCutoff(run->nowMs),
                                                          run->policy.logCutoff(run->nowMs));
            if (!batch)
                return Status::failure(batch.error());
            run->last = batch.value();
            return Status();
        },
        [run](const Status& status) {
            // On the writer thread, after the batch committed: the next batch queues behind whatever
            // arrived meanwhile, so accepts commit between batches.
            if (status)
                run->totals += run->last;
            if (status && !run->cancelled && RetentionPurge::mayHaveMore(run->last)) {
                submitBatch(run);
                return;
            }
            if (!status)
                qCWarning(lcRetention) << LogLine("retention_purge_stopped").add("error", status.error());
            else if (run->totals.total() > 0)
                qCInfo(lcRetention) << LogLine("retention_purged")
                                           .add("bodies", run->totals.bodies)
                                           .add("messages", run->totals.messages)
                                           .add("attempts", run->totals.attempts)
                                           .add("security_events", run->totals.events)
                                           .add("refused_submissions", run->totals.refusedSubmissions)
                                           .add("retired_credentials", run->totals.retiredCredentials);
            if (run->finished)
                run->finished(run->totals, status.ok());
            run->done = true;
        });
}

} // namespace RelayDesk

#include "core/engine/searchindexscheduler.h"
#include "core/store/searchindex.h"
#include "core/store/storewriter.h"
#include "core/util/logcategories.h"
#include "core/util/logline.h"

#include <mutex>

namespace RelayDesk {

/// The state shared by the scheduler and the jobs it submitted, which may outlive it on the writer thread.
struct SearchIndexScheduler::Chain
{
    StoreWriter* writer = nullptr;
    SearchIndexScheduler* owner = nullptr; ///< alive while stopped is false (its destructor sets it)
    std::mutex mutex;
    bool running = false; ///< a batch is queued or committing
    bool again = false;   ///< schedule() was called while it was: run once more after it
    bool stopped = false;
    long long indexed = 0;
    int lastBatch = 0; ///< written and read on the writer thread only
};

SearchIndexScheduler::SearchIndexScheduler(StoreWriter* writer, std::chrono::milliseconds quietPeriod,
                                           std::chrono::milliseconds maxDelay, QObject* parent)
    : QObject(parent), m_chain(std::make_shared<Chain>()), m_quiet(this), m_deadline(this)
{
    m_chain->writer = writer;
    m_chain->owner = this;
    m_quiet.setSingleShot(true);
    m_quiet.setInterval(quietPeriod);
    m_deadline.setSingleShot(true);
    m_deadline.setInterval(maxDelay);
    connect(&m_quiet, &QTimer::timeout, this, &SearchIndexScheduler::runNow);
    connect(&m_deadline, &QTimer::timeout, this, &SearchIndexScheduler::runNow);
}

SearchIndexScheduler::~SearchIndexScheduler()
{
    std::lock_guard lock(m_chain->mutex);
    m_chain->stopped = true;
}

void SearchIndexScheduler::schedule()
{
    m_quiet.start();
    if (!m_deadline.isActive())
        m_deadline.start();
}

void SearchIndexScheduler::runNow()
{
    m_quiet.stop();
    m_deadline.stop();
    {
        std::lock_guard lock(m_chain->mutex);
        if (m_chain->stopped)
            return;
        if (m_chain->running) {
            m_chain->again = true;
            return;
        }
        m_chain->running = true;
    }
    submitBatch(m_chain);
}

long long SearchIndexScheduler::indexedRows() const
{
    std::lock_guard lock(m_chain->mutex);
    return m_chain->indexed;
}

void SearchIndexScheduler::submitBatch(const std::shared_ptr<Chain>& chain)
{
    chain->writer->submit(
        [chain](QSqlDatabase& db) {
            chain->lastBatch = 0;
            {
                std::lock_guard lock(chain->mutex);
                if (chain->stopped)
                    return Status();
            }
            const auto batch = SearchIndex::indexBatch(db);
            if (!batch)
                return Status::failure(batch.error());
            chain->lastBatch = batch.value();
            return Status();
        },
        [chain](const Status& status) {
            // On the writer thread, after the batch committed: the next one queues behind what arrived
            // meanwhile, so accepts commit between batches.
            if (!status)
                qCWarning(lcSearchIndex) << LogLine("search_index_failed").add("error", status.error());
            {
                std::lock_guard lock(chain->mutex);
                if (status && chain->lastBatch == SearchIndex::kAnotherNodeIndexes) {
                    // Another node sharing the store indexes now: what it did not pick up is tried again
                    // once this engine is quiet for a moment.
                    chain->running = false;
                    if (!chain->stopped)
                        QMetaObject::invokeMethod(
                            chain->owner, [owner = chain->owner] { owner->schedule(); },
                            Qt::QueuedConnection);
                    return;
                }
                if (status)
                    chain->indexed += chain->lastBatch;
                const bool more = status && chain->lastBatch == SearchIndex::kBatchRows;
                if (chain->stopped || (!more && !chain->again)) {
                    chain->running = false;
                    return;
                }
                chain->again = false;
            }
            submitBatch(chain);
        });
}

} // namespace RelayDesk

#pragma once

#include "core/util/expected.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>

namespace RelayDesk {

/// The one thread that writes the store (docs/architecture.md, "Storage"). Jobs queued while a batch commits
/// share the next transaction, so many messages share one fsync (group commit, docs/architecture.md, "durable
/// accept").
class StoreWriter final
{
public:
    /// Runs inside the batch transaction on the writer thread; a failed job is rolled back alone.
    using Job = std::function<Status(QSqlDatabase&)>;
    /// Called on the writer thread once the batch is durable (or failed); post to your own thread from here.
    using Done = std::function<void(const Status&)>;

    explicit StoreWriter(QString dataDir, int maxBatch = 256);
    ~StoreWriter(); ///< commits what is queued, then stops
    Q_DISABLE_COPY_MOVE(StoreWriter)

    void submit(Job job, Done done = {});
    /// Blocks until the job is committed. Never call from the GUI thread.
    Status runSync(Job job);
    /// Batches committed so far (for benchmarks and tests of group commit).
    quint64 commitCount() const;
    const QString& dataDir() const { return m_dataDir; }
    /// Inside a job: the statement prepared once on the writer's connection and reused by every later
    /// job (hot paths skip SQLite's parser). Elsewhere: a freshly prepared statement.
    static QSqlQuery& statement(QSqlDatabase& db, const QString& sql);

private:
    struct Pending
    {
        Job job;
        Done done;
    };
    void run();
    void runBatches();
    /// Runs the batch's jobs in one transaction and answers each; false if the batch as a whole failed.
    bool commitBatch(QSqlDatabase& db, std::deque<Pending>& batch);

    QString m_dataDir;
    int m_maxBatch;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<Pending> m_queue;
    bool m_stopping = false;
    quint64 m_commits = 0;
    std::thread m_thread;
};

} // namespace RelayDesk

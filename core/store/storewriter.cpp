#include "core/store/storewriter.h"
#include "core/store/database.h"
#include "core/store/sqldialect.h"

#include <QSqlError>
#include <QSqlQuery>

#include <list>

#include <future>
#include <unordered_map>

namespace RelayDesk {

StoreWriter::StoreWriter(QString dataDir, int maxBatch) : m_dataDir(std::move(dataDir)), m_maxBatch(maxBatch)
{
    m_thread = std::thread([this] { run(); });
}

StoreWriter::~StoreWriter()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    m_thread.join();
}

void StoreWriter::submit(Job job, Done done)
{
    {
        std::lock_guard lock(m_mutex);
        m_queue.push_back({std::move(job), std::move(done)});
    }
    m_wake.notify_one();
}

Status StoreWriter::runSync(Job job)
{
    auto promise = std::make_shared<std::promise<Status>>();
    auto future = promise->get_future();
    submit(std::move(job), [promise](const Status& status) { promise->set_value(status); });
    return future.get();
}

quint64 StoreWriter::commitCount() const
{
    std::lock_guard lock(m_mutex);
    return m_commits;
}

void StoreWriter::run()
{
    runBatches();
    Database::releaseThreadConnection(m_dataDir); // after runBatches() let go of every handle to it
}

namespace {
thread_local QString s_lastControlError;
/// The writer thread's prepared statements; lives in runBatches() so it is gone before the connection is.
thread_local std::unordered_map<QString, QSqlQuery>* t_statements = nullptr;
} // namespace

QSqlQuery& StoreWriter::statement(QSqlDatabase& db, const QString& sql)
{
    if (t_statements) {
        auto it = t_statements->find(sql);
        if (it == t_statements->end()) {
            it = t_statements->emplace(sql, QSqlQuery(db)).first;
            it->second.prepare(sql);
        }
        return it->second;
    }
    // Not on the writer thread (jobs always are): prepare afresh each time. The last few stay alive, so a
    // caller may hold several at once (a SELECT inside the loop of an UPDATE, say).
    thread_local std::list<QSqlQuery> fallbacks;
    if (fallbacks.size() >= 8)
        fallbacks.pop_front();
    QSqlQuery& query = fallbacks.emplace_back(db);
    query.prepare(sql);
    return query;
}

void StoreWriter::runBatches()
{
    // Each job runs in a savepoint, whose journal SQLite would otherwise spill into a temporary file that is
    // created and unlinked again and again (docs/performance.md). In memory it is bounded by one job.
    const auto keepJournalsInMemory = [](Expected<QSqlDatabase>& opened) {
        if (opened && !SqlDialect::isPostgreSql(opened.value()))
            QSqlQuery(opened.value()).exec(QStringLiteral("PRAGMA temp_store=MEMORY"));
    };
    auto db = Database::connection(m_dataDir);
    keepJournalsInMemory(db);
    bool postgres = db && SqlDialect::isPostgreSql(db.value());
    quint64 reconnects = Database::reconnects();
    std::unordered_map<QString, QSqlQuery> statements;
    t_statements = &statements;
    struct Reset
    {
        ~Reset() { t_statements = nullptr; }
    } reset;
    for (;;) {
        std::deque<Pending> batch;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stopping || !m_queue.empty(); });
            if (m_queue.empty() && m_stopping)
                break;
            while (!m_queue.empty() && int(batch.size()) < m_maxBatch) {
                batch.push_back(std::move(m_queue.front()));
                m_queue.pop_front();
            }
        }
        // docs/postgresql.md, "When the server restarts": the session is checked (at most once a second, and
        // at once after a failed batch) and opened again if its server went away; the statements prepared in
        // the old one go with it, before any transaction begins. A SQLite file is checked as often: one
        // removed from its path (the data directory deleted while the relay ran) fails the batch, where its
        // 250s went to a file nobody could open again (docs/reliability.md).
        db = Database::connection(m_dataDir);
        postgres = db && SqlDialect::isPostgreSql(db.value());
        if (Database::reconnects() != reconnects) {
            reconnects = Database::reconnects();
            statements.clear();
            keepJournalsInMemory(db);
        }
        if (!db) {
            for (Pending& p : batch) {
                if (p.done)
                    p.done(Status::failure(db.error()));
            }
            continue;
        }
        QSqlDatabase conn = db.value();
        if (!commitBatch(conn, batch) && postgres)
            Database::checkBeforeNextUse(m_dataDir);
    }
}

bool StoreWriter::commitBatch(QSqlDatabase& db, std::deque<Pending>& batch)
{
    // PostgreSQL cannot prepare transaction control: there each runs as a plain statement.
    const bool postgres = SqlDialect::isPostgreSql(db);
    QSqlQuery plain(db);
    auto control = [&db, &plain, postgres](const char* sql) {
        QSqlQuery& query = postgres ? plain : statement(db, QString::fromLatin1(sql));
        const bool ok = postgres ? query.exec(QString::fromLatin1(sql)) : query.exec();
        if (!ok)
            s_lastControlError = query.lastError().text();
        query.finish();
        return ok;
    };
    std::vector<Status> results(batch.size());
    Status batchStatus;
    if (!control(SqlDialect::isPostgreSql(db) ? "BEGIN" : "BEGIN IMMEDIATE")) {
        batchStatus =
            Status::failure(QStringLiteral("cannot start a transaction: %1").arg(s_lastControlError));
    } else {
        for (size_t i = 0; i < batch.size() && batchStatus; ++i) {
            control("SAVEPOINT job");
            results[i] = batch[i].job(db);
            if (results[i])
                control("RELEASE job");
            else if (control("ROLLBACK TO job"))
                control("RELEASE job");
            else {
                // SQLite rolls the whole transaction back itself after SQLITE_FULL, IOERR or NOMEM: the batch
                // failed for that reason, and the jobs after it must not run outside a transaction
                // (autocommit).
                batchStatus = results[i];
            }
        }
        // docs/architecture.md, "durable accept": COMMIT returns only once the WAL is fsync'd
        // (synchronous=FULL).
        if (!batchStatus) {
            control("ROLLBACK");
        } else if (!control("COMMIT")) {
            batchStatus = Status::failure(QStringLiteral("cannot commit: %1").arg(s_lastControlError));
            control("ROLLBACK");
        }
    }
    {
        std::lock_guard lock(m_mutex);
        ++m_commits;
    }
    for (size_t i = 0; i < batch.size(); ++i) {
        if (batch[i].done)
            batch[i].done(batchStatus ? results[i] : batchStatus);
    }
    return batchStatus.ok();
}

} // namespace RelayDesk

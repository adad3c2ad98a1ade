#pragma once

#include <QObject>
#include <QPointer>
#include <QThread>

#include <atomic>
#include <functional>
#include <memory>

namespace RelayDesk {

/// A named worker thread for the read-only queries of one view (docs/architecture.md, "the GUI never waits":
/// the GUI thread never waits on disk). Work runs on the worker with that thread's own database connection;
/// the result comes back to the receiver on its thread through a queued call. Destroying the runner waits for
/// the work in progress; work still queued then is dropped.
class QueryRunner final : public QObject
{
    Q_OBJECT
public:
    QueryRunner(const QString& threadName, QString dataDir, QObject* parent = nullptr);
    ~QueryRunner() override;
    Q_DISABLE_COPY_MOVE(QueryRunner)

    /// Runs work() on the worker, then done(result) on receiver's thread (dropped if receiver is gone).
    template <typename T> void run(QObject* receiver, std::function<T()> work, std::function<void(T)> done)
    {
        post([receiver = QPointer<QObject>(receiver), work = std::move(work), done = std::move(done)]() {
            auto result = std::make_shared<T>(work());
            if (receiver)
                QMetaObject::invokeMethod(
                    receiver.data(), [done, result]() { done(*result); }, Qt::QueuedConnection);
        });
    }
    const QString& dataDir() const { return m_dataDir; }

private:
    void post(std::function<void()> job);

    QString m_dataDir;
    /// Set when the runner is destroyed: the jobs still queued are skipped (an outside tester's window took
    /// minutes to quit, running every dashboard load queued behind a slow one).
    std::shared_ptr<std::atomic_bool> m_closing = std::make_shared<std::atomic_bool>(false);
    QThread m_thread;
    QObject* m_worker = nullptr;
};

} // namespace RelayDesk

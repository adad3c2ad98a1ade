#pragma once

#include <QObject>
#include <QTimer>

#include <chrono>
#include <memory>

namespace RelayDesk {

class StoreWriter;

/// Indexes the recipients that the store noted for the Delivery Logs' free-text search (SearchIndex), as a
/// chain of StoreWriter jobs that yields to mail: it starts once the store has been quiet for a moment (no
/// change published for quietPeriod), or at the latest maxDelay after the first change it was told of, so
/// a burst of mail is accepted and delivered first and indexed right after it (docs/read-side.md, "Free
/// text"). Lives on the engine's thread.
class SearchIndexScheduler final : public QObject
{
    Q_OBJECT
public:
    SearchIndexScheduler(StoreWriter* writer, std::chrono::milliseconds quietPeriod = std::chrono::seconds(1),
                         std::chrono::milliseconds maxDelay = std::chrono::seconds(10),
                         QObject* parent = nullptr);
    ~SearchIndexScheduler() override; ///< stops the chain: no batch is submitted after this returns
    Q_DISABLE_COPY_MOVE(SearchIndexScheduler)

    /// Something may have been noted: index it once the store is quiet (or maxDelay after the first note).
    void schedule();
    /// Indexes now, or right after the chain under way.
    void runNow();
    /// Rows indexed since the engine started (for tests). Any thread.
    long long indexedRows() const;

private:
    struct Chain;
    static void submitBatch(const std::shared_ptr<Chain>& chain);

    std::shared_ptr<Chain> m_chain;
    QTimer m_quiet;    ///< restarted by every schedule()
    QTimer m_deadline; ///< started by the first schedule() after a run
};

} // namespace RelayDesk

#pragma once

#include <memory>

namespace RelayDesk {

class StoreWriter;

/// Indexes the recipients that the store noted for the Delivery Logs' free-text search (SearchIndex), as a
/// chain of small StoreWriter jobs started whenever the engine publishes store changes: searchable a fraction
/// of a second after they were written, and never inside the transaction that accepts a message.
class SearchIndexScheduler final
{
public:
    explicit SearchIndexScheduler(StoreWriter* writer);
    ~SearchIndexScheduler(); ///< stops the chain: no batch is submitted after this returns
    SearchIndexScheduler(const SearchIndexScheduler&) = delete;
    SearchIndexScheduler& operator=(const SearchIndexScheduler&) = delete;

    /// Something may have been noted: index it now, or right after the chain under way. Any thread.
    void schedule();
    /// Rows indexed since the engine started (for tests).
    long long indexedRows() const;

private:
    struct Chain;
    static void submitBatch(const std::shared_ptr<Chain>& chain);

    std::shared_ptr<Chain> m_chain;
};

} // namespace RelayDesk

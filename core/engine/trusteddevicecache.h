#pragma once

#include <QHash>
#include <QHostAddress>
#include <QMutex>
#include <QString>

#include <optional>

namespace RelayDesk {

/// Remembers for a short while which Mail Agent trusts a client address, so the LAN relay listener does not
/// query the store on every connection. An agent change takes effect within the cache lifetime.
class TrustedDeviceCache final
{
public:
    struct Agent
    {
        qint64 id = 0;
        QString name;
    };

    TrustedDeviceCache(QString dataDir, qint64 lifetimeMs = 2000);
    /// Thread-safe; queries the store (on the calling thread's connection) when the entry is missing or old.
    /// When the store cannot be read, *storeFailed (if given) is set, nothing is remembered, and nullopt says
    /// nothing about the client.
    /// *onlyDisabled (if given): as AgentDirectory::trustedDeviceAgent() says it.
    std::optional<Agent> lookup(const QHostAddress& client, qint64 nowMs, bool* storeFailed = nullptr,
                                bool* onlyDisabled = nullptr);
    /// Forgets everything (after an admin change to agents or networks).
    void clear();

private:
    struct Entry
    {
        std::optional<Agent> agent;
        bool onlyDisabled = false;
        qint64 expiresMs = 0;
    };
    QString m_dataDir;
    qint64 m_lifetimeMs;
    QMutex m_mutex;
    QHash<QHostAddress, Entry> m_entries;
};

} // namespace RelayDesk

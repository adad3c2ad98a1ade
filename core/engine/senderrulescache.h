#pragma once

#include "core/smtp/senderrules.h"

#include <QHash>
#include <QMutex>
#include <QString>

#include <memory>

namespace RelayDesk {

/// What each Mail Agent may send as, kept in memory so that the check at MAIL costs no store query
/// (docs/protocols.md, "Sender domains"). An agent's rules are read on first use and kept until an admin
/// change to who may send (the "access" topic) clears them; the next MAIL reads them again.
class SenderRulesCache final
{
public:
    explicit SenderRulesCache(QString dataDir);
    Q_DISABLE_COPY_MOVE(SenderRulesCache)

    /// Thread-safe; reads the store (on the calling thread's connection) only on a miss. A store error
    /// answers rules marked unavailable, which are not kept.
    std::shared_ptr<const SenderRules> lookup(qint64 agentId);
    /// Forgets everything (after an admin change to agents, their senders or any-sender).
    void clear();

private:
    QString m_dataDir;
    QMutex m_mutex;
    QHash<qint64, std::shared_ptr<const SenderRules>> m_rules;
    quint64 m_generation = 0; ///< moves at each clear(): rules read before it are not kept after it
};

} // namespace RelayDesk

#pragma once

#include "core/smtp/smtpreply.h"
#include "core/util/expected.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace RelayDesk {

class StoreWriter;

/// One address a Mail Agent no longer sends to.
struct Suppression
{
    qint64 agentId = 0;
    QString agentName;
    QString address;
    QString reason;
    qint64 createdAt = 0;
};

/// The per-agent suppression lists: hard-bounced addresses that later messages skip.
class SuppressionList final
{
public:
    SuppressionList(QString dataDir, StoreWriter* writer);

    Expected<QList<Suppression>> list(const QString& agentName) const;
    Status add(const QString& agentName, const QString& address, const QString& reason);
    /// Fails with a clear message when the address is not on the agent's list.
    Status remove(const QString& agentName, const QString& address);

    /// RFC 3463: the address itself was refused for good (5.1.x except the sender's 5.1.7/5.1.8, and 5.2.1
    /// mailbox disabled). Other permanent failures (policy, content) do not condemn the address.
    static bool isHardBounce(const SmtpReply& reply);
    /// Inside a writer job: adds or refreshes an entry.
    static Status insert(QSqlDatabase& db, qint64 agentId, const QString& address, const QString& reason,
                         qint64 at);
    /// The form the list holds: trimmed, lower case, the domain in A-labels (RFC 5891 4) as recipients
    /// arrive without SMTPUTF8, so that an address copied from the window ("info@bücher.example") is the
    /// stored "info@xn--bcher-kva.example".
    static QString normalize(const QString& address);

private:
    Expected<qint64> agentId(const QString& agentName) const;

    QString m_dataDir;
    StoreWriter* m_writer;
};

} // namespace RelayDesk

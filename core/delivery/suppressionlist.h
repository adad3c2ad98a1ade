#pragma once

#include "core/smtp/smtpreply.h"
#include "core/util/expected.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

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

    /// RFC 3463: the address itself was refused for good (5.1.x except the sender's 5.1.7/5.1.8 and the
    /// domain's 5.1.2/5.1.10, and 5.2.1 mailbox disabled), in the reply to its RCPT (SmtpReply::toRecipient).
    /// Other permanent failures (policy, content, a refused sender) do not condemn the address.
    static bool isHardBounce(const SmtpReply& reply);
    /// Inside a writer job: adds or refreshes an entry.
    static Status insert(QSqlDatabase& db, qint64 agentId, const QString& address, const QString& reason,
                         qint64 at);
    /// The form the list holds: trimmed, lower case, the domain in A-labels (RFC 5891 4) as recipients
    /// arrive without SMTPUTF8, so that an address copied from the window ("info@bücher.example") is the
    /// stored "info@xn--bcher-kva.example".
    static QString normalize(const QString& address);
    /// Why address can never be a recipient to suppress (empty: it can be one), as add() refuses it; the
    /// window checks it as it is typed.
    static QString addressProblem(const QString& address);

    /// The reason an entry added by hand gets when none is given. Stored in English, as the log's other words
    /// are; the window shows it translated (byHandReason() is what it recognises).
    static QString byHandReason();
    /// What a suppressed recipient's row says instead of a server's reply (no server was asked): "not sent:
    /// the address is on the agent's suppression list (REASON)". Stored in English for the command line and
    /// the JSON output; suppressedReason() gives the window the reason back to put into its own language.
    static QString suppressedReply(const QString& reason);
    /// What the sender's bounce notice says of a suppressed recipient and what to do: the server's reply that
    /// put it on the list, but never an administrator's own note ("asked to stop, ticket 12" went out to the
    /// sender: an outside tester).
    static QString suppressedNotice(const QString& reason);
    /// The RFC 3464 Status the sender's notice gives a suppressed recipient: the enhanced code of the
    /// server's reply that put it on the list ("5.1.1": the mailbox does not exist, as software that reads
    /// bounces expects of an address to take off its lists; an outside tester read 5.7.1 as a policy
    /// refusal), and 5.7.1 (delivery not authorized) for an address an administrator listed.
    static QByteArray noticeStatus(const QString& reason);
    /// The reason inside a suppressedReply(), or nothing when `reply` is not one.
    static std::optional<QString> suppressedReason(const QString& reply);

private:
    Expected<qint64> agentId(const QString& agentName) const;

    QString m_dataDir;
    StoreWriter* m_writer;
};

} // namespace RelayDesk

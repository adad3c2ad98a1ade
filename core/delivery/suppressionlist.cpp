#include "core/delivery/suppressionlist.h"
#include "core/agents/agentrows.h"
#include "core/smtp/mailpath.h"
#include "core/store/database.h"
#include "core/store/storewriter.h"
#include "core/util/clock.h"
#include "core/util/domainname.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace RelayDesk {

SuppressionList::SuppressionList(QString dataDir, StoreWriter* writer)
    : m_dataDir(std::move(dataDir)), m_writer(writer)
{
}

Expected<qint64> SuppressionList::agentId(const QString& agentName) const
{
    auto db = Database::connection(m_dataDir);
    if (!db)
        return Expected<qint64>::failure(db.error());
    return AgentRows::agentIdByName(db.value(), agentName);
}

Expected<QList<Suppression>> SuppressionList::list(const QString& agentName) const
{
    const auto id = agentId(agentName);
    if (!id)
        return Expected<QList<Suppression>>::failure(id.error());
    auto db = Database::connection(m_dataDir);
    QSqlQuery query(db.value());
    query.prepare(QStringLiteral(
        "SELECT address, reason, created_at FROM suppressions WHERE agent_id = ? ORDER BY address"));
    query.addBindValue(id.value());
    if (!query.exec())
        return Expected<QList<Suppression>>::failure(query.lastError().text());
    QList<Suppression> entries;
    while (query.next())
        entries.append({id.value(), agentName, query.value(0).toString(), query.value(1).toString(),
                        query.value(2).toLongLong()});
    return entries;
}

// The refusals are English unless a translator is installed: the window shows them in its language, the
// command line in English.
Status SuppressionList::add(const QString& agentName, const QString& address, const QString& reason)
{
    const auto id = agentId(agentName);
    if (!id)
        return Status::failure(id.error());
    const QString normalized = normalize(address);
    if (const QString problem = addressProblem(address); !problem.isEmpty())
        return Status::failure(problem);
    // The reason is a note for people, shown in one row of a table: one line of reasonable length, counted
    // in characters as people see them (an emoji is one, not two UTF-16 units).
    constexpr qsizetype longestReason = 500;
    if (const qsizetype length = reason.toUcs4().size(); length > longestReason)
        return Status::failure(
            QCoreApplication::translate("RelayDesk::SuppressionList",
                                        "the reason is %1 characters long; keep it to %2 at most")
                .arg(length)
                .arg(longestReason));
    // Control characters, and the invisible ones that reorder what follows (U+202E showed "evil" as "live").
    const auto hidden = [](QChar c) {
        const char16_t u = c.unicode();
        return c.category() == QChar::Other_Control || (u >= 0x202a && u <= 0x202e) ||
               (u >= 0x2066 && u <= 0x2069) || u == 0x200e || u == 0x200f || u == 0x061c;
    };
    if (std::any_of(reason.cbegin(), reason.cend(), hidden))
        return Status::failure(QCoreApplication::translate(
            "RelayDesk::SuppressionList", "the reason holds a line break, a control character or an "
                                          "invisible direction mark; write it on one line of plain text"));
    const qint64 agent = id.value();
    return m_writer->runSync([=](QSqlDatabase& db) {
        // Added twice by hand, the second reason and date replaced the first ("complained, ticket 4711"
        // became "added by hand"): the entry stays as it is, and the answer says so.
        QSqlQuery existing(db);
        existing.prepare(QStringLiteral("SELECT reason, created_at FROM suppressions WHERE agent_id = ? AND"
                                        " address = ?"));
        existing.addBindValue(agent);
        existing.addBindValue(normalized);
        if (!existing.exec())
            return Status::failure(existing.lastError().text());
        if (existing.next())
            return Status::failure(
                QCoreApplication::translate(
                    "RelayDesk::SuppressionList",
                    "%1 is already on the suppression list of %2, since %3 (%4): nothing changed; "
                    "remove it first to give another reason")
                    .arg(address, agentName,
                         QDateTime::fromMSecsSinceEpoch(existing.value(1).toLongLong(), Qt::UTC)
                             .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'")),
                         existing.value(0).toString()));
        return insert(db, agent, address, reason, nowMs());
    });
}

QString SuppressionList::addressProblem(const QString& address)
{
    const QString normalized = normalize(address);
    // The submission listeners offer no SMTPUTF8 (RFC 6531), so no recipient has a non-ASCII local part.
    const qsizetype at = normalized.lastIndexOf(QLatin1Char('@'));
    if (at > 0 && std::any_of(normalized.cbegin(), normalized.cbegin() + at,
                              [](QChar c) { return c.unicode() > 0x7f; }))
        return QCoreApplication::translate("RelayDesk::SuppressionList",
                                           "'%1' has letters outside ASCII before the '@': this relay takes "
                                           "no such recipient (no SMTPUTF8), so there is nothing to suppress")
            .arg(address);
    // The check RCPT TO makes (RFC 5321 4.1.2): "@" or "a b@" can never be a recipient.
    if (!isValidMailbox(normalized.toUtf8()))
        return QCoreApplication::translate("RelayDesk::SuppressionList",
                                           "'%1' is not a mail address of the form local@domain")
            .arg(address);
    return {};
}

QString SuppressionList::normalize(const QString& address)
{
    // "reject1"@dest.test is reject1@dest.test (RFC 5321 4.1.2), as the relay takes it at RCPT.
    return QString::fromUtf8(withoutNeedlessQuotes(DomainName::asciiForm(address.trimmed()).toUtf8()))
        .toLower();
}

QString SuppressionList::byHandReason()
{
    return QStringLiteral("added by hand");
}

namespace {
const QLatin1String suppressedPrefix("not sent: the address is on the agent's suppression list (");

/// The enhanced status of the server's reply that put an address on the list ("550 5.1.1 ...": a hard bounce,
/// insert() from OutcomeRecorder), or nothing for an address an administrator listed.
std::optional<QByteArray> bounceStatus(const QString& reason)
{
    static const QRegularExpression serverReply(QStringLiteral("^5\\d\\d (5\\.\\d{1,3}\\.\\d{1,3})\\b"));
    const QRegularExpressionMatch match = serverReply.match(reason);
    if (!match.hasMatch())
        return std::nullopt;
    return match.captured(1).toLatin1();
}
} // namespace

QString SuppressionList::suppressedReply(const QString& reason)
{
    return suppressedPrefix + reason + QLatin1Char(')');
}

QString SuppressionList::suppressedNotice(const QString& reason)
{
    // In the words of the person who reads the notice: "agent" and "suppression list" meant nothing to an
    // outside tester's sender, who was not told what to do either.
    if (bounceStatus(reason))
        return QStringLiteral("not sent: mail to this address bounced before (") + reason +
               QStringLiteral(
                   "), so this relay no longer sends to it; if the address works again, ask the mail "
                   "administrator to take it off the relay's suppression list");
    return QStringLiteral(
        "not sent: the relay's administrator stopped mail to this address; ask them whether it "
        "should receive mail again");
}

QByteArray SuppressionList::noticeStatus(const QString& reason)
{
    return bounceStatus(reason).value_or(QByteArrayLiteral("5.7.1"));
}

std::optional<QString> SuppressionList::suppressedReason(const QString& reply)
{
    if (!reply.startsWith(suppressedPrefix) || !reply.endsWith(QLatin1Char(')')))
        return std::nullopt;
    return reply.mid(suppressedPrefix.size(), reply.size() - suppressedPrefix.size() - 1);
}

Status SuppressionList::remove(const QString& agentName, const QString& address)
{
    const auto id = agentId(agentName);
    if (!id)
        return Status::failure(id.error());
    const qint64 agent = id.value();
    const QString normalized = normalize(address);
    return m_writer->runSync([=](QSqlDatabase& db) {
        QSqlQuery query(db);
        query.prepare(QStringLiteral("DELETE FROM suppressions WHERE agent_id = ? AND address = ?"));
        query.addBindValue(agent);
        query.addBindValue(normalized);
        if (!query.exec())
            return Status::failure(query.lastError().text());
        if (query.numRowsAffected() == 0)
            return Status::failure(
                QStringLiteral("%1 is not on the suppression list of %2").arg(address.trimmed(), agentName));
        return Status();
    });
}

bool SuppressionList::isHardBounce(const SmtpReply& reply)
{
    if (!reply.isPermanent() || !reply.toRecipient)
        return false;
    const QByteArray& e = reply.enhanced;
    if (e == "5.2.1")
        return true;
    // A domain that does not exist (5.1.2) or takes no mail (5.1.10, RFC 7505) says nothing of the mailbox:
    // one DNS answer of one resolver (a lapsed registration, a filtering office resolver) suppressed every
    // address of the domain for good (an outside tester). It bounces; the next message asks DNS again.
    if (e == "5.1.2" || e == "5.1.10")
        return false;
    return e.startsWith("5.1.") && e != "5.1.7" && e != "5.1.8";
}

Status SuppressionList::insert(QSqlDatabase& db, qint64 agentId, const QString& address,
                               const QString& reason, qint64 at)
{
    QSqlQuery query(db);
    query.prepare(
        QStringLiteral("INSERT INTO suppressions(agent_id, address, reason, created_at) VALUES(?, ?, ?, ?)"
                       " ON CONFLICT(agent_id, address) DO UPDATE SET reason = excluded.reason,"
                       " created_at = excluded.created_at"));
    query.addBindValue(agentId);
    query.addBindValue(normalize(address));
    query.addBindValue(reason);
    query.addBindValue(at);
    if (!query.exec())
        return Status::failure(QStringLiteral("cannot add %1 to the suppression list: %2")
                                   .arg(address, query.lastError().text()));
    return {};
}

} // namespace RelayDesk

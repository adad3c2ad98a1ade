#include "core/store/messagespool.h"
#include "core/smtp/encodedwords.h"
#include "core/store/database.h"
#include "core/store/nodeidentity.h"
#include "core/store/storewriter.h"
#include "core/util/clock.h"
#include "core/util/logcategories.h"
#include "core/util/logline.h"

#include <QDate>
#include <QDateTime>
#include <QDebug>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

namespace RelayDesk {

MessageSpool::MessageSpool(StoreWriter& writer, QString)
    : m_writer(writer), m_node(NodeIdentity::of(writer.dataDir()).id)
{
}

QString MessageSpool::utcDay(qint64 atMs)
{
    // Once a second per thread is enough for a day's name.
    thread_local qint64 second = -1;
    thread_local QString day;
    if (atMs / 1000 != second) {
        second = atMs / 1000;
        day = QDateTime::fromMSecsSinceEpoch(atMs, QTimeZone::utc()).date().toString(Qt::ISODate);
    }
    return day;
}

QString MessageSpool::domainOf(const QByteArray& address)
{
    const qsizetype at = address.lastIndexOf('@');
    return at < 0 ? QString() : QString::fromUtf8(address.mid(at + 1)).toLower();
}

QByteArray MessageSpool::headerOf(const QByteArray& content, QByteArrayView name)
{
    // RFC 5322 2.2.3: a header field may be folded over several lines; the header ends at the first empty
    // line.
    const QByteArray prefix = name.toByteArray() + ':';
    qsizetype pos = 0;
    while (pos < content.size()) {
        qsizetype end = content.indexOf("\r\n", pos);
        if (end < 0)
            end = content.size();
        if (end == pos)
            break;
        if (content.mid(pos, prefix.size()).compare(prefix, Qt::CaseInsensitive) == 0) {
            QByteArray value = content.mid(pos + prefix.size(), end - pos - prefix.size());
            qsizetype next = end + 2;
            while (next < content.size() && (content[next] == ' ' || content[next] == '\t')) {
                qsizetype nextEnd = content.indexOf("\r\n", next);
                if (nextEnd < 0)
                    nextEnd = content.size();
                value += content.mid(next, nextEnd - next);
                next = nextEnd + 2;
            }
            return value.trimmed();
        }
        pos = end + 2;
    }
    return {};
}

QString MessageSpool::subjectOf(const QByteArray& content)
{
    // As people read it (RFC 2047): the logs, the queue and the search show and find "Rechnung für März",
    // not "=?utf-8?q?Rechnung_f=C3=BCr...".
    // Kept whole up to a line's length: cut at 200, the last words of long invoice reminders were not found
    // by a search and the cut showed nowhere (an outside tester).
    const QByteArray value = headerOf(content, "subject");
    if (value.isNull())
        return {};
    // Characters, not UTF-16 units: a subject of emoji was cut at half the length (a second tester).
    const QString subject = EncodedWords::decode(value);
    qsizetype characters = 0;
    qsizetype cut = -1; // where the 998th character ends, once the subject is longer
    for (qsizetype i = 0; i < subject.size(); ++i) {
        if (subject.at(i).isHighSurrogate() && i + 1 < subject.size() && subject.at(i + 1).isLowSurrogate())
            ++i;
        if (++characters == maxSubjectLength - 1)
            cut = i + 1;
        if (characters > maxSubjectLength)
            return subject.left(cut) + QChar(0x2026);
    }
    return subject;
}

QString MessageSpool::messageIdOf(const QByteArray& content)
{
    // RFC 5322 3.6.4: "<left@right>"; kept as written, one line, cut to a sane length.
    return EncodedWords::oneLine(QString::fromLatin1(headerOf(content, "message-id"))).left(250);
}

namespace {
/// A column that holds '' when there is nothing to say: a null QString would bind as SQL NULL.
QString text(const QByteArray& ascii)
{
    return ascii.isEmpty() ? QStringLiteral("") : QString::fromLatin1(ascii);
}
} // namespace

void MessageSpool::commit(const SubmittedMessage& message, const QString& listener,
                          const QString& clientAddress, Committed done)
{
    const qint64 now = nowMs();
    const QString day = utcDay(now);
    auto job = [message, listener, clientAddress, now, day, node = m_node](QSqlDatabase& db) -> Status {
        QSqlQuery& q = StoreWriter::statement(
            db,
            QStringLiteral("INSERT INTO messages(queue_id, agent_id, agent_name, sender,"
                           " subject, size, received_at, listener, client_address, accepted_node, message_id,"
                           " dsn_ret, dsn_envid) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?) RETURNING id"));
        q.addBindValue(message.queueId);
        q.addBindValue(message.agentId > 0 ? QVariant(message.agentId) : QVariant());
        // A null QString binds as SQL NULL; these columns hold '' when there is nothing to say.
        q.addBindValue(message.agentName.isNull() ? QStringLiteral("") : message.agentName);
        q.addBindValue(QString::fromUtf8(message.sender.isNull() ? QByteArray("") : message.sender));
        const QString subject = subjectOf(message.content);
        q.addBindValue(subject.isNull() ? QStringLiteral("") : subject);
        q.addBindValue(message.content.size());
        q.addBindValue(now);
        q.addBindValue(listener);
        q.addBindValue(clientAddress);
        q.addBindValue(node.isNull() ? QStringLiteral("") : node);
        q.addBindValue(messageIdOf(message.content));
        q.addBindValue(text(message.dsn.ret));
        q.addBindValue(text(message.dsn.envid));
        if (!q.exec() || !q.next())
            return Status::failure(q.lastError().text());
        const qint64 messageId = q.value(0).toLongLong();
        q.finish();
        QSqlQuery& body = StoreWriter::statement(
            db, QStringLiteral("INSERT INTO message_bodies(message_id, body) VALUES(?, ?)"));
        body.addBindValue(messageId);
        body.addBindValue(message.content);
        if (!body.exec())
            return Status::failure(body.lastError().text());
        QSqlQuery& r = StoreWriter::statement(
            db, QStringLiteral("INSERT INTO recipients(message_id, address, domain, state,"
                               " next_attempt_at, updated_at, dsn_notify, dsn_orcpt)"
                               " VALUES(?, ?, ?, 'queued', ?, ?, ?, ?)"));
        for (qsizetype i = 0; i < message.recipients.size(); ++i) {
            const QByteArray& recipient = message.recipients[i];
            r.addBindValue(messageId);
            r.addBindValue(QString::fromUtf8(recipient));
            r.addBindValue(domainOf(recipient));
            r.addBindValue(now);
            r.addBindValue(now);
            r.addBindValue(message.notify.value(i));
            r.addBindValue(text(message.orcpt.value(i)));
            if (!r.exec())
                return Status::failure(r.lastError().text());
        }
        if (message.agentId > 0) {
            QSqlQuery& stats = StoreWriter::statement(
                db,
                QStringLiteral(
                    "INSERT INTO agent_daily_stats(agent_id, day, accepted) VALUES(?, ?, 1)"
                    " ON CONFLICT(agent_id, day) DO UPDATE SET accepted = agent_daily_stats.accepted + 1"));
            stats.addBindValue(message.agentId);
            stats.addBindValue(day);
            if (!stats.exec())
                return Status::failure(stats.lastError().text());
        }
        return {};
    };
    m_writer.submit(std::move(job), [done = std::move(done)](const Status& status) {
        if (status.ok())
            return done(CommitFailure::None);
        qCCritical(lcQueue) << LogLine("commit_failed").add("error", status.error());
        done(failureOf(status.error()));
    });
}

CommitFailure MessageSpool::failureOf(const QString& error)
{
    // A store whose server went away is not a full disk (an outside tester's clients were told "452
    // Insufficient system storage" while PostgreSQL shut down).
    if (Database::isStoreAway(error) || error.startsWith(QLatin1String("cannot open the PostgreSQL store")))
        return CommitFailure::StoreUnavailable;
    const QString lower = error.toLower();
    if (lower.contains(QLatin1String("database is locked")) ||
        lower.contains(QLatin1String("database is busy")))
        return CommitFailure::StoreLocked;
    const bool full = lower.contains(QLatin1String("full")) || lower.contains(QLatin1String("disk")) ||
                      lower.contains(QLatin1String("no space")) ||
                      lower.contains(QLatin1String("could not extend file"));
    return full ? CommitFailure::StorageFull : CommitFailure::LocalError;
}

} // namespace RelayDesk

#pragma once

#include "core/store/database.h"
#include "core/util/clock.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace RelayDesk::Test {

/// Puts messages straight into the queue tables of a test data dir, the way the spool leaves them.
class QueueFixture final
{
public:
    explicit QueueFixture(QString dataDir) : m_dataDir(std::move(dataDir)) {}

    qint64 addAgent(const QString& name)
    {
        QSqlQuery q(db());
        q.prepare(QStringLiteral("INSERT INTO agents(name, created_at) VALUES(?, ?)"));
        q.addBindValue(name);
        q.addBindValue(nowMs());
        q.exec();
        return q.lastInsertId().toLongLong();
    }

    /// Returns the message id; recipients are queued and due at receivedAt.
    qint64 addMessage(const QString& queueId, qint64 agentId, const QString& sender,
                      const QStringList& recipients, qint64 receivedAt,
                      const QByteArray& body = defaultBody())
    {
        QSqlQuery m(db());
        m.prepare(
            QStringLiteral("INSERT INTO messages(queue_id, agent_id, agent_name, sender, subject, size,"
                           " received_at, listener, client_address) VALUES(?, ?, (SELECT name FROM agents"
                           " WHERE id = ?), ?, 'Test', ?, ?, 'lan', '127.0.0.1')"));
        m.addBindValue(queueId);
        m.addBindValue(agentId);
        m.addBindValue(agentId);
        m.addBindValue(sender.isNull() ? QStringLiteral("") : sender);
        m.addBindValue(body.size());
        m.addBindValue(receivedAt);
        if (!m.exec())
            qFatal("fixture: %s", qPrintable(m.lastError().text()));
        const qint64 id = m.lastInsertId().toLongLong();
        QSqlQuery b(db());
        b.prepare(QStringLiteral("INSERT INTO message_bodies(message_id, body) VALUES(?, ?)"));
        b.addBindValue(id);
        b.addBindValue(body);
        b.exec();
        for (const QString& r : recipients) {
            QSqlQuery q(db());
            q.prepare(QStringLiteral(
                "INSERT INTO recipients(message_id, address, domain, next_attempt_at, updated_at)"
                " VALUES(?, ?, ?, ?, ?)"));
            q.addBindValue(id);
            q.addBindValue(r);
            q.addBindValue(r.section(QLatin1Char('@'), -1).toLower());
            q.addBindValue(receivedAt);
            q.addBindValue(receivedAt);
            q.exec();
        }
        return id;
    }

    QVariant scalar(const QString& sql, const QVariantList& binds = {})
    {
        QSqlQuery q(db());
        q.prepare(sql);
        for (const QVariant& v : binds)
            q.addBindValue(v);
        if (!q.exec())
            qFatal("fixture: %s", qPrintable(q.lastError().text()));
        return q.next() ? q.value(0) : QVariant();
    }

    QString state(const QString& address) const
    {
        QSqlQuery q(const_cast<QueueFixture*>(this)->db());
        q.prepare(QStringLiteral("SELECT state FROM recipients WHERE address = ? ORDER BY id DESC LIMIT 1"));
        q.addBindValue(address);
        q.exec();
        return q.next() ? q.value(0).toString() : QString();
    }

    static QByteArray defaultBody()
    {
        return "Received: from printer\r\nFrom: app@example.org\r\nTo: someone@example.com\r\n"
               "Subject: Test\r\nMessage-ID: <t1@example.org>\r\n\r\nHello.\r\n";
    }

private:
    QSqlDatabase db() { return Database::connection(m_dataDir).value(); }
    QString m_dataDir;
};

} // namespace RelayDesk::Test

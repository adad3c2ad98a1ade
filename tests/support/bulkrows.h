#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

namespace RelayDesk::Test {

/// Writes many messages and recipients straight into a test store in one transaction, for the tests that
/// list and page them (a few hundred rows in milliseconds).
class BulkRows final
{
public:
    explicit BulkRows(QSqlDatabase db)
        : m_db(std::move(db)), m_agent(m_db), m_message(m_db), m_recipient(m_db)
    {
        // Each agent named is a live one (the filters find a live agent's messages by its number).
        m_ok =
            m_db.transaction() &&
            m_agent.prepare(QStringLiteral("INSERT INTO agents(name, created_at) VALUES(?, 0)"
                                           " ON CONFLICT(name) DO NOTHING")) &&
            m_message.prepare(QStringLiteral(
                "INSERT INTO messages(queue_id, agent_name, agent_id, sender, subject, size, received_at,"
                " listener, client_address, held) VALUES(?, ?, (SELECT id FROM agents WHERE name = ?), ?, ?,"
                " 100, ?, 'lan', '127.0.0.1', ?)")) &&
            m_recipient.prepare(QStringLiteral(
                "INSERT INTO recipients(message_id, address, domain, state, attempts, next_attempt_at,"
                " last_code, updated_at) VALUES(?, ?, 'example.com', ?, ?, ?, ?, ?)"));
    }

    /// The new message's id, or 0 if it could not be written.
    qint64 message(const QString& queueId, const QString& agent, const QString& sender,
                   const QString& subject, qint64 receivedAt, bool held)
    {
        if (!agent.isEmpty()) {
            m_agent.addBindValue(agent);
            m_ok = m_ok && m_agent.exec();
        }
        for (const QVariant& value : {QVariant(queueId), QVariant(agent), QVariant(agent), QVariant(sender),
                                      QVariant(subject), QVariant(receivedAt), QVariant(held ? 1 : 0)})
            m_message.addBindValue(value);
        m_ok = m_ok && m_message.exec();
        return m_ok ? m_message.lastInsertId().toLongLong() : 0;
    }

    /// lastCode: a null QVariant before any attempt.
    void recipient(qint64 messageId, const QString& address, const QString& state, int attempts,
                   qint64 nextAttemptAt, const QVariant& lastCode, qint64 updatedAt)
    {
        for (const QVariant& value :
             {QVariant(messageId), QVariant(address), QVariant(state), QVariant(attempts),
              QVariant(nextAttemptAt), lastCode, QVariant(updatedAt)})
            m_recipient.addBindValue(value);
        m_ok = m_ok && m_recipient.exec();
    }

    /// Commits; false if any row failed.
    bool commit() { return m_ok && m_db.commit(); }

private:
    QSqlDatabase m_db;
    QSqlQuery m_agent;
    QSqlQuery m_message;
    QSqlQuery m_recipient;
    bool m_ok = false;
};

} // namespace RelayDesk::Test

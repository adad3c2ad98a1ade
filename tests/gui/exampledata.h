#pragma once

#include "core/agents/agentdirectory.h"
#include "core/security/refusedsubmissions.h"
#include "core/store/database.h"
#include "core/store/searchindex.h"
#include "core/store/settings.h"
#include "core/util/clock.h"

#include <QDate>
#include <QDateTime>
#include <QSqlQuery>
#include <QString>

namespace RelayDesk::Test {

/// Example agents, queued and delivered mail, and daily statistics for GUI tests and screenshots.
struct ExampleData
{
    /// Adds one message with one recipient; returns the message id.
    static qint64 addMessage(const QString& dataDir, const QString& agent, const QString& sender,
                             const QString& recipient, const QString& subject, const QString& state, int code,
                             const QString& enhanced, const QString& reply, qint64 receivedAt,
                             bool held = false)
    {
        QSqlDatabase db = Database::connection(dataDir).value();
        static int serial = 0;
        QSqlQuery q(db);
        q.prepare(QStringLiteral(
            "INSERT INTO messages(queue_id, agent_id, agent_name, sender, subject, size, received_at,"
            " listener, client_address, held) VALUES(?, (SELECT id FROM agents WHERE name = ?), ?, ?, ?, ?, "
            "?,"
            " 'submission', '192.0.2.10', ?)"));
        q.addBindValue(QStringLiteral("Q%1").arg(++serial, 6, 10, QLatin1Char('0')));
        q.addBindValue(
            agent); // an agent that does not exist (or no longer) leaves agent_id NULL, as deleting does
        q.addBindValue(agent);
        q.addBindValue(sender);
        q.addBindValue(subject);
        q.addBindValue(2048);
        q.addBindValue(receivedAt);
        q.addBindValue(held ? 1 : 0);
        if (!q.exec())
            return 0;
        const qint64 messageId = q.lastInsertId().toLongLong();
        q.prepare(QStringLiteral(
            "INSERT INTO recipients(message_id, address, domain, state, attempts, next_attempt_at,"
            " last_code, last_enhanced, last_reply, updated_at) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        q.addBindValue(messageId);
        q.addBindValue(recipient);
        q.addBindValue(recipient.section(QLatin1Char('@'), 1));
        q.addBindValue(state);
        q.addBindValue(code ? 1 : 0);
        q.addBindValue(receivedAt + 600000);
        q.addBindValue(code ? QVariant(code) : QVariant());
        q.addBindValue(enhanced);
        q.addBindValue(reply);
        q.addBindValue(receivedAt + 1000);
        q.exec();
        if (code != 0) { // the attempt that gave the recipient its state, as the delivery log keeps it
            const qint64 recipientId = q.lastInsertId().toLongLong();
            q.prepare(QStringLiteral(
                "INSERT INTO delivery_attempts(attempt_key, message_id, queue_id, agent_name, sender,"
                " recipient_id, recipient, status, route, host, started_at, duration_ms, code, enhanced,"
                " reply, sign) SELECT queue_id || '.1', id, queue_id, agent_name, sender, ?, ?, ?, 'mx',"
                " ?, ?, 420, ?, ?, ?, ? FROM messages WHERE id = ?"));
            q.addBindValue(recipientId);
            q.addBindValue(recipient);
            q.addBindValue(state);
            q.addBindValue(QString(QStringLiteral("mx.") + recipient.section(QLatin1Char('@'), 1)));
            q.addBindValue(receivedAt + 1000);
            q.addBindValue(code);
            q.addBindValue(enhanced);
            q.addBindValue(reply);
            q.addBindValue(code < 300   ? QStringLiteral("green")
                           : code < 500 ? QStringLiteral("yellow")
                                        : QStringLiteral("red"));
            q.addBindValue(messageId);
            q.exec();
        }
        return messageId;
    }

    /// Stores a message body, as the spool keeps it until the last recipient is final.
    static void addBody(const QString& dataDir, qint64 messageId, const QByteArray& content)
    {
        QSqlQuery q(Database::connection(dataDir).value());
        q.prepare(QStringLiteral("INSERT INTO message_bodies(message_id, body) VALUES(?, ?)"));
        q.addBindValue(messageId);
        q.addBindValue(content);
        q.exec();
    }

    /// The attempt OutcomeRecorder::recordSuppressed logs for the recipients of messageId, at: route
    /// "suppression", no host, code 0, the reply given.
    static bool logSuppressedAttempt(const QString& dataDir, qint64 messageId, qint64 at,
                                     const QString& reply)
    {
        QSqlQuery q(Database::connection(dataDir).value());
        q.prepare(QStringLiteral(
            "INSERT INTO delivery_attempts(attempt_key, message_id, queue_id, agent_name, sender, "
            "recipient_id,"
            " recipient, status, route, host, started_at, duration_ms, code, enhanced, reply, sign)"
            " SELECT m.queue_id || '.suppressed', m.id, m.queue_id, m.agent_name, m.sender, r.id, r.address,"
            " 'suppressed', 'suppression', '', ?, 0, 0, '', ?, 'red' FROM messages m JOIN recipients r ON"
            " r.message_id = m.id WHERE m.id = ?"));
        q.addBindValue(at);
        q.addBindValue(reply);
        q.addBindValue(messageId);
        return q.exec();
    }

    /// A plain message as an agent submits it, with the relay's Received: header first.
    static QByteArray exampleBody(const QString& sender, const QString& recipient, const QString& subject)
    {
        return QStringLiteral("Received: from app.example.com (192.0.2.10)\r\n\tby relay.example.com with "
                              "ESMTPSA; Tue, 3 Mar 2026 09:00:00 +0000\r\n"
                              "From: %1\r\nTo: %2\r\nSubject: %3\r\nMIME-Version: 1.0\r\n"
                              "Content-Type: text/plain; charset=utf-8\r\n"
                              "Content-Transfer-Encoding: quoted-printable\r\n\r\n"
                              "Hello,\r\n\r\nplease find the details below. Thank you for your order =\r\n"
                              "and kind regards.\r\n")
            .arg(sender, recipient, subject)
            .toUtf8();
    }

    static void populate(const QString& dataDir)
    {
        AgentDirectory agents(dataDir);
        const auto lan = CidrRange::parse(QStringLiteral("192.168.1.0/24")).value();
        const auto host = CidrRange::parse(QStringLiteral("10.0.0.5")).value();
        const auto printer = CidrRange::parse(QStringLiteral("192.168.1.50")).value();
        agents.createAgent(QStringLiteral("billing-app"), {host}, {},
                           QStringLiteral("Invoices and reminders"),
                           {QStringLiteral("example.com"), QStringLiteral("billing.example.com"),
                            QStringLiteral("billing@example.org")});
        agents.createAgent(QStringLiteral("office-printer"), {lan}, {printer}, QStringLiteral("Scan to mail"),
                           {QStringLiteral("example.com")});
        // An agent from before sender domains: it may send as anyone, shown as a warning.
        agents.createAgent(QStringLiteral("backup-script"), {host}, {},
                           QStringLiteral("Nightly backup reports"), {}, true);
        agents.createCredential(QStringLiteral("billing-app"));
        // The office's relay has its name in DNS (whatever this test machine is called).
        Settings(dataDir).set(QStringLiteral("server.hostname"), QStringLiteral("relay.example.com"));

        const qint64 now = nowMs();
        const QStringList names = {QStringLiteral("billing-app"), QStringLiteral("office-printer"),
                                   QStringLiteral("backup-script")};
        for (int i = 0; i < 40; ++i) {
            const QString agent = names[i % 3];
            const qint64 at = now - qint64(i) * 7 * 60000;
            if (i % 7 == 3) {
                const QString recipient = QStringLiteral("customer%1@mail.example.net").arg(i);
                const QString subject = QStringLiteral("Invoice %1").arg(1000 + i);
                const qint64 id =
                    addMessage(dataDir, agent, QStringLiteral("billing@example.com"), recipient, subject,
                               QStringLiteral("deferred"), 451, QStringLiteral("4.7.1"),
                               QStringLiteral("Greylisted, please try again later"), at);
                addBody(dataDir, id, exampleBody(QStringLiteral("billing@example.com"), recipient, subject));
            } else if (i % 11 == 5)
                addMessage(dataDir, agent, QStringLiteral("scanner@example.com"),
                           QStringLiteral("nobody%1@example.org").arg(i), QStringLiteral("Scan %1").arg(i),
                           QStringLiteral("bounced"), 550, QStringLiteral("5.1.1"),
                           QStringLiteral("The email account that you tried to reach does not exist"), at);
            else if (i % 5 == 0) {
                const QString subject = QStringLiteral("Backup report %1").arg(i);
                const qint64 id = addMessage(
                    dataDir, agent, QStringLiteral("backup@example.com"), QStringLiteral("admin@example.com"),
                    subject, QStringLiteral("queued"), 0, QString(), QString(), at, i % 10 == 0);
                addBody(dataDir, id,
                        exampleBody(QStringLiteral("backup@example.com"), QStringLiteral("admin@example.com"),
                                    subject));
            } else
                addMessage(dataDir, agent, QStringLiteral("billing@example.com"),
                           QStringLiteral("client%1@example.com").arg(i), QStringLiteral("Receipt %1").arg(i),
                           QStringLiteral("delivered"), 250, QStringLiteral("2.0.0"),
                           QStringLiteral("OK queued as 4F2A"), at);
        }
        QSqlQuery q(Database::connection(dataDir).value());
        for (int day = 0; day < 14; ++day) {
            for (int a = 1; a <= 3; ++a) {
                q.prepare(QStringLiteral(
                    "INSERT INTO agent_daily_stats(agent_id, day, accepted, delivered, deferred,"
                    " bounced) VALUES(?, ?, ?, ?, ?, ?)"));
                const int accepted = 20 + (day * 7 + a * 13) % 40;
                q.addBindValue(a);
                // UTC days, as the relay counts them (MessageSpool::utcDay).
                q.addBindValue(QDateTime::currentDateTimeUtc().date().addDays(-day).toString(Qt::ISODate));
                q.addBindValue(accepted);
                q.addBindValue(accepted - 3);
                q.addBindValue(2);
                q.addBindValue(1);
                q.exec();
            }
        }
        // What the relay refused at submission: a long line, a sender off the agent's domains, a printer
        // that never logged in.
        QSqlDatabase db = Database::connection(dataDir).value();
        const auto refused = [now](const QString& agent, const QString& address, const QString& command,
                                   const QString& sender, const QString& recipients, const QString& reply,
                                   int count, qint64 agoMs) {
            return RefusedSubmission{address,
                                     QStringLiteral("submission"),
                                     agent.isEmpty() ? 0 : 1,
                                     agent,
                                     command,
                                     sender,
                                     recipients,
                                     reply,
                                     count,
                                     now - agoMs - 60000,
                                     now - agoMs};
        };
        RefusedSubmissions::record(
            db, {refused(QStringLiteral("billing-app"), QStringLiteral("10.0.0.5"), QStringLiteral("DATA"),
                         QStringLiteral("billing@example.com"), QStringLiteral("customer7@mail.example.net"),
                         QStringLiteral("550 5.6.0 Message refused: a text line is longer than 1000 octets "
                                        "(RFC 5321 4.5.3.1.6)"),
                         2, 5 * 60000),
                 refused(QStringLiteral("billing-app"), QStringLiteral("10.0.0.5"), QStringLiteral("MAIL"),
                         QStringLiteral("ceo@other.example"), QString(),
                         QStringLiteral("553 5.7.1 Sender address not allowed for this agent; allowed: "
                                        "example.com, billing.example.com, billing@example.org"),
                         1, 40 * 60000),
                 refused(QString(), QStringLiteral("192.168.1.51"), QStringLiteral("MAIL"),
                         QStringLiteral("scanner@example.com"), QString(),
                         QStringLiteral("530 5.7.0 Authentication required"), 12, 90 * 60000)});
        // What the running engine's indexer does within a second of a write (SearchIndexScheduler).
        SearchIndex::indexBatch(db);
    }
};

} // namespace RelayDesk::Test

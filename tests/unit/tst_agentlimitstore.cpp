// The stored sending limits (agent_limits, migration 12), the store's accepted counts that seed the engine
// and show current use, and the admin facade's checks (docs/protocols.md, "Sending limits").
#include "core/admin/agentlimitadmin.h"
#include "core/agents/agentdirectory.h"
#include "core/agents/agentlimitstore.h"
#include "core/delivery/queueactions.h"
#include "core/engine/sendinglimitbook.h"
#include "core/query/agentusagequery.h"
#include "core/store/database.h"
#include "core/store/retentionpurge.h"
#include "core/store/storewriter.h"
#include "tests/support/fakeclock.h"
#include "tests/support/tempdatadir.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <memory>

using namespace RelayDesk;
using RelayDesk::Test::FakeClock;

namespace {

constexpr qint64 minuteMs = 60 * 1000;
constexpr qint64 hourMs = 60 * minuteMs;
// 2026-01-01 14:30:30 UTC
constexpr qint64 now = FakeClock::defaultStartMs + 14 * hourMs + 30 * minuteMs + 30 * 1000;

} // namespace

class TestAgentLimitStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<Test::TempDataDir>();
        QVERIFY(m_dir->isValid());
        AgentDirectory agents(m_dir->path());
        const auto billing = agents.createAgent(QStringLiteral("Billing"), {}, {});
        QVERIFY(billing);
        m_billing = billing->id;
        const auto shop = agents.createAgent(QStringLiteral("Shop"), {}, {});
        QVERIFY(shop);
        m_shop = shop->id;
    }
    void cleanup() { m_dir.reset(); }

    void agentsStartWithoutLimits()
    {
        AgentLimitStore store(m_dir->path());
        QCOMPARE(store.limits(m_billing).value(), SendingLimits());
        const auto all = store.all();
        QVERIFY(all);
        QCOMPARE(all->size(), 2);
        QVERIFY(all->value(m_billing).isEmpty());
    }

    void limitsAreStoredAndMoveTheTopic()
    {
        AgentLimitStore store(m_dir->path());
        const qint64 before = topicVersion();
        QVERIFY(store.set(m_billing, SendingLimits{3, 100, 0, 10}));
        QCOMPARE(store.limits(m_billing).value(), (SendingLimits{3, 100, 0, 10}));
        QCOMPARE(store.all()->value(m_billing), (SendingLimits{3, 100, 0, 10}));
        QVERIFY(store.limits(m_shop)->isEmpty());
        QVERIFY(topicVersion() > before);
        const qint64 changed = topicVersion();
        QVERIFY(store.set(m_billing, SendingLimits{3, 50, 0, 10}));
        QCOMPARE(store.limits(m_billing)->perHour, 50);
        QVERIFY(topicVersion() > changed);
        // No limit at all removes the row.
        QVERIFY(store.set(m_billing, SendingLimits()));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM agent_limits")), 0);
    }

    void deletingTheAgentRemovesItsLimits()
    {
        QVERIFY(AgentLimitStore(m_dir->path()).set(m_shop, SendingLimits{1, 0, 0, 0}));
        const qint64 before = topicVersion();
        QVERIFY(AgentDirectory(m_dir->path()).deleteAgent(QStringLiteral("Shop")));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM agent_limits")), 0);
        QVERIFY(topicVersion() > before);
    }

    void storeRefusesNegativeLimits()
    {
        QVERIFY(!AgentLimitStore(m_dir->path()).set(m_shop, SendingLimits{-1, 0, 0, 0}));
    }

    void usageCountsListenerMessagesInTheCurrentWindows()
    {
        // Billing: 2 this minute, 1 earlier this hour, 1 earlier today, 1 yesterday; a resend, a test message
        // and a DSN do not count. Shop: 1 this hour.
        insertMessage(m_billing, now - 10 * 1000, "submission");
        insertMessage(m_billing, now - 20 * 1000, "lan");
        insertMessage(m_billing, now - 5 * minuteMs, "smtps");
        insertMessage(m_billing, now - 3 * hourMs, "submission");
        insertMessage(m_billing, now - 24 * hourMs, "submission");
        insertMessage(m_billing, now - 1000, "resend");
        insertMessage(m_billing, now - 1000, "test");
        insertMessage(m_billing, now - 1000, "dsn");
        insertMessage(m_shop, now - 20 * minuteMs, "submission");
        AgentUsageQuery query(m_dir->path());
        const auto all = query.all(now);
        QVERIFY(all);
        QCOMPARE(all->value(m_billing), (SendingUse{2, 3, 4}));
        QCOMPARE(all->value(m_shop), (SendingUse{0, 1, 1}));
        QCOMPARE(query.of(m_shop, now).value(), (SendingUse{0, 1, 1}));
        QCOMPARE(query.of(m_billing, now + 30 * minuteMs).value(), (SendingUse{0, 0, 4}));

        // The engine starts from the same counts: a restart keeps the day's budget.
        SendingLimitBook book([] { return now; });
        QVERIFY(AgentLimitStore(m_dir->path()).set(m_billing, SendingLimits{0, 0, 4, 0}));
        QVERIFY(book.load(m_dir->path(), true));
        QCOMPARE(book.use(m_billing), (SendingUse{2, 3, 4}));
        const SendingAdmission refused = book.admit(m_billing);
        QVERIFY(refused.refusal);
        QCOMPARE(refused.refusal->window, SendingWindow::Day);
        QVERIFY(!book.admit(m_shop).refusal);
    }

    void messagesDeletedFromTheQueueStillCount()
    {
        // An outside tester deleted queued mail: "4 of 10 this hour" went back to 2 in the window while the
        // engine, which counts what it accepted, still refused the agent at 10.
        const qint64 real = QDateTime::currentMSecsSinceEpoch(); // QueueActions reads the real clock
        const QString submitted = insertMessage(m_billing, real, "submission");
        insertMessage(m_billing, real, "lan");
        const QString resent = insertMessage(m_billing, real, "resend"); // never counted, so not kept
        const QString older = insertMessage(m_shop, real - 48 * hourMs, "submission"); // another day
        AgentUsageQuery query(m_dir->path());
        const SendingUse before = query.of(m_billing, real).value();
        QCOMPARE(before.day, 2);
        StoreWriter writer(m_dir->path());
        QueueActions actions(m_dir->path(), &writer);
        for (const QString& queueId : {submitted, resent, older}) {
            addWaitingRecipient(queueId); // a message in the queue waits for someone
            const Status removed = actions.remove(queueId);
            QVERIFY2(removed, qPrintable(removed.error()));
        }
        // The messages stay as history (removed_at), so they count once, from the messages table.
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM messages WHERE removed_at IS NULL")), 1);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM messages")), 4);
        QCOMPARE(query.of(m_billing, real).value(), before);
        QCOMPARE(query.all(real)->value(m_billing), before);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM sending_use_removed")), 0);
        // Tomorrow it is gone from the count.
        QCOMPARE(query.of(m_billing, real + 24 * hourMs).value(), (SendingUse{0, 0, 0}));
        // What an older version noted when it deleted the row outright still counts for its day; the next
        // delete takes the rows of earlier days away.
        QSqlQuery noted(db());
        QVERIFY(noted.exec(
            QStringLiteral("INSERT INTO sending_use_removed(agent_id, received_at) VALUES(%1, %2), (%1, %3)")
                .arg(m_billing)
                .arg(real)
                .arg(real - 48 * hourMs)));
        QCOMPARE(query.of(m_billing, real)->day, before.day + 1);
        const QString another = insertMessage(m_shop, real, "submission");
        addWaitingRecipient(another);
        QVERIFY(actions.remove(another));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM sending_use_removed")), 1);
        // Deleting the agent takes its rows too.
        QVERIFY(AgentDirectory(m_dir->path()).deleteAgent(QStringLiteral("Billing")));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM sending_use_removed")), 0);
    }

    void messagesPurgedTodayStillCount()
    {
        // An outside tester kept the delivery log 0 days: the purge took today's messages, and the window
        // and `agent limit` said "55 of 2000 sent today" while the engine refused the agent at 3,336.
        const qint64 real = QDateTime::currentMSecsSinceEpoch(); // the purge reads the real clock
        insertMessage(m_billing, real - 1000, "submission");
        insertMessage(m_billing, real - 1000, "smtps");
        insertMessage(m_billing, real - 1000, "resend");                  // never counted, so not kept
        insertMessage(m_billing, real - real % (24 * hourMs) - 1, "lan"); // yesterday's: its day is over
        insertMessage(m_shop, real - 1000, "lan");
        QSqlQuery final(db());
        QVERIFY(final.exec(QStringLiteral("UPDATE messages SET final_at = received_at")));
        AgentUsageQuery query(m_dir->path());
        const SendingUse billing = query.of(m_billing, real).value();
        const SendingUse shop = query.of(m_shop, real).value();
        QCOMPARE(billing.day, 2);
        StoreWriter writer(m_dir->path());
        const auto purged = RetentionPurge::purgeAll(writer, real + 1, real + 1);
        QVERIFY2(purged, qPrintable(purged.error()));
        QCOMPARE(purged->messages, 5);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM messages")), 0);
        QCOMPARE(query.of(m_billing, real).value().day, billing.day);
        QCOMPARE(query.of(m_shop, real).value().day, shop.day);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM sending_use_removed")), 3);
        // The engine starts from the same count.
        SendingLimitBook book([real] { return real; });
        QVERIFY(book.load(m_dir->path(), true));
        QCOMPARE(book.use(m_billing).day, 2);
    }

    void adminParsesAndChangesLimits()
    {
        QCOMPARE(AgentLimitAdmin::parseValue(QStringLiteral("--per-hour"), QStringLiteral("none")).value(),
                 0);
        QCOMPARE(AgentLimitAdmin::parseValue(QStringLiteral("--per-hour"), QStringLiteral("0")).value(), 0);
        QCOMPARE(AgentLimitAdmin::parseValue(QStringLiteral("--per-hour"), QStringLiteral(" 25 ")).value(),
                 25);
        for (const char* bad : {"-1", "ten", "1.5", "", "99999999999"}) {
            const auto parsed =
                AgentLimitAdmin::parseValue(QStringLiteral("--per-hour"), QString::fromLatin1(bad));
            QVERIFY2(!parsed, bad);
            QVERIFY(parsed.error().contains(QLatin1String("--per-hour")));
        }
        AgentLimitAdmin admin(m_dir->path());
        SendingLimitsChange change;
        change.perMinute = 3;
        change.maxRecipients = 2;
        QCOMPARE(admin.change(QStringLiteral("Billing"), change).value(), (SendingLimits{3, 0, 0, 2}));
        SendingLimitsChange hourOnly;
        hourOnly.perHour = 100;
        QCOMPARE(admin.change(QStringLiteral("Billing"), hourOnly).value(), (SendingLimits{3, 100, 0, 2}));
        SendingLimitsChange removeMinute;
        removeMinute.perMinute = 0;
        QCOMPARE(admin.change(QStringLiteral("Billing"), removeMinute).value(),
                 (SendingLimits{0, 100, 0, 2}));
        QVERIFY(!admin.change(QStringLiteral("Nobody"), hourOnly));
        QVERIFY(!admin.set(QStringLiteral("Billing"), SendingLimits{0, 0, SendingLimits::maximum + 1, 0}));
        QCOMPARE(AgentLimitStore(m_dir->path()).limits(m_billing).value(), (SendingLimits{0, 100, 0, 2}));

        insertMessage(m_billing, now - 1000, "submission");
        const auto status = admin.status(QStringLiteral("Billing"), now);
        QVERIFY(status);
        QCOMPARE(status->limits, (SendingLimits{0, 100, 0, 2}));
        QCOMPARE(status->use, (SendingUse{1, 1, 1}));
        QCOMPARE(status->resetsAtMs(SendingWindow::Hour), FakeClock::defaultStartMs + 15 * hourMs);
        QVERIFY(!admin.status(QStringLiteral("Nobody"), now));
    }

private:
    QSqlDatabase db() { return Database::connection(m_dir->path()).value(); }
    qint64 count(const QString& sql)
    {
        QSqlQuery query(db());
        if (!query.exec(sql) || !query.next())
            return -1;
        return query.value(0).toLongLong();
    }
    qint64 topicVersion()
    {
        return count(QStringLiteral("SELECT version FROM admin_changes WHERE topic = 'limits'"));
    }
    /// Returns the new message's queue id.
    QString insertMessage(qint64 agentId, qint64 receivedAt, const char* listener)
    {
        const QString queueId = QStringLiteral("q%1").arg(++m_messages);
        QSqlQuery query(db());
        query.prepare(
            QStringLiteral("INSERT INTO messages(queue_id, agent_id, agent_name, sender, size, received_at,"
                           " listener, client_address) VALUES(?, ?, 'a', 's@example.com', 1, ?, ?, '')"));
        query.addBindValue(queueId);
        query.addBindValue(agentId);
        query.addBindValue(receivedAt);
        query.addBindValue(QString::fromLatin1(listener));
        if (!query.exec())
            qFatal("cannot insert a message: %s", qPrintable(query.lastError().text()));
        return queueId;
    }

    void addWaitingRecipient(const QString& queueId)
    {
        QSqlQuery query(db());
        query.prepare(
            QStringLiteral("INSERT INTO recipients(message_id, address, domain, next_attempt_at,"
                           " updated_at) SELECT id, 'r@example.net', 'example.net', 0, 0 FROM messages"
                           " WHERE queue_id = ?"));
        query.addBindValue(queueId);
        if (!query.exec())
            qFatal("cannot insert a recipient: %s", qPrintable(query.lastError().text()));
    }

    std::unique_ptr<Test::TempDataDir> m_dir;
    qint64 m_billing = 0;
    qint64 m_shop = 0;
    int m_messages = 0;
};

QTEST_GUILESS_MAIN(TestAgentLimitStore)
#include "tst_agentlimitstore.moc"

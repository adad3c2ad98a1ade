#include "core/delivery/outcomerecorder.h"
#include "core/delivery/queueactions.h"
#include "core/delivery/suppressionlist.h"
#include "core/query/deliveryattemptquery.h"
#include "core/query/deliverylogquery.h"
#include "core/query/logfilter.h"
#include "core/query/queuequery.h"
#include "core/store/database.h"
#include "core/store/storewriter.h"
#include "core/util/clock.h"
#include "tests/support/queuefixture.h"
#include "tests/support/tempdatadir.h"

#include <QTest>

using namespace RelayDesk;

/// The administrator's queue actions and suppression list edits, including their errors for bad input, and
/// what the read side (QueueQuery, DeliveryLogQuery, DeliveryAttemptQuery) then shows of the queue.
class TestQueueActions : public QObject
{
    Q_OBJECT

    Test::TempDataDir* m_dir = nullptr;
    StoreWriter* m_writer = nullptr;
    Test::QueueFixture* m_fixture = nullptr;
    qint64 m_agent = 0;
    const qint64 m_received = nowMs() - 60'000;

private Q_SLOTS:
    void init()
    {
        m_dir = new Test::TempDataDir;
        m_writer = new StoreWriter(m_dir->path());
        m_fixture = new Test::QueueFixture(m_dir->path());
        m_agent = m_fixture->addAgent(QStringLiteral("billing"));
        m_fixture->addMessage(QStringLiteral("q1"), m_agent, QStringLiteral("app@x.org"),
                              {QStringLiteral("a@example.com"), QStringLiteral("b@example.com")}, m_received);
        m_fixture->scalar(
            QStringLiteral("UPDATE recipients SET state = 'deferred', next_attempt_at = ?, attempts = 2,"
                           " last_code = 451, last_reply = 'Later' WHERE address = 'b@example.com'"),
            {nowMs() + 3'600'000});
        m_fixture->scalar(
            QStringLiteral("UPDATE recipients SET state = 'delivered' WHERE address = 'a@example.com'"));
        m_fixture->addMessage(QStringLiteral("done"), m_agent, QStringLiteral("app@x.org"),
                              {QStringLiteral("c@example.com")}, m_received);
        m_fixture->scalar(
            QStringLiteral("UPDATE recipients SET state = 'delivered' WHERE address = 'c@example.com'"));
    }

    void cleanup()
    {
        delete m_fixture;
        delete m_writer;
        delete m_dir;
    }

    bool held(const QString& queueId) const { return QueueQuery(m_dir->path()).message(queueId)->held; }

    void aMessageAnotherNodeDeliversIsNotBounced()
    {
        // An outside tester's sender was told "Undelivered" 18 s before the mail arrived: a bounce is refused
        // while a node that answers holds the message's lease (docs/scaling.md); once it stopped answering, a
        // bounce goes through.
        QueueActions queue(m_dir->path(), m_writer);
        const qint64 now = nowMs();
        m_fixture->scalar(QStringLiteral("INSERT INTO nodes(id, name, started_at, last_heartbeat) VALUES"
                                         " ('node-b-id', 'node-b', ?, ?)"),
                          {now - 60'000, now});
        m_fixture->scalar(QStringLiteral("UPDATE recipients SET lease_node = 'node-b-id', lease_expires = ?"
                                         " WHERE address = 'b@example.com'"),
                          {now + 60'000});
        const Status refused = queue.bounce(QStringLiteral("q1"));
        QVERIFY(!refused);
        QCOMPARE(refused.error(), QueueActions::underWayRefusal(QStringLiteral("q1")));
        QCOMPARE(m_fixture->state(QStringLiteral("b@example.com")), QStringLiteral("deferred"));
        QCOMPARE(
            m_fixture->scalar(QStringLiteral("SELECT COUNT(*) FROM messages WHERE listener = 'dsn'")).toInt(),
            0);
        m_fixture->scalar(QStringLiteral("UPDATE nodes SET last_heartbeat = ? WHERE id = 'node-b-id'"),
                          {now - 3'600'000});
        QVERIFY(queue.bounce(QStringLiteral("q1")));
        QCOMPARE(m_fixture->state(QStringLiteral("b@example.com")), QStringLiteral("bounced"));
    }

    void aDeliveryUnderWayOutlivesADeleteOrABounce()
    {
        // An outside tester deleted (and bounced) a message 3 s into a 10 s delivery: the server took it, yet
        // the log said "not sent: deleted" for ever, and the window told the sender to send it again.
        QueueActions queue(m_dir->path(), m_writer);
        const qint64 messageId =
            m_fixture->scalar(QStringLiteral("SELECT id FROM messages WHERE queue_id = 'q1'")).toLongLong();
        const qint64 recipientId =
            m_fixture->scalar(QStringLiteral("SELECT id FROM recipients WHERE address = 'b@example.com'"))
                .toLongLong();
        QVERIFY(queue.remove(QStringLiteral("q1")));
        QCOMPARE(m_fixture->state(QStringLiteral("b@example.com")), QStringLiteral("deleted"));

        DeliveryAttemptResult late;
        late.job.messageId = messageId;
        late.job.queueId = QStringLiteral("q1");
        late.route = QStringLiteral("mx");
        late.host = QStringLiteral("mx.example.com");
        late.startedMs = nowMs() - 7'000;
        late.outcomes.append(
            {recipientId, QByteArrayLiteral("b@example.com"), SmtpReply::make(250, "2.0.0", "Slow queued")});
        auto db = Database::connection(m_dir->path()).value();
        const OutcomeRecorder::Context context{RetrySchedule(), QStringLiteral("relay.example.net"), nowMs()};
        const auto recorded = OutcomeRecorder::record(db, late, context);
        QVERIFY2(recorded.ok(), qPrintable(recorded.error()));
        QCOMPARE(recorded->delivered, 1);
        QCOMPARE(m_fixture->state(QStringLiteral("b@example.com")), QStringLiteral("delivered"));
        const auto attempts = DeliveryAttemptQuery(m_dir->path()).ofMessage(messageId);
        QVERIFY2(attempts.ok(), qPrintable(attempts.error()));
        QCOMPARE(attempts->size(), 1); // the delivery, in place of the "not sent" it proved wrong
        QCOMPARE(attempts->first().status, QStringLiteral("delivered"));
        QCOMPARE(attempts->first().reply, QStringLiteral("Slow queued"));

        // The same after an administrator's bounce; a real bounce is not overwritten.
        m_fixture->addMessage(QStringLiteral("q2"), m_agent, QStringLiteral("app@x.org"),
                              {QStringLiteral("d@example.com"), QStringLiteral("e@example.com")}, m_received);
        QVERIFY(queue.bounce(QStringLiteral("q2")));
        const qint64 q2 =
            m_fixture->scalar(QStringLiteral("SELECT id FROM messages WHERE queue_id = 'q2'")).toLongLong();
        m_fixture->scalar(QStringLiteral(
            "UPDATE recipients SET last_reply = 'No such user' WHERE address = 'e@example.com'"));
        late.job.messageId = q2;
        late.job.queueId = QStringLiteral("q2");
        late.outcomes.clear();
        for (const char* address : {"d@example.com", "e@example.com"})
            late.outcomes.append({m_fixture
                                      ->scalar(QStringLiteral("SELECT id FROM recipients WHERE address = ?"),
                                               {QString::fromLatin1(address)})
                                      .toLongLong(),
                                  QByteArray(address), SmtpReply::make(250, "2.0.0", "Slow queued")});
        QVERIFY(OutcomeRecorder::record(db, late, context).ok());
        QCOMPARE(m_fixture->state(QStringLiteral("d@example.com")), QStringLiteral("delivered"));
        QCOMPARE(m_fixture->state(QStringLiteral("e@example.com")), QStringLiteral("bounced"));
    }

    void listAndShow()
    {
        const QueueQuery queue(m_dir->path());
        auto list = queue.pageAfter({}, nullptr, 1000);
        QVERIFY(list.ok());
        QCOMPARE(list->size(), 1); // "done" has nothing pending
        QCOMPARE(list->first().queueId, QStringLiteral("q1"));
        QCOMPARE(list->first().agent, QStringLiteral("billing"));
        QCOMPARE(list->first().recipients, QStringLiteral("b@example.com")); // the pending one
        QCOMPARE(list->first().state, QStringLiteral("deferred"));
        const auto recipients = DeliveryLogQuery(m_dir->path()).ofMessage(list->first().messageId);
        QCOMPARE(recipients->size(), 2);
        QCOMPARE(recipients->at(1).state, QStringLiteral("deferred"));
        QCOMPARE(recipients->at(1).lastCode, 451);
        auto shown = queue.message(QStringLiteral("done"));
        QVERIFY(shown.ok());
        QCOMPARE(shown->recipientCount, 0);
        QCOMPARE(DeliveryLogQuery(m_dir->path()).ofMessage(shown->messageId)->first().state,
                 QStringLiteral("delivered"));
        auto missing = queue.message(QStringLiteral("nope"));
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error(), QStringLiteral("no queued message with id nope"));
    }

    void retryHoldRelease()
    {
        QueueActions queue(m_dir->path(), m_writer);
        const qint64 before = nowMs();
        QVERIFY(queue.retry(QStringLiteral("q1")));
        QVERIFY(m_fixture
                    ->scalar(QStringLiteral(
                        "SELECT next_attempt_at FROM recipients WHERE address = 'b@example.com'"))
                    .toLongLong() <= nowMs());
        QVERIFY(m_fixture
                    ->scalar(QStringLiteral(
                        "SELECT next_attempt_at FROM recipients WHERE address = 'b@example.com'"))
                    .toLongLong() >= before);
        QCOMPARE(queue.retry(QStringLiteral("done")).error(),
                 QStringLiteral("message done has no recipient left to deliver"));
        QVERIFY(!queue.retry(QStringLiteral("zzz")));
        QVERIFY(queue.hold(QStringLiteral("q1")));
        QVERIFY(held(QStringLiteral("q1")));
        // A held message's pending recipients show "held"; their stored state is kept.
        const auto recipients =
            DeliveryLogQuery(m_dir->path())
                .ofMessage(QueueQuery(m_dir->path()).message(QStringLiteral("q1"))->messageId);
        QCOMPARE(recipients->at(1).shownState(), QStringLiteral("held"));
        QCOMPARE(recipients->at(1).state, QStringLiteral("deferred"));
        QCOMPARE(recipients->at(0).shownState(), QStringLiteral("delivered"));
        // A held message is not tried: retry says so instead of claiming it will be tried now.
        m_fixture->scalar(QStringLiteral("UPDATE recipients SET next_attempt_at = 4102444800000"
                                         " WHERE address = 'b@example.com'"));
        QCOMPARE(queue.retry(QStringLiteral("q1")).error(),
                 QStringLiteral("message q1 is on hold: release it first, then retry it"));
        QCOMPARE(m_fixture
                     ->scalar(QStringLiteral(
                         "SELECT next_attempt_at FROM recipients WHERE address = 'b@example.com'"))
                     .toLongLong(),
                 4102444800000);
        QVERIFY(queue.release(QStringLiteral("q1")));
        QVERIFY(!held(QStringLiteral("q1")));
        QCOMPARE(queue.hold(QStringLiteral("zzz")).error(), QStringLiteral("no queued message with id zzz"));
        // Every recipient final: nothing to hold or release, and saying it was done would mislead.
        QCOMPARE(queue.hold(QStringLiteral("done")).error(),
                 QStringLiteral("message done has no recipient left to deliver"));
        QCOMPARE(queue.release(QStringLiteral("done")).error(),
                 QStringLiteral("message done has no recipient left to deliver"));
        QVERIFY(!held(QStringLiteral("done")));
    }

    void deleteKeepsHistory()
    {
        // Outside testers deleted a message with one recipient delivered: the delivered one vanished from the
        // window's Delivery Logs and the day's counts while the command line's attempts kept it.
        QueueActions queue(m_dir->path(), m_writer);
        const qint64 messageId = QueueQuery(m_dir->path()).message(QStringLiteral("q1"))->messageId;
        int stopped = -1;
        QVERIFY(queue.remove(QStringLiteral("q1"), &stopped));
        QCOMPARE(stopped, 1);
        QCOMPARE(m_fixture->state(QStringLiteral("a@example.com")), QStringLiteral("delivered"));
        QCOMPARE(m_fixture->state(QStringLiteral("b@example.com")), QStringLiteral("deleted"));
        const auto recipients = DeliveryLogQuery(m_dir->path()).ofMessage(messageId);
        QCOMPARE(recipients->size(), 2);
        QCOMPARE(recipients->at(1).shownState(), QStringLiteral("deleted"));
        QCOMPARE(recipients->at(1).lastCode, 0);
        QCOMPARE(recipients->at(1).lastReply, QueueActions::deletedReply());
        QVERIFY(recipients->at(0).messageDeleted && recipients->at(1).messageDeleted);
        QVERIFY(!recipients->at(0).contentKept);
        // The content goes, the message is final, and the queue no longer shows or finds it.
        QCOMPARE(m_fixture
                     ->scalar(QStringLiteral("SELECT COUNT(*) FROM message_bodies WHERE message_id = ?"),
                              {messageId})
                     .toInt(),
                 0);
        QVERIFY(m_fixture->scalar(QStringLiteral("SELECT final_at FROM messages WHERE id = ?"), {messageId})
                    .toLongLong() > 0);
        QCOMPARE(QueueQuery(m_dir->path()).pageAfter({}, nullptr, 1000)->size(), 0);
        // Each command says the message was deleted, not that the id is unknown.
        const QString deletedOn = QStringLiteral("message q1 was deleted from the queue on ");
        for (const Status& again : {queue.remove(QStringLiteral("q1")), queue.retry(QStringLiteral("q1")),
                                    queue.hold(QStringLiteral("q1")), queue.bounce(QStringLiteral("q1"))})
            QVERIFY2(again.error().startsWith(deletedOn), qPrintable(again.error()));
        QVERIFY2(queue.resend(QStringLiteral("q1")).error().startsWith(deletedOn),
                 qPrintable(queue.resend(QStringLiteral("q1")).error()));
        QVERIFY(
            queue.resend(QStringLiteral("q1"))
                .error()
                .endsWith(QStringLiteral(
                    ": there is nothing left to do with it (its body went with it; queue show q1 shows its "
                    "history)")));
        QCOMPARE(QueueQuery(m_dir->path()).message(QStringLiteral("q1")).error(),
                 QStringLiteral("no queued message with id q1"));
        // A delivery in flight when it was deleted cannot bring a deleted recipient back to 'deferred'.
        QCOMPARE(
            m_fixture
                ->scalar(QStringLiteral("SELECT COUNT(*) FROM recipients WHERE state IN ('queued','deferred')"
                                        " AND message_id = ?"),
                         {messageId})
                .toInt(),
            0);
        // The deleted recipient's last word in the delivery log is its deletion, not the deferral before
        // it (an outside tester's `log search` showed "deferred" and refused --status deleted).
        const auto attempts = DeliveryAttemptQuery(m_dir->path()).ofMessage(messageId);
        QVERIFY2(attempts.ok(), qPrintable(attempts.error()));
        QCOMPARE(attempts->size(), 1);
        QCOMPARE(attempts->first().recipient, QStringLiteral("b@example.com"));
        QCOMPARE(attempts->first().status, QStringLiteral("deleted"));
        QCOMPARE(attempts->first().reply, QueueActions::deletedReply());
        QCOMPARE(attempts->first().route, QStringLiteral("administrator"));
        QCOMPARE(attempts->first().sign, QStringLiteral("red"));
        QCOMPARE(attempts->first().agent, QStringLiteral("billing"));
        QVERIFY(attempts->first().startedAt >= m_received);
        LogFilter deleted;
        deleted.status = QStringLiteral("deleted");
        const auto found = DeliveryAttemptQuery(m_dir->path()).page(deleted, 0, 10);
        QVERIFY2(found.ok(), qPrintable(found.error()));
        QCOMPARE(found->size(), 1);
        QVERIFY(DeliveryAttemptQuery::statusProblem(QStringLiteral("deleted")).isEmpty());
        // A message whose recipients were all final already loses only the body it kept, and says so.
        stopped = -1;
        QVERIFY(queue.remove(QStringLiteral("done"), &stopped));
        QCOMPARE(stopped, 0);
        QCOMPARE(m_fixture->state(QStringLiteral("c@example.com")), QStringLiteral("delivered"));
        QCOMPARE(m_fixture->scalar(QStringLiteral("SELECT COUNT(*) FROM message_bodies")).toInt(), 0);
        QCOMPARE(m_fixture->scalar(QStringLiteral("SELECT COUNT(*) FROM delivery_attempts")).toInt(), 1);
        // One final already and without its body has nothing to delete: refused, and left as it was (an
        // outside tester was told "deleted", and `queue show` then dated the body's removal to it).
        m_fixture->addMessage(QStringLiteral("gone"), m_agent, QStringLiteral("app@x.org"),
                              {QStringLiteral("d@example.com")}, m_received);
        m_fixture->scalar(
            QStringLiteral("UPDATE recipients SET state = 'bounced' WHERE address = 'd@example.com'"));
        m_fixture->scalar(QStringLiteral("DELETE FROM message_bodies"));
        QCOMPARE(
            queue.remove(QStringLiteral("gone")).error(),
            QStringLiteral("message gone has nothing left to delete: every recipient is final and its body"
                           " is gone (its delivery log stays until retention removes it)"));
        QVERIFY(QueueQuery(m_dir->path()).message(QStringLiteral("gone")).ok()); // not marked removed
        QCOMPARE(m_fixture
                     ->scalar(QStringLiteral("SELECT COUNT(*) FROM messages WHERE queue_id = 'gone'"
                                             " AND removed_at IS NULL AND final_at IS NULL"))
                     .toInt(),
                 1);
    }

    void bounceSendsDsn()
    {
        QueueActions queue(m_dir->path(), m_writer);
        // Held first: a bounce ends the hold, as a delete does (an outside tester's viewer and `queue show`
        // called a message whose recipients had all bounced "held").
        QVERIFY(queue.hold(QStringLiteral("q1")));
        QVERIFY(queue.bounce(QStringLiteral("q1")));
        QCOMPARE(m_fixture->scalar(QStringLiteral("SELECT held FROM messages WHERE queue_id = 'q1'")).toInt(),
                 0);
        QCOMPARE(m_fixture->state(QStringLiteral("b@example.com")), QStringLiteral("bounced"));
        QCOMPARE(m_fixture->state(QStringLiteral("a@example.com")), QStringLiteral("delivered"));
        QCOMPARE(m_fixture->state(QStringLiteral("app@x.org")), QStringLiteral("queued"));
        const QByteArray dsn =
            m_fixture
                ->scalar(QStringLiteral("SELECT b.body FROM message_bodies b JOIN messages m"
                                        " ON m.id = b.message_id WHERE m.sender = ''"))
                .toByteArray();
        QVERIFY(
            dsn.contains("Final-Recipient: rfc822; b@example.com\r\nAction: failed\r\nStatus: 5.0.0\r\n"));
        QVERIFY(!dsn.contains("rfc822; a@example.com"));
        const auto attempts =
            DeliveryAttemptQuery(m_dir->path())
                .ofMessage(QueueQuery(m_dir->path()).message(QStringLiteral("q1"))->messageId);
        QCOMPARE(attempts->size(), 1);
        QCOMPARE(attempts->first().route, QStringLiteral("administrator")); // as a delete's row says
        QVERIFY(!queue.bounce(QStringLiteral("q1")));                       // nothing left
        // An administrator's bounce does not condemn the address.
        QCOMPARE(m_fixture->scalar(QStringLiteral("SELECT COUNT(*) FROM suppressions")).toInt(), 0);
    }

    void suppressionListEdits()
    {
        SuppressionList list(m_dir->path(), m_writer);
        QVERIFY(list.add(QStringLiteral("billing"), QStringLiteral("Gone@Example.com"),
                         QStringLiteral("550 5.1.1")));
        auto entries = list.list(QStringLiteral("billing"));
        QVERIFY(entries.ok());
        QCOMPARE(entries->size(), 1);
        QCOMPARE(entries->first().address, QStringLiteral("gone@example.com"));
        QCOMPARE(entries->first().reason, QStringLiteral("550 5.1.1"));
        QCOMPARE(list.list(QStringLiteral("nobody")).error(), QStringLiteral("no Mail Agent named 'nobody'"));
        QVERIFY(!list.add(QStringLiteral("billing"), QStringLiteral("not-an-address"), QString()));
        // The address check of RCPT TO: none of these could ever be a recipient.
        for (const char* bad : {"@", "a b@", "a@", "@example.com", "a@b@", "a@exa mple.com"}) {
            const Status refused = list.add(QStringLiteral("billing"), QString::fromLatin1(bad), QString());
            QVERIFY2(!refused, bad);
            QCOMPARE(refused.error(), QStringLiteral("'%1' is not a mail address of the form local@domain")
                                          .arg(QLatin1String(bad)));
        }
        QVERIFY(list.remove(QStringLiteral("billing"), QStringLiteral("GONE@example.com")));
        QCOMPARE(list.list(QStringLiteral("billing"))->size(), 0);
        QCOMPARE(list.remove(QStringLiteral("billing"), QStringLiteral("gone@example.com")).error(),
                 QStringLiteral("gone@example.com is not on the suppression list of billing"));
    }
};

QTEST_GUILESS_MAIN(TestQueueActions)
#include "tst_queueactions.moc"

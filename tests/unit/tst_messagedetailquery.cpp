#include "core/admin/queueadmin.h"
#include "core/query/messagedetailquery.h"
#include "core/query/queuequery.h"
#include "core/util/clock.h"
#include "tests/support/queuefixture.h"
#include "tests/support/tempdatadir.h"

#include <QTest>

using namespace RelayDesk;

/// One message in full for the message viewer and `queue show` (MessageDetailQuery), and the resend of a
/// stored message to the same recipients (QueueAdmin::resend): a new queue id, the original unchanged, and
/// nothing to resend once the body is gone.
class TestMessageDetailQuery : public QObject
{
    Q_OBJECT

    Test::TempDataDir* m_dir = nullptr;
    Test::QueueFixture* m_fixture = nullptr;
    qint64 m_agent = 0;
    qint64 m_message = 0;
    const qint64 m_received = nowMs() - 60'000;
    const QByteArray m_body = "Received: from app\r\nSubject: Invoice 7\r\n\r\nHello\r\n";

    QString path() const { return m_dir->path(); }

private Q_SLOTS:
    void init()
    {
        m_dir = new Test::TempDataDir;
        m_fixture = new Test::QueueFixture(path());
        m_agent = m_fixture->addAgent(QStringLiteral("billing"));
        m_message = m_fixture->addMessage(QStringLiteral("q1"), m_agent, QStringLiteral("app@x.org"),
                                          {QStringLiteral("a@example.com"), QStringLiteral("b@example.com")},
                                          m_received, m_body);
        m_fixture->scalar(
            QStringLiteral("UPDATE recipients SET state = 'delivered', attempts = 1, last_code = 250"
                           " WHERE address = 'a@example.com'"));
        m_fixture->scalar(
            QStringLiteral("UPDATE recipients SET state = 'deferred', attempts = 1, last_code = 451"
                           " WHERE address = 'b@example.com'"));
        for (const char* recipient : {"a@example.com", "b@example.com"}) {
            const bool delivered = QByteArray(recipient).startsWith('a');
            m_fixture->scalar(
                QStringLiteral(
                    "INSERT INTO delivery_attempts(attempt_key, message_id, queue_id, agent_name,"
                    " sender, recipient_id, recipient, status, host, started_at, code, enhanced, reply,"
                    " sign, transcript) SELECT 'k1', ?, 'q1', 'billing', 'app@x.org', id, address, ?,"
                    " 'mx.example.com', ?, ?, ?, ?, ?, 'S: 220 mx\nC: EHLO relay'"
                    " FROM recipients WHERE address = ?"),
                {m_message, delivered ? QStringLiteral("delivered") : QStringLiteral("deferred"),
                 m_received + 1000, delivered ? 250 : 451,
                 delivered ? QStringLiteral("2.0.0") : QStringLiteral("4.7.1"),
                 delivered ? QStringLiteral("OK") : QStringLiteral("Greylisted"),
                 delivered ? QStringLiteral("green") : QStringLiteral("yellow"),
                 QString::fromLatin1(recipient)});
        }
    }

    void cleanup()
    {
        delete m_fixture;
        delete m_dir;
    }

    void envelopeRecipientsAttemptsAndContent()
    {
        const auto detail = MessageDetailQuery(path()).load(QStringLiteral("q1"));
        QVERIFY2(detail.ok(), qPrintable(detail.error()));
        QCOMPARE(detail->messageId, m_message);
        QCOMPARE(detail->agent, QStringLiteral("billing"));
        QCOMPARE(detail->listener, QStringLiteral("lan"));
        QCOMPARE(detail->clientAddress, QStringLiteral("127.0.0.1"));
        QCOMPARE(detail->sender, QStringLiteral("app@x.org"));
        QCOMPARE(detail->receivedAt, m_received);
        QCOMPARE(detail->size, m_body.size());
        QVERIFY(detail->contentKept);
        QCOMPARE(detail->content, m_body);
        QVERIFY(detail->pending());
        QCOMPARE(detail->recipients.size(), 2);
        QCOMPARE(detail->recipients[0].recipient, QStringLiteral("a@example.com"));
        QCOMPARE(detail->recipients[0].state, QStringLiteral("delivered"));
        QCOMPARE(detail->recipients[1].state, QStringLiteral("deferred"));
        QCOMPARE(detail->attempts.size(), 2);
        QCOMPARE(detail->attempts[1].code, 451);
        QCOMPARE(detail->attempts[1].host, QStringLiteral("mx.example.com"));
        QCOMPARE(detail->attempts[1].transcript, QStringLiteral("S: 220 mx\nC: EHLO relay"));

        const auto light =
            MessageDetailQuery(path()).load(QStringLiteral("q1"), MessageDetailQuery::Content::Leave);
        QVERIFY(light->contentKept);
        QVERIFY(light->content.isEmpty());
    }

    void bodyRemoved()
    {
        m_fixture->scalar(
            QStringLiteral("UPDATE recipients SET state = 'bounced' WHERE address = 'b@example.com'"));
        m_fixture->scalar(QStringLiteral("DELETE FROM message_bodies"));
        const auto detail = MessageDetailQuery(path()).load(QStringLiteral("q1"));
        QVERIFY(detail.ok());
        QVERIFY(!detail->contentKept);
        QVERIFY(detail->content.isEmpty());
        QVERIFY(!detail->pending());
        QCOMPARE(detail->recipients.size(), 2); // the envelope and the log outlive the body
        QCOMPARE(detail->attempts.size(), 2);
    }

    void unknownMessage()
    {
        const auto detail = MessageDetailQuery(path()).load(QStringLiteral("nope"));
        QVERIFY(!detail.ok());
        QCOMPARE(detail.error(), QStringLiteral("no queued message with id nope"));
    }

    void resendQueuesACopyForTheSameRecipients()
    {
        // Still being delivered (b@ is deferred): refused, nothing queued (an outside tester got a message
        // twice). Once every recipient is final, the copy goes to all of them again.
        const auto refused = QueueAdmin(path()).resend(QStringLiteral("q1"));
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains(QLatin1String("still has recipients in the queue")),
                 qPrintable(refused.error()));
        QCOMPARE(m_fixture->scalar(QStringLiteral("SELECT COUNT(*) FROM messages")).toInt(), 1);
        m_fixture->scalar(
            QStringLiteral("UPDATE recipients SET state = 'bounced' WHERE address = 'b@example.com'"));
        const qint64 before =
            m_fixture->scalar(QStringLiteral("SELECT version FROM admin_changes WHERE topic = 'queue'"))
                .toLongLong();
        const auto copy = QueueAdmin(path()).resend(QStringLiteral("q1"));
        QVERIFY2(copy.ok(), qPrintable(copy.error()));
        QVERIFY(copy.value() != QStringLiteral("q1"));
        QCOMPARE(copy->size(), 16);

        const auto resent = MessageDetailQuery(path()).load(copy.value());
        QVERIFY(resent.ok());
        QCOMPARE(resent->content, m_body);
        QCOMPARE(resent->sender, QStringLiteral("app@x.org"));
        QCOMPARE(resent->agent, QStringLiteral("billing"));
        QCOMPARE(resent->listener, QStringLiteral("resend"));
        QCOMPARE(resent->recipients.size(), 2);
        QCOMPARE(resent->recipients[0].recipient, QStringLiteral("a@example.com"));
        QCOMPARE(resent->recipients[1].recipient, QStringLiteral("b@example.com"));
        for (const DeliveryLogRow& r : resent->recipients) {
            QCOMPARE(r.state, QStringLiteral("queued"));
            QCOMPARE(r.attempts, 0);
            QVERIFY(r.nextAttemptAt <= nowMs()); // due now
        }
        QVERIFY(resent->attempts.isEmpty());
        QVERIFY(QueueQuery(path()).message(copy.value()).ok());
        QCOMPARE(m_fixture
                     ->scalar(QStringLiteral("SELECT accepted FROM agent_daily_stats WHERE agent_id = ?"),
                              {m_agent})
                     .toInt(),
                 1);
        // The running engine's change watch hears of it.
        QCOMPARE(m_fixture->scalar(QStringLiteral("SELECT version FROM admin_changes WHERE topic = 'queue'"))
                     .toLongLong(),
                 before + 1);

        // The original stays as it was.
        const auto original = MessageDetailQuery(path()).load(QStringLiteral("q1"));
        QCOMPARE(original->recipients[0].state, QStringLiteral("delivered"));
        QCOMPARE(original->recipients[1].state, QStringLiteral("bounced"));
        QCOMPARE(original->attempts.size(), 2);
        QCOMPARE(original->content, m_body);
    }

    // A copy must not send the signature of a key that has retired since (docs/operations.md, "DKIM"): it is
    // signed again when first handed out; a signature by a published key goes along as it is.
    void resendSignsAgainWhenTheKeyRetired()
    {
        const QByteArray fields = "DKIM-Signature: v=1; a=ed25519-sha256; c=relaxed/relaxed; d=X.org;\r\n"
                                  "\ts=rd20261101-ed; t=1; h=from; bh=e30=; b=e30=\r\n";
        m_fixture->scalar(QStringLiteral("UPDATE message_bodies SET dkim_signature = ?"), {fields});
        m_fixture->scalar(
            QStringLiteral(
                "INSERT INTO dkim_keys(domain, selector, algorithm, public_key, state, created_at,"
                " retire_at) VALUES('x.org', 'rd20261101-ed', 'ed25519-sha256', 'e30=', 'grace', 1,"
                " ?)"),
            {nowMs() + 3'600'000});
        const auto signature = [this](const QString& queueId) {
            return m_fixture->scalar(
                QStringLiteral("SELECT b.dkim_signature FROM message_bodies b JOIN messages"
                               " m ON m.id = b.message_id WHERE m.queue_id = ?"),
                {queueId});
        };
        m_fixture->scalar(
            QStringLiteral("UPDATE recipients SET state = 'bounced' WHERE address = 'b@example.com'"));
        const auto kept = QueueAdmin(path()).resend(QStringLiteral("q1"));
        QVERIFY2(kept.ok(), qPrintable(kept.error()));
        QCOMPARE(signature(kept.value()).toByteArray(), fields);

        m_fixture->scalar(QStringLiteral("UPDATE dkim_keys SET state = 'retired', retire_at = 0"));
        const auto signedAgain = QueueAdmin(path()).resend(QStringLiteral("q1"));
        QVERIFY2(signedAgain.ok(), qPrintable(signedAgain.error()));
        QVERIFY(signature(signedAgain.value()).isNull());                // NULL: not signed yet
        QCOMPARE(signature(QStringLiteral("q1")).toByteArray(), fields); // the original as it was
    }

    void resendNeedsTheBody()
    {
        m_fixture->scalar(QStringLiteral("DELETE FROM message_bodies"));
        const auto copy = QueueAdmin(path()).resend(QStringLiteral("q1"));
        QVERIFY(!copy.ok());
        QVERIFY2(copy.error().contains(QLatin1String("no longer stored")), qPrintable(copy.error()));
        QCOMPARE(m_fixture->scalar(QStringLiteral("SELECT COUNT(*) FROM messages")).toInt(), 1);
        QVERIFY(!QueueAdmin(path()).resend(QStringLiteral("nope")).ok());
    }
};

QTEST_GUILESS_MAIN(TestMessageDetailQuery)
#include "tst_messagedetailquery.moc"

// DKIM at delivery time (docs/operations.md, "When it is signed"): the queue runner signs a message once,
// when it first hands it out, and every attempt of every recipient sends the same bytes; a domain without
// keys is sent as stored and nothing is written for it.
#include "core/admin/dkimadmin.h"
#include "core/delivery/queuerunnerthread.h"
#include "core/dkim/dkimmessagesigner.h"
#include "core/outbound/deliverytransport.h"
#include "core/store/settings.h"
#include "core/store/storewriter.h"
#include "core/util/clock.h"
#include "tests/support/queuefixture.h"
#include "tests/support/tempdatadir.h"

#include <QMutex>
#include <QSet>
#include <QTest>
#include <QTimer>

using namespace RelayDesk;

namespace {

/// What each attempt sent, by recipient domain.
struct Sent
{
    QMutex mutex;
    QList<QPair<QString, QByteArray>> attempts;

    QList<QByteArray> to(const QString& domain)
    {
        QMutexLocker locker(&mutex);
        QList<QByteArray> bodies;
        for (const auto& attempt : std::as_const(attempts))
            if (attempt.first == domain)
                bodies << attempt.second;
        return bodies;
    }
};

/// Answers 451 to the first attempt of each message for defer.example and 250 to everything else; keeps
/// what was sent.
class RecordingTransport final : public DeliveryTransport
{
public:
    RecordingTransport(QObject* parent, Sent& sent) : DeliveryTransport(parent), m_sent(sent) {}

    void deliver(const DeliveryJob& job) override
    {
        bool deferred = false;
        {
            QMutexLocker locker(&m_sent.mutex);
            deferred = job.domain == QLatin1String("defer.example") && !m_deferred.contains(job.messageId);
            if (deferred)
                m_deferred.insert(job.messageId);
            m_sent.attempts.append({job.domain, job.body});
        }
        QTimer::singleShot(0, this, [this, job, deferred] {
            DeliveryAttemptResult result;
            result.job = job;
            result.route = QStringLiteral("mx");
            result.startedMs = nowMs();
            const SmtpReply reply = deferred ? SmtpReply::make(451, "4.3.0", "Try again later")
                                             : SmtpReply::make(250, "2.0.0", "OK");
            for (qsizetype i = 0; i < job.recipients.size(); ++i)
                result.outcomes.append({job.recipientIds[i], job.recipients[i], reply});
            Q_EMIT finished(result);
        });
    }

private:
    Sent& m_sent;
    QSet<qint64> m_deferred; ///< under m_sent.mutex
};

QByteArray bodyFrom(const QByteArray& domain)
{
    return "Received: from printer\r\nFrom: App <app@" + domain +
           ">\r\nTo: someone@a.example\r\nSubject: Test\r\nMessage-ID: <t1@x>\r\n\r\nHello.\r\n";
}

} // namespace

class TestDeliverySigner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void signedOnceForEveryRecipientAndRetry()
    {
        Test::TempDataDir dir;
        Test::QueueFixture f(dir.path());
        Settings settings(dir.path());
        QVERIFY(settings.set(QStringLiteral("delivery.retry_first"), QStringLiteral("1")).ok());
        QVERIFY(settings.set(QStringLiteral("delivery.poll_interval"), QStringLiteral("1")).ok());
        QVERIFY(DkimAdmin(dir.path()).ensureKeys(QStringLiteral("signed.example")));
        DkimMessageSigner signer(dir.path());
        signer.reload();
        const qint64 agent = f.addAgent(QStringLiteral("a"));
        const QByteArray signedBody = bodyFrom("signed.example");
        const qint64 message =
            f.addMessage(QStringLiteral("m1"), agent, QStringLiteral("app@signed.example"),
                         {QStringLiteral("one@a.example"), QStringLiteral("two@defer.example")},
                         nowMs() - 1000, signedBody);
        const QByteArray plainBody = bodyFrom("plain.example");
        const qint64 plain =
            f.addMessage(QStringLiteral("m2"), agent, QStringLiteral("app@plain.example"),
                         {QStringLiteral("three@a.example"), QStringLiteral("four@defer.example")},
                         nowMs() - 1000, plainBody);

        Sent sent;
        StoreWriter writer(dir.path());
        {
            QueueRunnerThread delivery(
                dir.path(), &writer,
                [&sent](QObject* parent) { return new RecordingTransport(parent, sent); }, &signer);
            delivery.start();
            QTRY_COMPARE_WITH_TIMEOUT(f.state(QStringLiteral("two@defer.example")),
                                      QStringLiteral("deferred"), 10000);
            // Between the attempts: the fields are in the store (one node: with the first outcome), the
            // message without keys has none.
            QTRY_VERIFY(
                !f.scalar(QStringLiteral("SELECT dkim_signature FROM message_bodies WHERE message_id = ?"),
                          {message})
                     .isNull());
            QVERIFY(f.scalar(QStringLiteral("SELECT dkim_signature FROM message_bodies WHERE message_id = ?"),
                             {plain})
                        .isNull());
            QTRY_COMPARE_WITH_TIMEOUT(f.state(QStringLiteral("two@defer.example")),
                                      QStringLiteral("delivered"), 15000);
            QTRY_COMPARE_WITH_TIMEOUT(f.state(QStringLiteral("four@defer.example")),
                                      QStringLiteral("delivered"), 15000);
        }

        // The signed message: three attempts (a.example, defer.example twice at least 1 s apart, so that a
        // second signature would have another t=), one set of bytes: two signatures, then the body as stored.
        QList<QByteArray> bodies;
        for (const QByteArray& body :
             sent.to(QStringLiteral("a.example")) + sent.to(QStringLiteral("defer.example")))
            if (body.endsWith(signedBody))
                bodies << body;
        QCOMPARE(bodies.size(), 3);
        QCOMPARE(bodies[1], bodies[0]);
        QCOMPARE(bodies[2], bodies[0]);
        QVERIFY(bodies[0].startsWith("DKIM-Signature:"));
        QCOMPARE(bodies[0].count("DKIM-Signature:"), 2);
        QVERIFY(bodies[0].contains("d=signed.example;"));

        // The message of a domain without keys: sent as stored, every time.
        int unsignedAttempts = 0;
        for (const QByteArray& body :
             sent.to(QStringLiteral("a.example")) + sent.to(QStringLiteral("defer.example")))
            if (body.endsWith(plainBody)) {
                QCOMPARE(body, plainBody);
                ++unsignedAttempts;
            }
        QCOMPARE(unsignedAttempts, 3);
    }
};

QTEST_GUILESS_MAIN(TestDeliverySigner)
#include "tst_deliverysigner.moc"
